import { Article } from '../knowledge/articles/article';
import { HybridRetriever, Retrieval } from '../knowledge/retrieval/hybridRetriever';
import { detectLanguage } from '../knowledge/text/detectLanguage';
import { composeAnswer, handoverButton } from './answerComposer';
import { AnswerPolicySettings, decide, Decision, ScoredCandidate } from './answerPolicy';
import { clarificationReply, readChoice } from './clarification';
import { looksLikeFollowUp } from './followUp';
import { HandoverDesk } from './handoverDesk';
import { guardInput, InputProblem } from './inputGuard';
import { ContactDetails, messages } from './messages';
import { redactPersonalData } from './privacy/redactPersonalData';
import { safetyReply } from './safety/crisisReplies';
import { SafetyCheck } from './safety/safetyCheck';
import { recogniseSmallTalk } from './smallTalk';
import { CitizenAction, CitizenMessage, ConversationMemory, Lang, Reply, TurnOutcome } from './types';

/** Gives the current retriever; it changes when the knowledge index is rebuilt. */
export interface KnowledgeAccess {
  retriever(): HybridRetriever;
}

export interface ConversationFlowDeps {
  knowledge: KnowledgeAccess;
  policy: AnswerPolicySettings;
  contact: ContactDetails;
  safety: SafetyCheck;
  handoverDesk: HandoverDesk;
  maxMessageLength: number;
}

export interface TurnInfo {
  conversationId: string;
  channelId: string;
}

/**
 * One citizen turn, as a pipeline of small steps: input guard → button
 * actions → crisis and safety → human request → open clarification → small
 * talk → retrieve → answer, clarify or abstain. Plain TypeScript over Loket's
 * own types; the channel adapter translates activities to and from these.
 */
export class ConversationFlow {
  constructor(private readonly deps: ConversationFlowDeps) {}

  async respond(message: CitizenMessage, memory: ConversationMemory, turn: TurnInfo): Promise<TurnOutcome> {
    const lang0 = preferredLanguage(undefined, message.locale, memory.lang);
    if (message.action) return this.onAction(message.action, memory, lang0, turn);
    const input = guardInput(message.text, message.attachmentCount, this.deps.maxMessageLength);
    if (input.problem && !input.text) return this.reply(memory, this.notice(input.problem, lang0));
    // Personal data never goes further than this line: not into search, memory or logs.
    const text = redactPersonalData(input.text).text;
    const lang = preferredLanguage(detectLanguage(text), message.locale, memory.lang);
    const outcome = await this.onText(text, { ...memory, lang }, lang, turn);
    // A file sent with a question: answer the question, and say why the file was not looked at.
    if (input.problem) outcome.replies.unshift(this.notice(input.problem, lang));
    return outcome;
  }

  private async onText(text: string, memory: ConversationMemory, lang: Lang, turn: TurnInfo): Promise<TurnOutcome> {
    const signal = this.deps.safety.check(text);
    if (signal) return this.reply({ ...memory, clarification: undefined }, safetyReply(signal, lang, this.deps.contact, [this.handoverButton(lang)]));
    const open = this.openClarification(memory);
    if (open) {
      const choice = readChoice(text, open);
      if (choice.kind === 'chosen') return this.answerArticle(choice.articleId, memory, lang);
      if (choice.kind === 'none') return this.abstain({ ...memory, clarification: undefined }, lang, 'clarify:none');
    }
    const smallTalk = recogniseSmallTalk(text);
    if (smallTalk) {
      const words = messages(lang, this.deps.contact);
      return this.reply(
        { ...memory, clarification: undefined },
        notice(lang, smallTalk === 'greeting' ? words.greeting : words.youAreWelcome, `smalltalk:${smallTalk}`),
      );
    }
    return this.answerQuestion(text, memory, lang, turn);
  }

  private async answerQuestion(text: string, memory: ConversationMemory, lang: Lang, _turn: TurnInfo): Promise<TurnOutcome> {
    const retriever = this.deps.knowledge.retriever();
    let retrieval = await retriever.retrieve(text);
    let decision = decide(retrieval, this.deps.policy);
    const previous = memory.lastArticleId ? retriever.knowledge.article(memory.lastArticleId) : undefined;
    if (previous && (decision.kind !== 'answer' || looksLikeFollowUp(text))) {
      // A follow-up ("en wat kost dat?") only makes sense with the topic of the last answer.
      const contextual = await retriever.retrieve(`${text} ${previous.title}`);
      const contextualDecision = decide(contextual, this.deps.policy);
      if (contextualDecision.kind === 'answer') {
        retrieval = contextual;
        decision = contextualDecision;
      }
    }
    return this.onDecision(decision, retrieval, memory, lang);
  }

  private onDecision(decision: Decision, retrieval: Retrieval, memory: ConversationMemory, lang: Lang): TurnOutcome {
    const base = { ...memory, clarification: undefined };
    if (decision.kind === 'abstain') return this.abstain(base, lang, 'abstain:low-confidence', decision.best?.confidence);
    if (decision.kind === 'clarify') {
      const options = decision.options.map((option) => option.candidate.article);
      const reply = clarificationReply(options, lang, this.deps.contact, decision.options[0].confidence);
      return this.reply({ ...base, clarification: { options: options.map((article) => article.id) } }, reply);
    }
    return this.answer(decision.best, retrieval, base, lang);
  }

  private answer(best: ScoredCandidate, retrieval: Retrieval, memory: ConversationMemory, lang: Lang): TurnOutcome {
    const lexical = this.deps.knowledge.retriever().knowledge.lexical;
    const reply = composeAnswer({
      candidate: best.candidate,
      tokens: retrieval.tokens,
      headingTerms: (heading) => lexical.headingTerms(heading),
      lang,
      contact: this.deps.contact,
      confidence: best.confidence,
    });
    return this.reply({ ...memory, lastArticleId: best.candidate.article.id, misses: 0 }, reply);
  }

  /** Answers one named article (a chosen clarification option), with the core steps. */
  private answerArticle(articleId: string, memory: ConversationMemory, lang: Lang): TurnOutcome {
    const article = this.deps.knowledge.retriever().knowledge.article(articleId);
    if (!article) return this.abstain({ ...memory, clarification: undefined }, lang, 'clarify:none');
    const candidate = { article, fused: 0, lexicalScore: 0, coverage: 1, similarity: 1, passages: [] };
    return this.answer({ candidate, confidence: 1 }, { query: '', tokens: [], candidates: [candidate] }, { ...memory, clarification: undefined }, lang);
  }

  private async onAction(action: CitizenAction, memory: ConversationMemory, lang: Lang, turn: TurnInfo): Promise<TurnOutcome> {
    const words = messages(lang, this.deps.contact);
    switch (action.type) {
      case 'choose':
        return action.articleId
          ? this.answerArticle(action.articleId, memory, lang)
          : this.abstain({ ...memory, clarification: undefined }, lang, 'clarify:none');
      case 'feedback':
        return action.helpful
          ? this.reply(memory, notice(lang, words.thanksForFeedback, 'feedback:helpful'))
          : this.reply(memory, {
              ...notice(lang, words.sorryNotHelpful, 'feedback:not-helpful'),
              handover: 'offered',
              suggestions: [this.handoverButton(lang)],
            });
      case 'language':
        return this.reply({ ...memory, lang: action.lang }, notice(action.lang, messages(action.lang, this.deps.contact).languageSwitched, 'language'));
      case 'handover':
        return this.handover(memory, lang, turn);
    }
  }

  private async handover(memory: ConversationMemory, lang: Lang, turn: TurnInfo): Promise<TurnOutcome> {
    const result = await this.deps.handoverDesk.request({ conversationId: turn.conversationId, channelId: turn.channelId, reason: 'requested' });
    const words = messages(lang, this.deps.contact);
    if (result.status === 'unavailable')
      return this.reply(memory, { kind: 'handover', lang, text: words.handoverUnavailable, handover: 'offered', reason: 'handover:unavailable' });
    return this.reply(memory, { kind: 'handover', lang, text: words.handoverOffer, handover: 'started', reason: 'handover:queued' });
  }

  private abstain(memory: ConversationMemory, lang: Lang, reason: string, confidence?: number): TurnOutcome {
    const reply: Reply = {
      kind: 'abstain',
      lang,
      text: messages(lang, this.deps.contact).notUnderstood,
      handover: 'offered',
      suggestions: [this.handoverButton(lang)],
      reason,
      ...(confidence === undefined ? {} : { confidence }),
    };
    return this.reply({ ...memory, misses: memory.misses + 1 }, reply);
  }

  private notice(problem: InputProblem, lang: Lang): Reply {
    const words = messages(lang, this.deps.contact);
    const text = { attachment: words.attachment, empty: words.empty, 'only-emoji': words.onlyEmoji, 'too-long': words.tooLong(this.deps.maxMessageLength) }[
      problem
    ];
    return notice(lang, text, `input:${problem}`);
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

/** The text's own language first, then the channel's locale, then what the conversation used before. */
export function preferredLanguage(detected: Lang | undefined, locale: string | undefined, remembered: Lang | undefined): Lang {
  if (detected) return detected;
  if (locale) return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
  return remembered ?? 'nl';
}
