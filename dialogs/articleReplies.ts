import { certainCandidate, HybridRetriever } from '../knowledge/retrieval/hybridRetriever';
import { QueryToken } from '../knowledge/text/analyzer';
import { composeAnswer } from './answerComposer';
import { ScoredCandidate } from './answerPolicy';
import { CHOSEN_ANSWER } from './clarification';
import { continuesQuestion } from './followUp';
import { ContactDetails, messages } from './messages';
import { NotAnswering } from './notAnswering';
import { Reading } from './questionReader';
import { notice, single } from './replies';
import { ANSWER_IN_OTHER_LANGUAGE, smallTalkReply } from './smallTalk';
import { questionAnsweredLast } from './turnHistory';
import { ConversationMemory, Lang, TurnOutcome } from './types';

/** A question's words, and those of the question it completes ("en voor een kind?"). */
export interface AskedWords {
  own: QueryToken[];
  carried: QueryToken[];
}

/**
 * Replies made from one known article: the answer to a question, the option
 * a citizen chose, the same answer in the other language, and the page it
 * came from. What to answer is decided before; this is how.
 */
export class ArticleReplies {
  constructor(
    /** The current index's retriever: it changes when the index is rebuilt. */
    private readonly knowledge: { retriever(): HybridRetriever },
    private readonly contact: ContactDetails,
    private readonly notAnswering: NotAnswering,
  ) {}

  answer(best: ScoredCandidate, words: AskedWords, memory: ConversationMemory, lang: Lang, reason?: string): TurnOutcome {
    const lexical = this.knowledge.retriever().knowledge.lexical;
    const reply = composeAnswer({
      candidate: best.candidate,
      tokens: words.own,
      carried: words.carried,
      headingTerms: (heading) => lexical.headingTerms(heading),
      textStems: (text) => lexical.textStems(text),
      spread: (token) => lexical.spread(token),
      lang,
      contact: this.contact,
      confidence: best.confidence,
    });
    return single({ ...memory, lastArticleId: best.candidate.article.id, misses: 0 }, reason ? { ...reply, reason } : reply);
  }

  /** Answers one named article (a chosen option), with the part the question asks about or the core steps. */
  chosen(articleId: string, memory: ConversationMemory, lang: Lang): TurnOutcome {
    const knowledge = this.knowledge.retriever().knowledge;
    const article = knowledge.article(articleId);
    if (!article) return this.notAnswering.abstain({ ...memory, clarification: undefined }, lang, { reason: 'clarify:none' });
    // The question the options were offered for ("wat kost een paspoort of een hond"), or one asked while they were open
    // ("wat kost dat?"), picks the section of the chosen article.
    const question = memory.clarification?.question ?? '';
    const tokens = question ? knowledge.lexical.tokens(question) : [];
    // Logged as chosen: the editors' inbox shows it with the question the citizen could not get answered.
    const best = { candidate: certainCandidate(article), confidence: 1 };
    return this.answer(best, { own: tokens, carried: [] }, { ...memory, clarification: undefined }, lang, CHOSEN_ANSWER);
  }

  /** "in English please?" or "in het Nederlands graag" right after an answer: says yes, and gives that answer again in that language. */
  againIn(asked: 'english' | 'dutch', articleId: string, memory: ConversationMemory): TurnOutcome {
    const switched = smallTalkReply(asked, { ...memory, clarification: undefined }, memory.lang ?? 'nl', this.contact);
    const lang = switched.memory.lang ?? 'nl';
    const article = this.knowledge.retriever().knowledge.article(articleId);
    if (!article) return switched;
    const best = { candidate: certainCandidate(article), confidence: 1 };
    const answer = this.answer(best, { own: [], carried: [] }, switched.memory, lang, ANSWER_IN_OTHER_LANGUAGE);
    return { ...answer, replies: [...switched.replies, ...answer.replies] };
  }

  /** "waar staat dat op de website?" right after an answer: the page it came from; the conversation stays on that topic. */
  page(articleId: string, memory: ConversationMemory, lang: Lang): TurnOutcome {
    const article = this.knowledge.retriever().knowledge.article(articleId);
    if (!article) return this.notAnswering.abstain({ ...memory, clarification: undefined }, lang, { reason: 'abstain:no-topic', say: 'askTopic' });
    return single(memory, notice(lang, messages(lang, this.contact).wholePage(article.title, article.url), 'smalltalk:source'));
  }

  /**
   * The words that choose the part of an article to show: those the answer
   * was found with; and for "en voor een kind?" after "wat kost een
   * paspoort?", the last question's too.
   */
  askedWords(question: string, reading: Reading, memory: ConversationMemory): AskedWords {
    const knowledge = this.knowledge.retriever().knowledge;
    const own = reading.words ?? reading.retrieval.tokens;
    const carried = continuesQuestion(question) ? questionAnsweredLast(memory.history) : undefined;
    const previous = memory.lastArticleId ? knowledge.article(memory.lastArticleId) : undefined;
    if (!carried || !previous) return { own, carried: [] };
    // What the last question asked about its topic: "kost" in "wat kost een kapvergunning", not "kapvergunning".
    const topic = new Set(knowledge.lexical.headingTerms(previous.title));
    return { own, carried: knowledge.lexical.tokens(carried).filter((token) => !token.whole.some((term) => topic.has(term))) };
  }
}
