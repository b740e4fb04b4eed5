import { Article } from '../knowledge/articles/article';
import { certainCandidate, HybridRetriever } from '../knowledge/retrieval/hybridRetriever';
import { detectLanguage } from '../knowledge/text/detectLanguage';
import { QueryToken } from '../knowledge/text/analyzer';
import { composeAnswer, handoverButton } from './answerComposer';
import { AnswerPolicySettings, Decision, ScoredCandidate } from './answerPolicy';
import { CHOSEN_ANSWER, clarificationReply, isArticleChoice, readChoice, topicButtons } from './clarification';
import { HandoverReason, TurnRecord } from './handover/handover';
import { HandoverDesk } from './handover/handoverDesk';
import { handoverMessages } from './handover/handoverMessages';
import { HandoverSteps, withOffer } from './handover/handoverSteps';
import { guardInput, InputProblem } from './inputGuard';
import { ContactDetails, messages } from './messages';
import { redactPersonalData, withoutPlaceholders } from './privacy/redactPersonalData';
import { safetyReply } from './safety/crisisReplies';
import { SafetyCheck } from './safety/safetyCheck';
import { DistressCheck } from './handover/distress';
import { recogniseSmallTalk, SmallTalk } from './smallTalk';
import { readTypedFeedback } from './typedFeedback';
import { QuestionReader, Reading } from './questionReader';
import { continuesQuestion, looksLikeFollowUp } from './followUp';
import { asksAboutOwnCase } from './ownCase';
import { isErasureRequest } from './privacy/erasureRequest';
import { OtherPlaceCheck } from './places/otherPlace';
import { CitizenAction, CitizenMessage, ConversationMemory, EMPTY_MEMORY, FEEDBACK_WHY, Lang, Reply, ReplyButton, TurnOutcome } from './types';

/** Gives the current retriever; it changes when the knowledge index is rebuilt. */
export interface KnowledgeAccess {
  retriever(): HybridRetriever;
  /** False when no index came in time (Loket is still starting): questions cannot be searched yet; throws when it could not be loaded. */
  loaded(): Promise<boolean>;
}

export interface ConversationFlowDeps {
  knowledge: KnowledgeAccess;
  policy: AnswerPolicySettings;
  contact: ContactDetails;
  safety: SafetyCheck;
  distress: Pick<DistressCheck, 'check'>;
  handoverDesk: HandoverDesk;
  maxMessageLength: number;
  /** Declines questions set in another municipality; absent for an organisation that serves the whole country. */
  otherPlaces?: Pick<OtherPlaceCheck, 'find'>;
}

export interface TurnInfo {
  conversationId: string;
  channelId: string;
  /** The channel's conversation reference (opaque here): how the contact centre reaches this citizen later. */
  reference: unknown;
}

/** A question's words, and those of the question it completes ("en voor een kind?"). */
interface AskedWords {
  own: QueryToken[];
  carried: QueryToken[];
}

/** Why Loket does not answer, and what it offers instead. */
interface NotAnswering {
  /** Logged, and read by the eval and the editors' inbox ("abstain:low-confidence"). */
  reason: string;
  confidence?: number;
  /** One of the standard texts, or a text of its own. */
  say?: 'notUnderstood' | 'askTopic' | 'ownCase' | { text: string };
  /** Topics to choose from ("Gaat uw vraag misschien over …?"). */
  choices?: ReplyButton[];
  /** Quick replies before the way to a person ("Ik bedoel in Lindewijk"). */
  before?: ReplyButton[];
}

const HISTORY_TURNS = 12;
const HISTORY_TEXT = 400;

/**
 * One citizen turn, as a pipeline of small steps: input guard → button
 * actions → crisis and safety → human request → open clarification → small
 * talk → read the question (QuestionReader) → answer, clarify or abstain. Plain TypeScript over Loket's
 * own types; the channel adapter translates activities to and from these.
 */
export class ConversationFlow {
  private readonly handover: HandoverSteps;
  private readonly reader: QuestionReader;
  /** Whether an article is about a crisis itself; a rebuilt index brings new article objects. */
  private readonly crisisArticles = new WeakMap<Article, boolean>();

  constructor(private readonly deps: ConversationFlowDeps) {
    this.handover = new HandoverSteps(deps.handoverDesk, deps.contact);
    this.reader = new QuestionReader(deps);
  }

  async respond(message: CitizenMessage, memory: ConversationMemory, turn: TurnInfo): Promise<TurnOutcome> {
    const lang0 = preferredLanguage(undefined, message.locale, memory.lang);
    const input = guardInput(message.text, message.attachmentCount, this.deps.maxMessageLength);
    // Personal data never goes further than this line: not into search, memory, the agent's transcript or logs.
    const text = redactPersonalData(input.text).text;
    let resumed = false;
    if (memory.handoverId) {
      const during = await this.handover.during(message, text, memory, lang0);
      if (during) return during;
      // The agent has closed: the bot takes over again, and says so.
      memory = { ...memory, handoverId: undefined, relayNoticeGiven: undefined };
      resumed = true;
    }
    const outcome = await this.turn(message, input, text, remember(memory, citizenRecord(message, text)), turn);
    if (resumed) outcome.replies.unshift(notice(lang0, handoverMessages(outcome.memory.lang ?? lang0, this.deps.contact).botAgain, 'handover:resumed'));
    return { ...outcome, heard: text, memory: remember(outcome.memory, ...outcome.replies.map(botRecord)) };
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
    if (input.problem && !input.text) return this.reply(memory, this.notice(input.problem, lang0));
    const lang = preferredLanguage(detectLanguage(text), message.locale, memory.lang);
    const erasure = memory.callback ? undefined : this.onErasureText(text, memory, lang);
    if (erasure) return erasure;
    memory = { ...memory, eraseAsked: undefined };
    const outcome = memory.callback
      ? await this.handover.callbackStep(input.text, text, { ...memory, lang }, lang, turn)
      : await this.onText(text, { ...memory, lang }, lang, turn);
    // A file sent with a question: answer the question, and say why the file was not looked at.
    if (input.problem) outcome.replies.unshift(this.notice(input.problem, lang));
    return outcome;
  }

  private async onText(text: string, memory: ConversationMemory, lang: Lang, turn: TurnInfo): Promise<TurnOutcome> {
    const signal = this.deps.safety.check(text);
    if (signal?.category === 'human') return this.offerHuman({ ...memory, clarification: undefined }, lang);
    if (signal) {
      const crisis = safetyReply(signal, lang, this.deps.contact, [this.handoverButton(lang)]);
      const outcome = await this.handover.crisis(signal.category, crisis, { ...memory, clarification: undefined, offer: undefined }, lang, turn);
      return signal.category === 'emergency' ? this.offerIfNoEmergency(outcome, text, lang) : outcome;
    }
    if (memory.offer) {
      const answer = this.handover.readOfferAnswer(text);
      if (answer === 'yes') return this.handover.connect(memory.offer.reason, memory, lang, turn, memory.offer.detail);
      if (answer === 'no') return this.handover.declined(memory, lang);
      memory = { ...memory, offer: undefined };
    }
    // Crisis numbers and a person never wait for the index; a question does.
    if (!(await this.deps.knowledge.loaded())) return this.starting(memory, lang);
    const outcome = await this.onQuestion(text, memory, lang, turn);
    return this.offerWhenNeeded(outcome, text, lang);
  }

  private async onQuestion(text: string, memory: ConversationMemory, lang: Lang, turn: TurnInfo): Promise<TurnOutcome> {
    const open = this.openClarification(memory);
    if (open) {
      const choice = readChoice(text, open);
      if (choice.kind === 'chosen') return this.answerArticle(choice.articleId, memory, lang);
      if (choice.kind === 'none') return this.abstain({ ...memory, clarification: undefined }, lang, { reason: 'clarify:none' });
    }
    // Right after an answer only: not after "Bedoelt u …?" or "Sorry, daar weet ik geen goed antwoord op".
    const answered = !open && memory.misses === 0 ? memory.lastArticleId : undefined;
    const typed = answered ? readTypedFeedback(text) : undefined;
    if (answered && typed) return this.typedFeedback({ helpful: false, articleId: answered, ...typed }, memory, lang);
    // The button's words typed, on a channel without buttons.
    if (memory.placeDeclined && this.isAskHereText(text)) return this.askHere(memory, lang, turn);
    const smallTalk = recogniseSmallTalk(text);
    if (smallTalk) return this.smallTalk(smallTalk, { ...memory, clarification: undefined }, lang);
    return this.answerQuestion(text, memory, lang, turn);
  }

  /** "Mijn vraag gaat over Gemeente Lindewijk": the question declined as set elsewhere, answered as one about here. */
  private async askHere(memory: ConversationMemory, lang: Lang, turn: TurnInfo): Promise<TurnOutcome> {
    const question = memory.placeDeclined;
    if (!question) return this.abstain({ ...memory, clarification: undefined }, lang, { reason: 'abstain:no-topic', say: 'askTopic' });
    if (!(await this.deps.knowledge.loaded())) return this.starting(memory, lang);
    return this.answerQuestion(question, memory, lang, turn, { anyPlace: true });
  }

  private isAskHereText(text: string): boolean {
    const typed = text.trim().toLowerCase();
    return (['nl', 'en'] as const).some((lang) => messages(lang, this.deps.contact).askHereButton.toLowerCase() === typed);
  }

  private smallTalk(kind: SmallTalk, memory: ConversationMemory, lang: Lang): TurnOutcome {
    if (kind === 'english') return this.reply({ ...memory, lang: 'en' }, notice('en', messages('en', this.deps.contact).english, 'smalltalk:english'));
    const words = messages(lang, this.deps.contact);
    if (kind === 'about-assistant') {
      return this.reply(memory, { ...notice(lang, words.aboutAssistant, 'smalltalk:about-assistant'), suggestions: [this.handoverButton(lang)] });
    }
    const text = {
      greeting: words.greeting,
      thanks: words.youAreWelcome,
      goodbye: words.goodbye,
      chitchat: words.chitchat,
      acknowledged: words.acknowledged,
      declined: words.declined,
    }[kind];
    return this.reply(memory, notice(lang, text, `smalltalk:${kind}`));
  }

  private async answerQuestion(
    redacted: string,
    memory: ConversationMemory,
    lang: Lang,
    _turn: TurnInfo,
    options: { anyPlace?: boolean } = {},
  ): Promise<TurnOutcome> {
    memory = { ...memory, placeDeclined: undefined };
    const question = withoutPlaceholders(redacted);
    const elsewhere = options.anyPlace ? undefined : this.deps.otherPlaces?.find(question, this.deps.knowledge.retriever().knowledge.articles);
    if (elsewhere) return this.declinePlace(redacted, elsewhere, memory, lang);
    const reading = await this.reader.read(question, memory.lastArticleId);
    const { decision, also } = reading;
    const open = this.openClarification(memory);
    if (open && !memory.clarification?.onItsOwn && (asksAboutOpenOptions(decision, question) || this.eachOptionHolds(open, decision, question))) {
      return this.askWhichFor(question, open, memory, lang);
    }
    // "hoe ver is mijn aanvraag?" names no topic Loket could answer: it is about a file only a person can see.
    if (decision.kind === 'abstain' && asksAboutOwnCase(question)) {
      return this.abstain({ ...memory, clarification: undefined }, lang, { reason: 'abstain:own-case', say: 'ownCase' });
    }
    const outcome = this.onDecision(decision, question, this.askedWords(question, reading, memory), memory, lang);
    return also ? this.offerAlso(outcome, also, lang) : outcome;
  }

  /** Set in another municipality: say so, with a button for a citizen who meant here after all ("school in Ede", "bij mijn dochter in Maastricht"). */
  private declinePlace(redacted: string, place: string, memory: ConversationMemory, lang: Lang): TurnOutcome {
    const words = messages(lang, this.deps.contact);
    const askHere = { label: words.askHereButton, action: { type: 'ask-here' as const }, text: words.askHereButton };
    return this.abstain({ ...memory, clarification: undefined, placeDeclined: redacted }, lang, {
      reason: 'abstain:other-place',
      say: { text: words.otherPlace(place) },
      before: [askHere],
    });
  }

  /** "wat kost dat?" right after "Bedoelt u …?": asks which of the offered topics, then answers this question about the one chosen. */
  private askWhichFor(question: string, open: Article[], memory: ConversationMemory, lang: Lang): TurnOutcome {
    const reply = {
      ...clarificationReply(open, lang, this.deps.contact, 0),
      text: messages(lang, this.deps.contact).whichTopic,
      reason: 'clarify:which-topic',
    };
    return this.reply({ ...memory, clarification: { options: open.map((article) => article.id), question, onItsOwn: true } }, reply);
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

  /** An article most of whose own questions the safety check answers (the 112, 113 and Veilig Thuis pages). */
  private isAboutCrisis(article: Article): boolean {
    const known = this.crisisArticles.get(article);
    if (known !== undefined) return known;
    const flagged = article.questions.filter((question) => this.deps.safety.check(question)).length;
    const crisis = flagged * 2 >= article.questions.length;
    this.crisisArticles.set(article, crisis);
    return crisis;
  }

  /**
   * An emergency word can be a slip or an aside ("hond gevonde op straat",
   * "camerabeelden opvragen na een vechtpartij"): under the 112 reply, a link
   * to the article the words would get, which works whether or not a person
   * was asked to take over. Not after thoughts of suicide or abuse.
   */
  private async offerIfNoEmergency(outcome: TurnOutcome, text: string, lang: Lang): Promise<TurnOutcome> {
    const [reply, ...rest] = outcome.replies;
    if (!reply || !(await this.deps.knowledge.loaded())) return outcome;
    const { decision } = await this.reader.read(withoutPlaceholders(text), undefined);
    if (decision.kind !== 'answer' || this.isAboutCrisis(decision.best.candidate.article)) return outcome;
    const { title, url } = decision.best.candidate.article;
    return { ...outcome, replies: [{ ...reply, text: `${reply.text}\n\n${messages(lang, this.deps.contact).notAnEmergency(title, url)}` }, ...rest] };
  }

  /**
   * The words that choose the part of an article to show: those the answer
   * was found with; and for "en voor een kind?" after "wat kost een
   * paspoort?", the last question's too.
   */
  private askedWords(question: string, reading: Reading, memory: ConversationMemory): AskedWords {
    const knowledge = this.deps.knowledge.retriever().knowledge;
    const own = reading.words ?? reading.retrieval.tokens;
    const carried = continuesQuestion(question) ? questionAnsweredLast(memory.history) : undefined;
    const previous = memory.lastArticleId ? knowledge.article(memory.lastArticleId) : undefined;
    if (!carried || !previous) return { own, carried: [] };
    // What the last question asked about its topic: "kost" in "wat kost een kapvergunning", not "kapvergunning".
    const topic = new Set(knowledge.lexical.headingTerms(previous.title));
    return { own, carried: knowledge.lexical.tokens(carried).filter((token) => !token.whole.some((term) => topic.has(term))) };
  }

  private onDecision(decision: Decision, question: string, words: AskedWords, memory: ConversationMemory, lang: Lang): TurnOutcome {
    const base = { ...memory, clarification: undefined };
    if (decision.kind === 'abstain' && decision.notIn) return this.notInArticle(base, lang, decision.notIn);
    if (decision.kind === 'abstain' && decision.noTopic)
      return this.abstain(base, lang, { reason: 'abstain:no-topic', confidence: decision.best?.confidence, say: 'askTopic' });
    if (decision.kind === 'abstain' && decision.suggestions) return this.suggest(base, question, lang, decision.suggestions, decision.best?.confidence);
    if (decision.kind === 'abstain') return this.abstain(base, lang, { reason: 'abstain:low-confidence', confidence: decision.best?.confidence });
    if (decision.kind === 'clarify') {
      const options = decision.options.map((option) => option.candidate.article);
      const reply = clarificationReply(options, lang, this.deps.contact, decision.options[0].confidence);
      return this.reply({ ...base, clarification: { options: options.map((article) => article.id), question } }, reply);
    }
    return this.answer(decision.best, words, base, lang);
  }

  private answer(best: ScoredCandidate, words: AskedWords, memory: ConversationMemory, lang: Lang, reason?: string): TurnOutcome {
    const lexical = this.deps.knowledge.retriever().knowledge.lexical;
    const reply = composeAnswer({
      candidate: best.candidate,
      tokens: words.own,
      carried: words.carried,
      headingTerms: (heading) => lexical.headingTerms(heading),
      textStems: (text) => lexical.textStems(text),
      spread: (token) => lexical.spread(token),
      lang,
      contact: this.deps.contact,
      confidence: best.confidence,
    });
    return this.reply({ ...memory, lastArticleId: best.candidate.article.id, misses: 0 }, reason ? { ...reply, reason } : reply);
  }

  /** Answers one named article (a chosen option), with the part the question asks about or the core steps. */
  private answerArticle(articleId: string, memory: ConversationMemory, lang: Lang): TurnOutcome {
    const article = this.deps.knowledge.retriever().knowledge.article(articleId);
    if (!article) return this.abstain({ ...memory, clarification: undefined }, lang, { reason: 'clarify:none' });
    const candidate = certainCandidate(article);
    // The question the options were offered for ("wat kost een paspoort of een hond"), or one asked while they were open
    // ("wat kost dat?"), picks the section of the chosen article.
    const question = memory.clarification?.question ?? '';
    const tokens = question ? this.deps.knowledge.retriever().knowledge.lexical.tokens(question) : [];
    // Logged as chosen: the editors' inbox shows it with the question the citizen could not get answered.
    return this.answer({ candidate, confidence: 1 }, { own: tokens, carried: [] }, { ...memory, clarification: undefined }, lang, CHOSEN_ANSWER);
  }

  private async onAction(action: CitizenAction, memory: ConversationMemory, lang: Lang, turn: TurnInfo): Promise<TurnOutcome> {
    const words = messages(lang, this.deps.contact);
    switch (action.type) {
      case 'choose':
        if (!(await this.deps.knowledge.loaded())) return this.starting(memory, lang);
        return action.articleId
          ? this.answerArticle(action.articleId, memory, lang)
          : this.abstain({ ...memory, clarification: undefined }, lang, { reason: 'clarify:none' });
      case 'feedback':
        if (action.why) return this.reply(memory, notice(lang, words.thanksForWhy, `feedback:${action.why}`));
        return action.helpful
          ? this.reply({ ...memory, notHelpful: 0 }, notice(lang, words.thanksForFeedback, 'feedback:helpful'))
          : this.notHelpful(memory, lang, action.articleId);
      case 'erase':
        return action.confirm
          ? this.erase(memory, lang)
          : this.reply({ ...memory, eraseAsked: undefined }, notice(lang, words.eraseCancelled, 'erase:cancelled'));
      case 'language':
        return this.reply({ ...memory, lang: action.lang }, notice(action.lang, messages(action.lang, this.deps.contact).languageSwitched, 'language'));
      case 'handover':
        return this.handover.connect(action.reason ?? memory.offer?.reason ?? 'requested', memory, lang, turn, memory.offer?.detail);
      case 'decline':
      case 'cancel-handover':
        return this.handover.declined(memory, lang);
      case 'callback':
        return this.handover.startCallback(memory, lang, action.method);
      case 'ask-here':
        return this.askHere(memory, lang, turn);
    }
  }

  /** "Verkeerd antwoord" typed after an answer: recorded as the rating, and the citizen gets the way on, as with the button. */
  private async typedFeedback(feedback: NonNullable<TurnOutcome['feedback']>, memory: ConversationMemory, lang: Lang): Promise<TurnOutcome> {
    const base = { ...memory, clarification: undefined };
    if (!feedback.why) return { ...(await this.notHelpful(base, lang, feedback.articleId)), feedback };
    const words = messages(lang, this.deps.contact);
    const reply = {
      ...notice(lang, words.sorryNotHelpful, `feedback:${feedback.why}`),
      handover: 'offered' as const,
      suggestions: [this.handoverButton(lang)],
    };
    return { ...this.reply({ ...base, notHelpful: (memory.notHelpful ?? 0) + 1 }, reply), feedback };
  }

  /** Asks why in one tap (for the editors); a second "not helpful" in a row offers a person. */
  private async notHelpful(memory: ConversationMemory, lang: Lang, articleId: string): Promise<TurnOutcome> {
    const count = (memory.notHelpful ?? 0) + 1;
    const words = messages(lang, this.deps.contact);
    const why = FEEDBACK_WHY.map((reason) => ({
      label: words.why[reason],
      action: { type: 'feedback' as const, helpful: false, articleId, why: reason },
      text: words.why[reason],
    }));
    const outcome = this.reply(
      { ...memory, notHelpful: count },
      {
        ...notice(lang, `${words.sorryNotHelpful}\n\n${words.whyNotHelpful}`, 'feedback:not-helpful'),
        handover: 'offered',
        suggestions: [...why, this.handoverButton(lang)],
      },
    );
    if (count < 2) return outcome;
    return this.addOffer(outcome, 'not-helpful', handoverMessages(lang, this.deps.contact).offerAfterNotHelpful, lang);
  }

  /** "verwijder mijn gegevens" asks to confirm; "ja" after that erases, anything else carries on. */
  private onErasureText(text: string, memory: ConversationMemory, lang: Lang): TurnOutcome | undefined {
    if (memory.eraseAsked) {
      const answer = this.handover.readOfferAnswer(text);
      if (answer === 'yes') return this.erase(memory, lang);
      if (answer === 'no')
        return this.reply({ ...memory, eraseAsked: undefined }, notice(lang, messages(lang, this.deps.contact).eraseCancelled, 'erase:cancelled'));
    }
    if (!isErasureRequest(text)) return undefined;
    const words = messages(lang, this.deps.contact);
    return this.reply(
      { ...memory, eraseAsked: true, offer: undefined, clarification: undefined },
      {
        ...notice(lang, words.eraseAsk, 'erase:asked'),
        suggestions: [
          { label: words.eraseYes, action: { type: 'erase', confirm: true }, text: words.eraseYes },
          { label: words.eraseNo, action: { type: 'erase', confirm: false }, text: words.eraseNo },
        ],
      },
    );
  }

  /** Forgets the conversation: a fresh memory here, and the edge erases the log and stored state. */
  private erase(memory: ConversationMemory, lang: Lang): TurnOutcome {
    const fresh: ConversationMemory = { ...EMPTY_MEMORY, lang, ...(memory.handoverId ? { handoverId: memory.handoverId } : {}) };
    return { replies: [notice(lang, messages(lang, this.deps.contact).erased, 'erase:done')], memory: fresh, erase: true };
  }

  /** A citizen who asks for a person is asked to confirm, or told at once when nobody can join. */
  private async offerHuman(memory: ConversationMemory, lang: Lang): Promise<TurnOutcome> {
    const addendum = await this.handover.offer('requested', lang, handoverMessages(lang, this.deps.contact).offer);
    const reply: Reply = {
      kind: 'handover',
      lang,
      text: `${messages(lang, this.deps.contact).handoverRequested} ${addendum.text}`,
      handover: 'offered',
      // Nobody can join (no contact centre, closed, no agent online): the log must say so, not "offered".
      reason: addendum.offer ? 'handover:requested' : 'handover:unavailable',
      ...(addendum.suggestions.length > 0 ? { suggestions: addendum.suggestions } : {}),
    };
    return this.reply({ ...memory, ...(addendum.offer ? { offer: addendum.offer } : {}) }, reply);
  }

  /**
   * The other triggers, added to the turn's own reply: clear anger or
   * distress, a second miss in a row, and articles that editors marked as
   * sensitive (`handover: always`; `offer` only mentions the possibility).
   */
  private async offerWhenNeeded(outcome: TurnOutcome, text: string, lang: Lang): Promise<TurnOutcome> {
    const last = outcome.replies[outcome.replies.length - 1];
    if (!last) return outcome;
    const words = handoverMessages(lang, this.deps.contact);
    const article = last.kind === 'answer' && last.source ? this.deps.knowledge.retriever().knowledge.article(last.source.articleId) : undefined;
    let trigger: { reason: HandoverReason; intro: string; detail?: string } | undefined;
    const distress = this.deps.distress.check(text);
    if (distress) trigger = { reason: 'distress', intro: words.offerDistress, detail: distress.kind };
    else if (last.kind === 'abstain' && outcome.memory.misses >= 2) trigger = { reason: 'repeated-failure', intro: words.offerAfterMisses };
    else if (article?.handover === 'always') trigger = { reason: 'sensitive-topic', intro: words.offerSensitive, detail: article.id };
    else if (article?.handover === 'offer') outcome.replies[outcome.replies.length - 1] = { ...last, text: `${last.text}\n\n${words.sensitiveMention}` };
    if (!trigger) return outcome;
    return this.addOffer(outcome, trigger.reason, trigger.intro, lang, trigger.detail);
  }

  private async addOffer(outcome: TurnOutcome, reason: HandoverReason, intro: string, lang: Lang, detail?: string): Promise<TurnOutcome> {
    const addendum = await this.handover.offer(reason, lang, intro, detail);
    const replies = [...outcome.replies];
    replies[replies.length - 1] = withOffer(replies[replies.length - 1] as Reply, addendum, messages(lang, this.deps.contact).talkToEmployee);
    return { ...outcome, replies, memory: { ...outcome.memory, ...(addendum.offer ? { offer: addendum.offer } : {}) } };
  }

  /** Not answering: says why, with the way to a person and whatever else helps the citizen on. */
  private abstain(memory: ConversationMemory, lang: Lang, how: NotAnswering): TurnOutcome {
    const { reason, confidence, say = 'notUnderstood', choices, before = [] } = how;
    const reply: Reply = {
      kind: 'abstain',
      lang,
      text: typeof say === 'string' ? messages(lang, this.deps.contact)[say] : say.text,
      handover: 'offered',
      ...(choices ? { choices } : {}),
      suggestions: [...before, this.handoverButton(lang)],
      reason,
      ...(confidence === undefined ? {} : { confidence }),
    };
    return this.reply({ ...memory, misses: memory.misses + 1 }, reply);
  }

  /**
   * Not sure enough to answer, but some articles are likely: Loket still says
   * it does not know, and offers them as topics to choose. Kept open like
   * "Bedoelt u …?", so a typed choice ("de eerste") works too.
   */
  private suggest(memory: ConversationMemory, question: string, lang: Lang, suggestions: ScoredCandidate[], confidence?: number): TurnOutcome {
    const articles = suggestions.map((option) => option.candidate.article);
    const opened = { ...memory, clarification: { options: articles.map((article) => article.id), question, onItsOwn: true as const } };
    return this.abstain(opened, lang, {
      reason: 'abstain:suggested',
      confidence,
      say: { text: messages(lang, this.deps.contact).suggest },
      choices: topicButtons(articles),
    });
  }

  /** A question about the last answer that its article says nothing about: say so, with the page and the way to a person. */
  private notInArticle(memory: ConversationMemory, lang: Lang, articleId: string): TurnOutcome {
    const article = this.deps.knowledge.retriever().knowledge.article(articleId);
    if (!article) return this.abstain(memory, lang, { reason: 'abstain:no-topic', say: 'askTopic' });
    return this.abstain(memory, lang, {
      reason: 'abstain:not-in-article',
      say: { text: messages(lang, this.deps.contact).notInArticle(article.title, article.url) },
    });
  }

  /** Still building the index: say so, with the way to a person, instead of "something went wrong". */
  private starting(memory: ConversationMemory, lang: Lang): TurnOutcome {
    const reply = {
      ...notice(lang, messages(lang, this.deps.contact).starting, 'starting'),
      handover: 'offered' as const,
      suggestions: [this.handoverButton(lang)],
    };
    return this.reply(memory, reply);
  }

  private notice(problem: InputProblem, lang: Lang): Reply {
    const words = messages(lang, this.deps.contact);
    const text = { attachment: words.attachment, empty: words.empty, 'only-emoji': words.onlyEmoji, 'too-long': words.tooLong(this.deps.maxMessageLength) }[
      problem
    ];
    return notice(lang, text, `input:${problem}`);
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

  private handoverButton(lang: Lang) {
    return handoverButton(lang, this.deps.contact);
  }

  private reply(memory: ConversationMemory, reply: Reply): TurnOutcome {
    return { replies: [reply], memory };
  }
}

function notice(lang: Lang, text: string, reason: string): Reply {
  return { kind: 'notice', lang, text, reason };
}

function citizenRecord(message: CitizenMessage, text: string): TurnRecord {
  const said = text || (message.action ? `[${message.action.type}]` : '');
  return { from: 'citizen', text: said.slice(0, HISTORY_TEXT), at: Date.now() };
}

function botRecord(reply: Reply): TurnRecord {
  const offered = (reply.choices ?? []).filter(isArticleChoice).map((choice) => choice.label);
  return {
    from: 'bot',
    text: reply.text.slice(0, HISTORY_TEXT),
    at: Date.now(),
    kind: reply.kind,
    ...(reply.source ? { articleTitle: reply.source.title } : {}),
    ...(offered.length > 0 ? { offered } : {}),
  };
}

/**
 * The citizen's question that the last reply answered, when the last reply
 * was an answer; the history ends with the message being read now.
 */
function questionAnsweredLast(history: TurnRecord[] | undefined): string | undefined {
  const earlier = (history ?? []).slice(0, -1);
  const asked = earlier.findLastIndex((record) => record.from === 'citizen');
  if (asked < 0 || earlier.at(-1)?.kind !== 'answer') return undefined;
  return withoutPlaceholders(earlier[asked]?.text ?? '');
}

/** Keeps the last turns only: enough for an agent's context, little to store. */
function remember(memory: ConversationMemory, ...records: TurnRecord[]): ConversationMemory {
  return { ...memory, history: [...(memory.history ?? []), ...records].slice(-HISTORY_TURNS * 2) };
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
