import { handoverButton } from './answerComposer';
import { HandoverSteps } from './handover/handoverSteps';
import { handoverMessages } from './handover/handoverMessages';
import { ContactDetails, messages } from './messages';
import { notice, single } from './replies';
import { CitizenAction, ConversationMemory, FEEDBACK_WHY, Lang, TurnOutcome } from './types';

type Rating = Extract<CitizenAction, { type: 'feedback' }>;
type TypedRating = NonNullable<TurnOutcome['feedback']>;

/**
 * "Was dit nuttig?": thanks for a "yes"; for a "no", asks why in one tap (for
 * the editors), and a second "no" in a row offers a person.
 */
export class FeedbackSteps {
  constructor(
    private readonly contact: ContactDetails,
    private readonly handover: HandoverSteps,
  ) {}

  /** A rating button pressed: helpful, not helpful, or why not. */
  rated(rating: Rating, memory: ConversationMemory, lang: Lang): Promise<TurnOutcome> {
    const words = messages(lang, this.contact);
    if (rating.why) return Promise.resolve(single(memory, notice(lang, words.thanksForWhy, `feedback:${rating.why}`)));
    if (rating.helpful) return Promise.resolve(single({ ...memory, notHelpful: 0 }, notice(lang, words.thanksForFeedback, 'feedback:helpful')));
    return this.notHelpful(memory, lang, rating.articleId);
  }

  /** "Verkeerd antwoord" typed after an answer: recorded as the rating, and the citizen gets the way on, as with the button. */
  async typed(feedback: TypedRating, memory: ConversationMemory, lang: Lang): Promise<TurnOutcome> {
    const base = { ...memory, clarification: undefined };
    if (!feedback.why) return { ...(await this.notHelpful(base, lang, feedback.articleId)), feedback };
    const reply = {
      ...notice(lang, messages(lang, this.contact).sorryNotHelpful, `feedback:${feedback.why}`),
      handover: 'offered' as const,
      suggestions: [handoverButton(lang, this.contact)],
    };
    return { ...single({ ...base, notHelpful: (memory.notHelpful ?? 0) + 1 }, reply), feedback };
  }

  private async notHelpful(memory: ConversationMemory, lang: Lang, articleId: string): Promise<TurnOutcome> {
    const count = (memory.notHelpful ?? 0) + 1;
    const words = messages(lang, this.contact);
    const why = FEEDBACK_WHY.map((reason) => ({
      label: words.why[reason],
      action: { type: 'feedback' as const, helpful: false, articleId, why: reason },
      text: words.why[reason],
    }));
    const outcome = single(
      { ...memory, notHelpful: count },
      {
        ...notice(lang, `${words.sorryNotHelpful}\n\n${words.whyNotHelpful}`, 'feedback:not-helpful'),
        handover: 'offered',
        suggestions: [...why, handoverButton(lang, this.contact)],
      },
    );
    if (count < 2) return outcome;
    return this.handover.addOffer(outcome, 'not-helpful', handoverMessages(lang, this.contact).offerAfterNotHelpful, lang);
  }
}
