import { Article } from '../knowledge/articles/article';
import { QueryToken } from '../knowledge/text/analyzer';
import { sentencesOf } from '../knowledge/text/sentences';
import { HybridRetriever, Retrieval } from '../knowledge/retrieval/hybridRetriever';
import { AnswerPolicySettings, decide, questionMatch, ScoredCandidate } from './answerPolicy';
import { looksLikeFollowUp } from './followUp';
import { splitQuestions } from './secondQuestion';
import { TopicWords } from './topicWords';

export interface SearchDeps {
  /** The current retriever; it changes when the knowledge index is rebuilt. */
  knowledge: { retriever(): HybridRetriever };
  policy: AnswerPolicySettings;
}

/** A part of a message read on its own: its answer, and the search it rests on. */
export interface PartReading {
  decision: { kind: 'answer'; best: ScoredCandidate };
  retrieval: Retrieval;
  also?: Article;
}

/**
 * Reads the parts of a message that holds more than one thing: two
 * questions, or a story with the question in one of its sentences. Each
 * part is searched on its own and kept only when it has a clear answer.
 */
export class MessageParts {
  constructor(
    private readonly deps: SearchDeps,
    /** Which words name a topic, for the index in use now. */
    private readonly topicWords: () => TopicWords,
  ) {}

  /**
   * "hoe vraag ik een paspoort aan en wat kost een rijbewijs": when each part
   * has a clear answer of its own, the first is answered and the second
   * offered, so neither is lost and no answer mixes the two.
   */
  async twoQuestions(text: string): Promise<PartReading | undefined> {
    const parts = splitQuestions(text);
    // "… en hoe lang duurt het?" asks more about the same topic.
    if (!parts || looksLikeFollowUp(parts.second)) return undefined;
    const [first, second] = await Promise.all([this.ownAnswer(parts.first), this.ownAnswer(parts.second)]);
    if (!first || !second || first.best.candidate.article.id === second.best.candidate.article.id) return undefined;
    return { decision: { kind: 'answer', best: first.best }, retrieval: first.retrieval, also: second.best.candidate.article };
  }

  /**
   * "Ik ben 67 en woon alleen. Hoe vraag ik een parkeerkaart aan?": what comes
   * before the question says who asks, and its words can hide the topic.
   * When the whole message has no answer, its question (`questionAt`) is read
   * alone, if it names a topic and the other sentences have no word the
   * knowledge base lacks: such a word says the question is about something
   * else ("Ik heb een vraag over mijn zorgverzekering. Kan ik in termijnen betalen?").
   */
  async askingSentence(text: string): Promise<PartReading | undefined> {
    const parts = questionAmong(text);
    if (!parts) return undefined;
    const { question, story } = parts;
    const lexical = this.deps.knowledge.retriever().knowledge.lexical;
    // A number ("ik ben 67") is no topic.
    if (lexical.tokens(story.join(' ')).some((token) => lexical.spread(token) === 0 && !/^\d+$/.test(token.word))) return undefined;
    const own = await this.ownAnswer(question);
    if (!own || this.topicWords().nameNone(own.retrieval.tokens)) return undefined;
    return { decision: { kind: 'answer', best: own.best }, retrieval: own.retrieval };
  }

  /**
   * "Wat is het telefoonnummer van de gemeente? Ik ben het nummer kwijt.": the
   * question is one its article lists, but the story's words ("kwijt") pull
   * the whole message to another article (lost pets). A question an article's
   * author wrote for it, asked nearly word for word, says what is asked.
   */
  async listedSentence(text: string, answeredFrom: string): Promise<PartReading | undefined> {
    const question = questionAmong(text)?.question;
    if (question === undefined) return undefined;
    const own = await this.ownAnswer(question);
    if (!own || own.best.candidate.article.id === answeredFrom || questionMatch(own.best.candidate, this.deps.policy) === 0) return undefined;
    return { decision: { kind: 'answer', best: own.best }, retrieval: own.retrieval };
  }

  /** The answer a part of a message has on its own words, if it has a clear one. */
  private async ownAnswer(part: string): Promise<{ best: ScoredCandidate; retrieval: Retrieval } | undefined> {
    const retrieval = await this.deps.knowledge.retriever().retrieve(part);
    const decision = decide(retrieval, this.deps.policy);
    return decision.kind === 'answer' && belongsTo(this.deps, retrieval.tokens, decision.best.candidate.article.id, false)
      ? { best: decision.best, retrieval }
      : undefined;
  }
}

/** Whether the question's own words are found in the article it would be answered from. */
export function belongsTo(deps: SearchDeps, tokens: QueryToken[], articleId: string, pointsBack: boolean): boolean {
  const lexical = deps.knowledge.retriever().knowledge.lexical;
  const { followUpCoverage, pointingBackCoverage } = deps.policy;
  return lexical.coverage(tokens, articleId) >= (pointsBack ? pointingBackCoverage : followUpCoverage);
}

/** The question of a message of several sentences (`questionAt`) and the others, the story; none when it is only one sentence. */
function questionAmong(text: string): { question: string; story: string[] } | undefined {
  const sentences = sentencesOf(text, { colonEnds: true });
  const at = questionAt(sentences);
  const question = sentences[at];
  // "Ik verkoop kaas. Is daar ondersteuning voor?" asks about what the sentences before it say, not for informal care.
  if (sentences.length < 2 || question === undefined || looksLikeFollowUp(question)) return undefined;
  return { question, story: sentences.filter((_, index) => index !== at) };
}

/**
 * Which sentence is the question: the last that asks ("Moet de vader
 * toestemming geven voor de id-kaart? We zijn gescheiden."), else the last
 * that does not tell about the asker ("Bijstand aanvragen. Ik heb twee
 * kinderen."), else the last.
 */
function questionAt(sentences: string[]): number {
  const asking = sentences.findLastIndex((sentence) => sentence.endsWith('?'));
  if (asking >= 0) return asking;
  const topic = sentences.findLastIndex((sentence) => !ABOUT_THE_ASKER.test(sentence));
  return topic >= 0 ? topic : sentences.length - 1;
}

/** A sentence that opens with the one who writes: "Ik heb twee kinderen", "We wonen hier pas", "My son is 9". */
const ABOUT_THE_ASKER = /^(?:ik|wij|we|mijn|onze|ons|i|my|our)\b/iu;
