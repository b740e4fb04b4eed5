import { Article } from '../knowledge/articles/article';
import { HybridRetriever } from '../knowledge/retrieval/hybridRetriever';
import { detectLanguage } from '../knowledge/text/detectLanguage';
import { handoverButton } from './answerComposer';
import { ArticleReplies, AskedWords } from './articleReplies';
import { AnswerPolicySettings, Decision } from './answerPolicy';
import { clarificationReply, readChoice } from './clarification';
import { HandoverDesk } from './handover/handoverDesk';
import { handoverMessages } from './handover/handoverMessages';
import { HandoverSteps } from './handover/handoverSteps';
import { HandoverTriggers } from './handover/handoverTriggers';
import { guardInput } from './inputGuard';
import { ContactDetails, messages } from './messages';
import { redactPersonalData, withoutPlaceholders } from './privacy/redactPersonalData';
import { safetyReply } from './safety/crisisReplies';
import { SafetyCheck, SafetySignal } from './safety/safetyCheck';
import { EmergencySlip } from './safety/emergencySlip';
import { asksAboutService } from './safety/serviceQuestion';
import { crisisBeyondLimit } from './safety/crisisBeyondLimit';
import { CrisisCheckIn } from './safety/crisisCheckIn';
import { CrisisCategory, CrisisExample } from './safety/crisisClassifier';
import { DistressCheck } from './handover/distress';
import { recogniseSmallTalk, SmallTalk, smallTalkReply } from './smallTalk';
import { readTypedFeedback } from './typedFeedback';
import { FeedbackSteps } from './feedbackSteps';
import { asksForSource } from './sourceRequest';
import { NotAnswering } from './notAnswering';
import { notice, single } from './replies';
import { botRecord, citizenRecord, remember } from './turnHistory';
import { QuestionReader } from './questionReader';
import { looksLikeFollowUp } from './followUp';
import { asksAboutOwnCase } from './ownCase';
import { ErasureSteps } from './privacy/erasureSteps';
import { OtherPlaceCheck } from './places/otherPlace';
import { OtherOrganisationCheck } from './places/otherOrganisations';
import { CitizenAction, CitizenMessage, ConversationMemory, Lang, TurnOutcome } from './types';
import { PersonRequestClassifier } from './safety/personRequestClassifier';

/** Gives the current retriever; it changes when the knowledge index is rebuilt. */
export interface KnowledgeAccess {
  retriever(): HybridRetriever;
  /** False when no index came in time (Loket is still starting): questions cannot be searched yet; throws when it could not be loaded. */
  loaded(): Promise<boolean>;
  /** Whether an index is in use now, without waiting for one. */
  inUse(): boolean;
}

export interface ConversationFlowDeps {
  knowledge: KnowledgeAccess;
  policy: AnswerPolicySettings;
  contact: ContactDetails;
  safety: SafetyCheck;
  distress: Pick<DistressCheck, 'check'>;
  handoverDesk: HandoverDesk;
  maxMessageLength: number;
  /** Example messages for the second line of the safety check (CrisisCheckIn); without them, only the rules and words of despair count. */
  crisisExamples?: () => Promise<CrisisExample[]>;
  /** Guesses a request for a person that no safety rule names; without it, only the rules count. */
  personRequests?: () => Promise<Pick<PersonRequestClassifier, 'asksForPerson'>>;
  /** Declines questions set in another municipality; absent for an organisation that serves the whole country. */
  otherPlaces?: Pick<OtherPlaceCheck, 'find'>;
  /** Says where to go with a question Loket does not answer that names another organisation (UWV, DUO, a health insurer). */
  otherOrganisations?: Pick<OtherOrganisationCheck, 'find'>;
}

/**
 * The replies that say Loket does not know and offer no topic, after which a guessed request for a person is heard. Not
 * after topics offered, which come with the button for a person: one held-out question lost its right topic to the offer.
 */
const GUESSED_AFTER = new Set(['abstain:low-confidence', 'abstain:no-topic']);

export interface TurnInfo {
  conversationId: string;
  channelId: string;
  /** The channel's conversation reference (opaque here): how the contact centre reaches this citizen later. */
  reference: unknown;
}

/**
 * One citizen turn, as a pipeline of small steps: input guard → button
 * actions → crisis and safety → human request → open clarification → small
 * talk → read the question (QuestionReader) → answer, clarify or abstain. Plain TypeScript over Loket's
 * own types; the channel adapter translates activities to and from these.
 * The steps that stand on their own have their own modules: handover
 * (HandoverSteps, HandoverTriggers), ratings (FeedbackSteps), erasure
 * (ErasureSteps), the replies that do not answer (NotAnswering), those made
 * from one known article (ArticleReplies) and the article under a 112
 * reply (EmergencySlip).
 */
export class ConversationFlow {
  private readonly handover: HandoverSteps;
  private readonly feedback: FeedbackSteps;
  private readonly erasure: ErasureSteps;
  private readonly triggers: HandoverTriggers;
  private readonly notAnswering: NotAnswering;
  private readonly emergencySlip: EmergencySlip;
  private readonly reader: QuestionReader;
  private readonly articles: ArticleReplies;
  private readonly checkIn: CrisisCheckIn;

  constructor(private readonly deps: ConversationFlowDeps) {
    const { contact } = deps;
    const reader = new QuestionReader(deps);
    const handover = new HandoverSteps(deps.handoverDesk, contact);
    this.reader = reader;
    this.handover = handover;
    this.feedback = new FeedbackSteps(contact, handover);
    this.erasure = new ErasureSteps(contact, (text) => handover.readOfferAnswer(text));
    this.triggers = new HandoverTriggers(handover, contact, (id) => deps.knowledge.retriever().knowledge.article(id));
    this.notAnswering = new NotAnswering(contact, deps.maxMessageLength);
    this.articles = new ArticleReplies(deps.knowledge, contact, this.notAnswering);
    this.checkIn = new CrisisCheckIn(deps.crisisExamples, deps.safety, handover, contact);
    this.emergencySlip = new EmergencySlip(deps.safety, contact, async (question) =>
      (await deps.knowledge.loaded()) ? (await reader.read(question, undefined)).decision : undefined,
    );
  }

  /** Does now what the first question would otherwise wait for: training the crisis classifier on the knowledge in use. */
  async prepare(): Promise<void> {
    await this.deps.personRequests?.();
    if (await this.deps.knowledge.loaded()) await this.checkIn.prepare(this.deps.knowledge.retriever().knowledge.articles);
  }

  async respond(message: CitizenMessage, memory: ConversationMemory, turn: TurnInfo): Promise<TurnOutcome> {
    const lang0 = preferredLanguage(undefined, message.locale, memory.lang);
    const input = crisisBeyondLimit(guardInput(message.text, message.attachmentCount, this.deps.maxMessageLength), message.text, this.deps.safety);
    // Personal data never goes further than this line: not into search, memory, the agent's transcript or logs.
    const text = redactPersonalData(input.text).text;
    const sent = input.sent === input.text ? text : redactPersonalData(input.sent).text;
    let resumed = false;
    if (memory.handoverId) {
      const during = await this.handover.during(message, sent, memory, lang0);
      if (during) return during;
      // The agent has closed: the bot takes over again, and says so.
      memory = { ...memory, handoverId: undefined, relayNoticeGiven: undefined };
      resumed = true;
    }
    const outcome = await this.turn(message, input, text, remember(memory, citizenRecord(message, sent)), turn);
    if (resumed) outcome.replies.unshift(notice(lang0, handoverMessages(outcome.memory.lang ?? lang0, this.deps.contact).botAgain, 'handover:resumed'));
    return { ...outcome, heard: sent, memory: remember(outcome.memory, ...outcome.replies.map(botRecord)) };
  }

  private async turn(
    message: CitizenMessage,
    input: ReturnType<typeof guardInput>,
    text: string,
    memory: ConversationMemory,
    turn: TurnInfo,
  ): Promise<TurnOutcome> {
    const lang0 = preferredLanguage(undefined, message.locale, memory.lang);
    if (message.action) return this.onAction(message.action, memory, lang0, turn);
    if (input.problem && !input.text) return single(memory, this.notAnswering.inputProblem(input.problem, lang0));
    const lang = preferredLanguage(detectLanguage(text), message.locale, memory.lang);
    const erasure = memory.callback ? undefined : this.erasure.onText(text, memory, lang);
    if (erasure) return erasure;
    memory = { ...memory, eraseAsked: undefined };
    const outcome = memory.callback
      ? await this.handover.callbackStep(input.text, text, { ...memory, lang }, lang, turn)
      : await this.onText(text, { ...memory, lang }, lang, turn);
    // A file sent with a question: answer the question, and say why the file was not looked at.
    if (input.problem) outcome.replies.unshift(this.notAnswering.inputProblem(input.problem, lang));
    return outcome;
  }

  private async onText(text: string, memory: ConversationMemory, lang: Lang, turn: TurnInfo): Promise<TurnOutcome> {
    const found = this.deps.safety.check(text);
    // "ben ik met een mens aan het praten?" asks what Loket is, not for a person: its reply says so, and offers one.
    const signal = found?.category === 'human' && recogniseSmallTalk(text) === 'about-assistant' ? undefined : found;
    if (signal?.category === 'human') {
      const possible = await this.possibleCrisisBeside(text);
      const asked = await this.triggers.asked({ ...memory, clarification: undefined }, lang, possible);
      return possible ? this.checkIn.aboveOffer(asked, possible, lang) : asked;
    }
    // Crisis numbers never wait for the index: a question about a service is asked about only once it can be answered.
    const aboutService = signal && asksAboutService(text, this.deps.safety) && (await this.deps.knowledge.loaded()) ? signal.category : undefined;
    if (signal && !aboutService) {
      const crisis = safetyReply(signal, lang, this.deps.contact, [handoverButton(lang, this.deps.contact)], await this.kindBeside(signal.category, text));
      const outcome = await this.handover.crisis(signal.category, crisis, { ...memory, clarification: undefined, offer: undefined }, lang, turn);
      return signal.category === 'emergency' ? this.emergencySlip.addArticleLink(outcome, text, lang) : outcome;
    }
    if (memory.offer) {
      const answer = this.handover.readOfferAnswer(text);
      if (answer === 'yes') return this.handover.connect(memory.offer.reason, memory, lang, turn, memory.offer.detail);
      if (answer === 'no') return this.handover.declined(memory, lang);
      memory = { ...memory, offer: undefined };
    }
    // Crisis numbers and a person never wait for the index; a question does.
    if (!(await this.deps.knowledge.loaded())) return this.notAnswering.starting(memory, lang);
    // Read once: words of despair lead to the check-in, anger and other distress to the offer of a person.
    const distress = this.deps.distress.check(text);
    // Small talk is read once too: thanks alone gets no guess from the crisis classifier.
    const smallTalk = recogniseSmallTalk(text);
    const possible =
      aboutService ?? (await this.checkIn.possibleCrisis(text, this.deps.knowledge.retriever().knowledge.articles, distress, smallTalk !== 'thanks'));
    const outcome = await this.onQuestion(text, memory, lang, smallTalk, possible !== undefined);
    // The check-in offers a person itself: no second offer below it.
    if (possible) return this.checkIn.above(outcome, possible, lang);
    if (!smallTalk && (await this.guessesPersonRequest(text, outcome))) return this.triggers.asked({ ...memory, clarification: undefined }, lang);
    return this.triggers.whenNeeded(outcome, distress, lang);
  }

  /**
   * A request for a person in words no rule names (PersonRequestClassifier), heard only where Loket would say it does not
   * know: there the way to a person is the right reply anyway, so a wrong guess costs little. Not where it says where else to
   * go, or that a file only a person can see.
   */
  private async guessesPersonRequest(text: string, outcome: TurnOutcome): Promise<boolean> {
    const reason = outcome.replies.at(-1)?.reason;
    if (!this.deps.personRequests || !reason || !GUESSED_AFTER.has(reason)) return false;
    return (await this.deps.personRequests()).asksForPerson(text);
  }

  /**
   * An emergency a rule heard may be violence at home or thoughts of suicide too (never-read batches: 13 of 249 such alarms,
   * each read so by the classifier; see `CrisisClassifier.kindOf`). Never waits for the index.
   */
  private async kindBeside(category: SafetySignal['category'], text: string): Promise<CrisisCategory | undefined> {
    if (category !== 'emergency' || !this.deps.knowledge.inUse()) return undefined;
    return this.checkIn.kindOf(text, this.deps.knowledge.retriever().knowledge.articles);
  }

  /**
   * A request for a person must not hide a possible crisis: words of despair ("… 'dit is de laatste keer dat je me hoort'. Kan
   * ik iemand spreken?"), or, once the index is loaded, the classifier's guess ("wie kan ik ff spreken, zit met gedachten om
   * mezelf wat aan te doen"). The request never waits for the index: while Loket starts, only words of despair count.
   */
  private async possibleCrisisBeside(text: string): Promise<CrisisCategory | undefined> {
    const distress = this.deps.distress.check(text);
    if (!this.deps.knowledge.inUse()) return distress?.kind === 'despair' ? 'suicide' : undefined;
    return this.checkIn.possibleCrisis(text, this.deps.knowledge.retriever().knowledge.articles, distress);
  }

  private async onQuestion(text: string, memory: ConversationMemory, lang: Lang, smallTalk: SmallTalk | undefined, checkedIn = false): Promise<TurnOutcome> {
    const open = this.openClarification(memory);
    if (open) {
      const choice = readChoice(text, open);
      if (choice.kind === 'chosen') return this.articles.chosen(choice.articleId, memory, lang);
      if (choice.kind === 'none') return this.notAnswering.abstain({ ...memory, clarification: undefined }, lang, { reason: 'clarify:none' });
    }
    // Right after an answer only: not after "Bedoelt u …?" or "Sorry, daar weet ik geen goed antwoord op".
    const answered = !open && memory.misses === 0 ? memory.lastArticleId : undefined;
    const typed = answered ? readTypedFeedback(text) : undefined;
    if (answered && typed) return this.feedback.typed({ helpful: false, articleId: answered, ...typed }, memory, lang);
    if (answered && asksForSource(text)) return this.articles.page(answered, memory, lang);
    // The button's words typed, on a channel without buttons.
    if (memory.placeDeclined && this.isAskHereText(text)) return this.askHere(memory, lang);
    if ((smallTalk === 'english' || smallTalk === 'dutch') && answered) return this.articles.againIn(smallTalk, answered, memory);
    if (smallTalk) return smallTalkReply(smallTalk, { ...memory, clarification: undefined }, lang, this.deps.contact);
    return this.answerQuestion(text, memory, lang, { checkedIn });
  }

  /** "Mijn vraag gaat over Gemeente Lindewijk": the question declined as set elsewhere, answered as one about here. */
  private async askHere(memory: ConversationMemory, lang: Lang): Promise<TurnOutcome> {
    const question = memory.placeDeclined;
    if (!question) return this.notAnswering.abstain({ ...memory, clarification: undefined }, lang, { reason: 'abstain:no-topic', say: 'askTopic' });
    if (!(await this.deps.knowledge.loaded())) return this.notAnswering.starting(memory, lang);
    return this.answerQuestion(question, memory, lang, { anyPlace: true });
  }

  private isAskHereText(text: string): boolean {
    const typed = text.trim().toLowerCase();
    return (['nl', 'en'] as const).some((lang) => messages(lang, this.deps.contact).askHereButton.toLowerCase() === typed);
  }

  /** `checkedIn`: a crisis check-in goes above the reply, which then must not send the citizen to an office ("ik zie het nut niet meer, mijn testament ligt bij de notaris"). */
  private async answerQuestion(
    redacted: string,
    memory: ConversationMemory,
    lang: Lang,
    options: { anyPlace?: boolean; checkedIn?: boolean } = {},
  ): Promise<TurnOutcome> {
    memory = { ...memory, placeDeclined: undefined };
    const question = withoutPlaceholders(redacted);
    const elsewhere = options.anyPlace ? undefined : this.deps.otherPlaces?.find(question, this.deps.knowledge.retriever().knowledge.articles);
    if (elsewhere) return this.notAnswering.otherPlace(memory, lang, redacted, elsewhere);
    const reading = await this.reader.read(question, memory.lastArticleId);
    const { decision, also } = reading;
    const open = this.openClarification(memory);
    if (open && !memory.clarification?.onItsOwn && (asksAboutOpenOptions(decision, question) || this.eachOptionHolds(open, decision, question))) {
      return this.askWhichFor(question, open, memory, lang);
    }
    // Not answering a question about another organisation's work ("studiefinanciering bij DUO", "hoeveel AOW krijg ik"): told where to go, topics still offered.
    if (decision.kind === 'abstain' && !options.checkedIn) {
      const mention = this.deps.otherOrganisations?.find(question);
      const topics = (decision.suggestions ?? []).map((option) => option.candidate.article);
      if (mention) return this.notAnswering.otherOrganisation({ ...memory, clarification: undefined }, question, lang, mention, topics);
    }
    // "hoe ver is mijn aanvraag?" names no topic Loket could answer: it is about a file only a person can see.
    if (decision.kind === 'abstain' && asksAboutOwnCase(question)) {
      return this.notAnswering.abstain({ ...memory, clarification: undefined }, lang, { reason: 'abstain:own-case', say: 'ownCase' });
    }
    const outcome = this.onDecision(decision, question, this.articles.askedWords(question, reading, memory), memory, lang);
    return also ? this.offerAlso(outcome, also, lang) : outcome;
  }

  /** "wat kost dat?" right after "Bedoelt u …?": asks which of the offered topics, then answers this question about the one chosen. */
  private askWhichFor(question: string, open: Article[], memory: ConversationMemory, lang: Lang): TurnOutcome {
    const reply = {
      ...clarificationReply(open, lang, this.deps.contact, 0),
      text: messages(lang, this.deps.contact).whichTopic,
      reason: 'clarify:which-topic',
    };
    return single({ ...memory, clarification: { options: open.map((article) => article.id), question, onItsOwn: true } }, reply);
  }

  /** The second question of the message, offered under the answer to the first. */
  private offerAlso(outcome: TurnOutcome, also: Article, lang: Lang): TurnOutcome {
    const words = messages(lang, this.deps.contact);
    const button = { label: words.alsoButton(also.title), action: { type: 'choose' as const, articleId: also.id }, text: also.title };
    const [reply, ...rest] = outcome.replies;
    if (!reply) return outcome;
    return {
      ...outcome,
      replies: [{ ...reply, text: `${reply.text}\n\n${words.alsoAsked(also.title)}`, suggestions: [button, ...(reply.suggestions ?? [])] }, ...rest],
    };
  }

  private onDecision(decision: Decision, question: string, words: AskedWords, memory: ConversationMemory, lang: Lang): TurnOutcome {
    const base = { ...memory, clarification: undefined };
    if (decision.kind === 'abstain' && decision.notIn)
      return this.notAnswering.notInArticle(base, lang, this.deps.knowledge.retriever().knowledge.article(decision.notIn));
    if (decision.kind === 'abstain' && decision.noTopic)
      return this.notAnswering.abstain(base, lang, { reason: 'abstain:no-topic', confidence: decision.best?.confidence, say: 'askTopic' });
    if (decision.kind === 'abstain' && decision.suggestions)
      return this.notAnswering.withTopics(
        base,
        question,
        lang,
        decision.suggestions.map((option) => option.candidate.article),
        decision.best?.confidence,
      );
    if (decision.kind === 'abstain') return this.notAnswering.abstain(base, lang, { reason: 'abstain:low-confidence', confidence: decision.best?.confidence });
    if (decision.kind === 'clarify') {
      const options = decision.options.map((option) => option.candidate.article);
      const reply = clarificationReply(options, lang, this.deps.contact, decision.options[0].confidence);
      return single({ ...base, clarification: { options: options.map((article) => article.id), question } }, reply);
    }
    return this.articles.answer(decision.best, words, base, lang);
  }

  private async onAction(action: CitizenAction, memory: ConversationMemory, lang: Lang, turn: TurnInfo): Promise<TurnOutcome> {
    switch (action.type) {
      case 'choose':
        if (!(await this.deps.knowledge.loaded())) return this.notAnswering.starting(memory, lang);
        return action.articleId
          ? this.articles.chosen(action.articleId, memory, lang)
          : this.notAnswering.abstain({ ...memory, clarification: undefined }, lang, { reason: 'clarify:none' });
      case 'feedback':
        return this.feedback.rated(action, memory, lang);
      case 'erase':
        return this.erasure.onButton(action.confirm, memory, lang);
      case 'language':
        return single({ ...memory, lang: action.lang }, notice(action.lang, messages(action.lang, this.deps.contact).languageSwitched, 'language'));
      case 'handover':
        return this.handover.connect(action.reason ?? memory.offer?.reason ?? 'requested', memory, lang, turn, memory.offer?.detail);
      case 'decline':
      case 'cancel-handover':
        return this.handover.declined(memory, lang);
      case 'callback':
        return this.handover.startCallback(memory, lang, action.method);
      case 'ask-here':
        return this.askHere(memory, lang);
    }
  }

  /**
   * "hoe lang duurt het voordat ik geld krijg" right after "Bedoelt u
   * Bijstandsuitkering of Bijzondere bijstand?": Loket has no clear answer of
   * its own, and every offered article holds all its words, so it asks about
   * one of them, not about articles that share common words with it.
   */
  private eachOptionHolds(open: Article[], decision: Decision, question: string): boolean {
    return decision.kind !== 'answer' && this.reader.heldByEach(question, open);
  }

  private openClarification(memory: ConversationMemory): Article[] | undefined {
    const knowledge = this.deps.knowledge.retriever().knowledge;
    const options = memory.clarification?.options.map((id) => knowledge.article(id)).filter((article): article is Article => !!article);
    return options && options.length > 0 ? options : undefined;
  }
}

/** The text's own language first, then the channel's locale, then what the conversation used before. */
export function preferredLanguage(detected: Lang | undefined, locale: string | undefined, remembered: Lang | undefined): Lang {
  if (detected) return detected;
  if (locale) return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
  return remembered ?? 'nl';
}

/** A message with no topic of its own, or one that points back ("kan het ook op zaterdag?"), asked while "Bedoelt u …?" is open is about one of its options. */
function asksAboutOpenOptions(decision: Decision, question: string): boolean {
  if (decision.kind === 'answer') return false;
  return (decision.kind === 'abstain' && decision.noTopic === true) || looksLikeFollowUp(question);
}
