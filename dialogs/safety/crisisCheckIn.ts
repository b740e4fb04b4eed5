import { Article } from '../../knowledge/articles/article';
import { DistressSignal } from '../handover/distress';
import { HandoverSteps } from '../handover/handoverSteps';
import { handoverMessages } from '../handover/handoverMessages';
import { ContactDetails } from '../messages';
import { Lang, TurnOutcome } from '../types';
import { CrisisCategory, CrisisClassifier, CrisisExample } from './crisisClassifier';
import { ordinaryQuestions } from './crisisExamples';
import { checkInReply } from './crisisReplies';
import { SafetyCheck } from './safetyCheck';

/**
 * The second line of the safety check: a message that matched no rule, but
 * that speaks of despair ("ik hou het niet meer vol") or that the
 * CrisisClassifier takes for a possible crisis, gets the numbers as a
 * question above the turn's own reply, and the offer of a person. Nobody is
 * queued without the citizen's yes: the guess is wrong now and then
 * ("Mogen kinderen van de brug springen?").
 */
export class CrisisCheckIn {
  /** One classifier per knowledge base in use: its listed questions are part of the training. */
  private readonly classifiers = new WeakMap<ReadonlyMap<string, Article>, Promise<CrisisClassifier>>();

  constructor(
    /** Without examples there is no classifier: only words of despair lead to a check-in. */
    private readonly examples: (() => Promise<CrisisExample[]>) | undefined,
    private readonly safety: Pick<SafetyCheck, 'check'>,
    private readonly handover: Pick<HandoverSteps, 'addOffer'>,
    private readonly contact: ContactDetails,
  ) {}

  /**
   * `distress`: the DistressCheck's reading of the same message, which the handover triggers use too. `guess`: false for a
   * message of thanks alone, whose words the classifier has no business with ("Heel erg bedankt, u heeft me enorm
   * geholpen!" was read as an emergency).
   */
  async possibleCrisis(
    text: string,
    articles: ReadonlyMap<string, Article>,
    distress: DistressSignal | undefined,
    guess = true,
  ): Promise<CrisisCategory | undefined> {
    if (distress?.kind === 'despair') return 'suicide';
    return guess ? (await this.classifierFor(articles))?.guess(text)?.category : undefined;
  }

  /** The kind of crisis the classifier reads in a message a rule took for one (`CrisisClassifier.kindOf`); none without examples. */
  async kindOf(text: string, articles: ReadonlyMap<string, Article>): Promise<CrisisCategory | undefined> {
    return (await this.classifierFor(articles))?.kindOf(text);
  }

  async prepare(articles: ReadonlyMap<string, Article>): Promise<void> {
    await this.classifierFor(articles);
  }

  async above(outcome: TurnOutcome, category: CrisisCategory, lang: Lang): Promise<TurnOutcome> {
    // The offer goes on the last reply: chat windows show only the last message's buttons.
    const offered = await this.handover.addOffer(outcome, 'crisis', handoverMessages(lang, this.contact).offer, lang, `possible:${category}`);
    return this.aboveOffer(offered, category, lang);
  }

  /** The check-in above a reply that offers a person already: no second offer. */
  aboveOffer(outcome: TurnOutcome, category: CrisisCategory, lang: Lang): TurnOutcome {
    return { ...outcome, replies: [checkInReply(category, lang), ...outcome.replies] };
  }

  /** Questions that arrive while it trains wait for the same training, not a second one. */
  private classifierFor(articles: ReadonlyMap<string, Article>): Promise<CrisisClassifier> | undefined {
    if (!this.examples) return undefined;
    const known = this.classifiers.get(articles) ?? this.train(articles, this.examples);
    this.classifiers.set(articles, known);
    return known;
  }

  private async train(articles: ReadonlyMap<string, Article>, read: () => Promise<CrisisExample[]>): Promise<CrisisClassifier> {
    const examples = await read();
    // The knowledge base in use is often the one the examples already hold: each question counts once.
    const texts = new Set(examples.map((example) => example.text));
    return new CrisisClassifier([...examples, ...ordinaryQuestions(articles.values(), this.safety, texts)]);
  }
}
