import { Article } from '../../knowledge/articles/article';
import { ContactDetails, messages } from '../messages';
import { single } from '../replies';
import { ConversationMemory, Lang, Reply, TurnOutcome } from '../types';
import { DistressSignal } from './distress';
import { HandoverReason } from './handover';
import { handoverMessages } from './handoverMessages';
import { HandoverSteps } from './handoverSteps';
import { CrisisCategory } from '../safety/crisisClassifier';

/** When Loket offers a person without being asked to: the triggers, read after the turn's own reply is made. */
export class HandoverTriggers {
  constructor(
    private readonly handover: HandoverSteps,
    private readonly contact: ContactDetails,
    /** The article an answer came from, in the index in use now. */
    private readonly article: (id: string) => Article | undefined,
  ) {}

  /**
   * A citizen who asks for a person is asked to confirm, or told at once when nobody can join. With words of despair
   * (`possibleCrisis`) a yes queues the citizen first, as after a crisis check-in.
   */
  async asked(memory: ConversationMemory, lang: Lang, possibleCrisis?: CrisisCategory): Promise<TurnOutcome> {
    const reason: HandoverReason = possibleCrisis ? 'crisis' : 'requested';
    const detail = possibleCrisis ? `possible:${possibleCrisis}` : undefined;
    const addendum = await this.handover.offer(reason, lang, handoverMessages(lang, this.contact).offer, detail);
    const reply: Reply = {
      kind: 'handover',
      lang,
      text: `${messages(lang, this.contact).handoverRequested} ${addendum.text}`,
      handover: 'offered',
      // Nobody can join (no contact centre, closed, no agent online): the log must say so, not "offered".
      reason: addendum.offer ? 'handover:requested' : 'handover:unavailable',
      ...(addendum.suggestions.length > 0 ? { suggestions: addendum.suggestions } : {}),
    };
    return single({ ...memory, ...(addendum.offer ? { offer: addendum.offer } : {}) }, reply);
  }

  /**
   * The other triggers, added to the turn's own reply: clear anger or
   * distress, a second miss in a row, and articles that editors marked as
   * sensitive (`handover: always`; `offer` only mentions the possibility).
   * `distress` is the DistressCheck's reading of the citizen's message.
   */
  async whenNeeded(outcome: TurnOutcome, distress: DistressSignal | undefined, lang: Lang): Promise<TurnOutcome> {
    const last = outcome.replies.at(-1);
    if (!last) return outcome;
    const words = handoverMessages(lang, this.contact);
    const article = last.kind === 'answer' && last.source ? this.article(last.source.articleId) : undefined;
    let trigger: { reason: HandoverReason; intro: string; detail?: string } | undefined;
    if (distress) trigger = { reason: 'distress', intro: words.offerDistress, detail: distress.kind };
    else if (last.kind === 'abstain' && outcome.memory.misses >= 2) trigger = { reason: 'repeated-failure', intro: words.offerAfterMisses };
    else if (article?.handover === 'always') trigger = { reason: 'sensitive-topic', intro: words.offerSensitive, detail: article.id };
    else if (article?.handover === 'offer')
      return { ...outcome, replies: [...outcome.replies.slice(0, -1), { ...last, text: `${last.text}\n\n${words.sensitiveMention}` }] };
    if (!trigger) return outcome;
    return this.handover.addOffer(outcome, trigger.reason, trigger.intro, lang, trigger.detail);
  }
}
