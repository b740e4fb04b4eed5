import { Article } from '../../knowledge/articles/article';
import { HandoverSteps } from '../handover/handoverSteps';
import { handoverMessages } from '../handover/handoverMessages';
import { ContactDetails } from '../messages';
import { Lang, TurnOutcome } from '../types';
import { CrisisCategory, CrisisClassifier, CrisisExample } from './crisisClassifier';
import { ordinaryQuestions } from './crisisExamples';
import { checkInReply } from './crisisReplies';
import { SafetyCheck } from './safetyCheck';

/**
 * The second line of the safety check: a message that matched no rule but
 * that the CrisisClassifier takes for a possible crisis gets the numbers as
 * a question, and the offer of a person, above the turn's own reply. Nobody
 * is queued without the citizen's yes: the guess is wrong now and then
 * ("Mogen kinderen van de brug springen?").
 */
export class CrisisCheckIn {
  /** One classifier per knowledge base in use: its listed questions are part of the training. */
  private readonly classifiers = new WeakMap<ReadonlyMap<string, Article>, CrisisClassifier>();

  constructor(
    private readonly examples: () => Promise<CrisisExample[]>,
    private readonly safety: Pick<SafetyCheck, 'check'>,
    private readonly handover: Pick<HandoverSteps, 'offer'>,
    private readonly contact: ContactDetails,
  ) {}

  async possibleCrisis(text: string, articles: ReadonlyMap<string, Article>): Promise<CrisisCategory | undefined> {
    return (await this.classifierFor(articles)).guess(text)?.category;
  }

  async prepare(articles: ReadonlyMap<string, Article>): Promise<void> {
    await this.classifierFor(articles);
  }

  async above(outcome: TurnOutcome, category: CrisisCategory, lang: Lang): Promise<TurnOutcome> {
    const offer = await this.handover.offer('crisis', lang, handoverMessages(lang, this.contact).offer, `possible:${category}`);
    // The turn's own reply stays, even "Sorry, daar weet ik geen goed antwoord op": when the guess is wrong, that is what the citizen needs.
    return {
      ...outcome,
      replies: [checkInReply(category, lang, offer), ...outcome.replies],
      memory: { ...outcome.memory, ...(offer.offer ? { offer: offer.offer } : {}) },
    };
  }

  private async classifierFor(articles: ReadonlyMap<string, Article>): Promise<CrisisClassifier> {
    const known = this.classifiers.get(articles);
    if (known) return known;
    const examples = await this.examples();
    // The knowledge base in use is often the one the examples already hold: each question counts once.
    const texts = new Set(examples.map((example) => example.text));
    const classifier = new CrisisClassifier([...examples, ...ordinaryQuestions(articles.values(), this.safety, texts)]);
    this.classifiers.set(articles, classifier);
    return classifier;
  }
}
