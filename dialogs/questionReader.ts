import { Article } from '../knowledge/articles/article';
import { KnowledgeIndex } from '../knowledge/index/knowledgeIndex';
import { QueryToken } from '../knowledge/text/analyzer';
import { asksWhereToGetRidOf } from '../knowledge/text/questionOnlyWords';
import { Retrieval } from '../knowledge/retrieval/hybridRetriever';
import { decide, Decision, followUpDecision, questionMatch, ScoredCandidate, scoreCandidates } from './answerPolicy';
import { asksOfIt, continuesQuestion, looksLikeFollowUp } from './followUp';
import { TopicWords } from './topicWords';
import { belongsTo, MessageParts, SearchDeps } from './messageParts';
import { namesAPerson } from './storyPeople';
import { asksSomething } from './questionWords';
import { wordsOf } from '../knowledge/text/normalize';

/** The current retriever and the answer policy. */
export type QuestionReaderDeps = SearchDeps;

/** Coverage that counts as holding every word (the IDF-weighted share is a float). */
const WHOLLY = 0.99;
/** An answer probability that counts as all but certain. */
const SURE = 0.9;
/** A difference in coverage this small is that of a word nearly every article has. */
const NEXT_TO_NOTHING = 0.05;

/** What Loket makes of a question: the decision, the search it rests on, and a second question's article to offer. */
export interface Reading {
  decision: Decision;
  retrieval: Retrieval;
  also?: Article;
  /**
   * The words that say which part of the answer's article is asked about,
   * when they are not the search's: a follow-up searched with the last
   * answer's title but answered from another article (ID card after a
   * licence) asks about that article in its own words only.
   */
  words?: QueryToken[];
}

/**
 * Reads one question in its conversation: searches it, reads a follow-up
 * with the last answer's topic when its own words fit that topic, and
 * separates two questions asked in one message.
 */
export class QuestionReader {
  /** Per index: a rebuilt index gets its own. */
  private readonly topicWordsOf = new WeakMap<KnowledgeIndex, TopicWords>();

  private readonly parts: MessageParts;

  constructor(private readonly deps: QuestionReaderDeps) {
    this.parts = new MessageParts(deps, () => this.topicWords());
  }

  async read(text: string, lastArticleId: string | undefined): Promise<Reading> {
    const whole = (await this.parts.twoQuestions(text)) ?? (await this.inContext(text, lastArticleId));
    const reading =
      whole.decision.kind === 'abstain' && !whole.decision.notIn ? ((await this.parts.askingSentence(text)) ?? whole) : await this.listedFirst(text, whole);
    const { decision, retrieval } = reading;
    if (retrieval.query !== text) return reading;
    const best = firstOf(decision);
    // A question its article lists ("telefoonnummer gemeente") has the topic its author gave it.
    const listed = best !== undefined && questionMatch(best.candidate, this.deps.policy) > 0;
    // Common words can name a topic together: "wat als ik het niet in een keer kan betalen?" is all but certainly the payment
    // plan, whose article holds every word.
    const namesNone = !listed && !asksWhereToGetRidOf(text) && !this.isSureOfAll(decision) && this.topicWords().nameNone(retrieval.tokens);
    // "kan dat online?" right after an answer whose article does not say "online": that article is what it is about, not "which topic?".
    if (namesNone && lastArticleId && this.holdsLittleOf(retrieval, lastArticleId)) {
      return { decision: { kind: 'abstain', ...(best ? { best } : {}), noTopic: true, notIn: lastArticleId }, retrieval };
    }
    // "welke papieren moet ik meenemen?" right after an answer whose article holds most of it: asked about that article
    // (a message that points back, "en als die …", was read with it already).
    if (namesNone && lastArticleId && !looksLikeFollowUp(text))
      return (await this.withLastAnswer(text, lastArticleId, retrieval)) ?? { decision: { kind: 'abstain', best, noTopic: true }, retrieval };
    // "hoe lang duurt dat?" with no answer before it: any article with those words would be a guess.
    if (decision.kind !== 'abstain' && !listed && (namesNone || this.offersStrangers(decision, retrieval))) {
      return { decision: { kind: 'abstain', best, noTopic: true }, retrieval };
    }
    return reading;
  }

  /** An answer from the whole message, unless its question alone is one another article lists (`MessageParts.listedSentence`). */
  private async listedFirst(text: string, whole: Reading): Promise<Reading> {
    const { decision, retrieval } = whole;
    if (decision.kind !== 'answer' || retrieval.query !== text || questionMatch(decision.best.candidate, this.deps.policy) > 0) return whole;
    return (await this.parts.listedSentence(text, decision.best.candidate.article.id)) ?? whole;
  }

  /** The message answered from the last answer's article: a search with its topic puts it first, or the article holds the words. */
  private async withLastAnswer(text: string, lastArticleId: string, retrieval: Retrieval): Promise<Reading | undefined> {
    const previous = this.deps.knowledge.retriever().knowledge.article(lastArticleId);
    if (!previous) return undefined;
    const { contextual, contextualDecision: decision } = await this.withTopicOf(previous, text, true);
    if (decision.kind === 'answer' && decision.best.candidate.article.id === previous.id) return { decision, retrieval: contextual };
    // "kan dat online" after "Werken bij de gemeente", whose page has "online": another article the title's words reach is not meant.
    return this.aboutPrevious(retrieval, contextual, previous.id);
  }

  /** The message searched with the last answer's title (that article always a candidate), and what that search decides. */
  private async withTopicOf(previous: Article, text: string, leansOnPrevious: boolean): Promise<{ contextual: Retrieval; contextualDecision: Decision }> {
    const contextual = await this.deps.knowledge.retriever().retrieve(text, { words: previous.title, articleId: previous.id });
    return { contextual, contextualDecision: followUpDecision(contextual, this.deps.policy, previous.id, leansOnPrevious) };
  }

  /** Whether each of the articles holds every word of the message. */
  heldByEach(text: string, articles: Article[]): boolean {
    const lexical = this.deps.knowledge.retriever().knowledge.lexical;
    const tokens = lexical.tokens(text);
    return tokens.length > 0 && articles.every((article) => lexical.coverage(tokens, article.id) >= WHOLLY);
  }

  private async inContext(text: string, lastArticleId: string | undefined): Promise<Reading> {
    const retriever = this.deps.knowledge.retriever();
    const retrieval = await retriever.retrieve(text);
    const decision = decide(retrieval, this.deps.policy);
    const previous = lastArticleId ? retriever.knowledge.article(lastArticleId) : undefined;
    if (!previous || this.saysNothingToSearch(text, retrieval)) return { decision, retrieval };
    const pointsBack = looksLikeFollowUp(text);
    const topicless = this.namesNoTopic(retrieval, previous.id, pointsBack);
    const leansOnPrevious = pointsBack || topicless;
    // A question its article lists, word for word, or that has the article's whole title, is asked on its own ("Wat moet ik
    // meenemen als ik een paspoort aanvraag?", "paspoort aanvragen" after lost passport). Not "wat kost dat" when an article
    // happens to list it: words that name no topic still ask about the last answer.
    const namesNone = this.topicWords().nameNone(retrieval.tokens);
    const ownQuestion =
      decision.kind === 'answer' &&
      (questionMatch(decision.best.candidate, this.deps.policy) > 0 || decision.best.candidate.titleInQuestion === true) &&
      !(pointsBack && namesNone);
    if (decision.kind === 'answer' && (!leansOnPrevious || ownQuestion)) return { decision, retrieval };
    // A follow-up ("en wat kost dat?") only makes sense with the topic of the last answer.
    const { contextual, contextualDecision } = await this.withTopicOf(previous, text, leansOnPrevious);
    // "is dat verplicht?" after the passport answer asks about the passport, whichever articles say "verplicht".
    if (asksOfIt(text)) return this.aboutPrevious(retrieval, contextual, previous.id);
    const own = (): Reading => this.narrowedByTopic(decision, retrieval, contextual) ?? { decision, retrieval };
    // "wat kost dat" after "Werken bij de gemeente" asks about that article, not one only the title's words reach ("Werk zoeken");
    // "kan ik dat in termijnen betalen" after the tax answer does ask for the payment plan, which its own words find first too.
    const reached = contextualDecision.kind === 'answer' ? contextualDecision.best.candidate.article.id : undefined;
    const namesNothing = namesNone || this.offersStrangers(decision, retrieval);
    if (pointsBack && namesNothing && reached !== previous.id && reached !== firstOf(decision)?.candidate.article.id) {
      return this.aboutPrevious(retrieval, contextual, previous.id);
    }
    if (contextualDecision.kind !== 'answer') return own();
    const contextualId = contextualDecision.best.candidate.article.id;
    // Words of no topic of their own are read with the last answer because its article holds them all, not any other.
    if (topicless && !pointsBack && contextualId !== previous.id) return own();
    if (!this.belongsTo(topicTokens(retrieval), contextualId, leansOnPrevious) || this.leavesOutATopicWord(retrieval, contextualId)) return own();
    // "mijn zoon is geboren, hoe geef ik hem aan" after a parking answer points back ("hem") but names a topic of its own.
    if (decision.kind === 'answer' && !topicless && this.holdsBetter(retrieval, decision.best.candidate.article.id, contextualId)) return own();
    // "en een uittreksel?" after the VOG answer, whose page mentions extracts: the same question about another topic, named in its title.
    if (decision.kind === 'answer' && continuesQuestion(text) && this.namesOtherTopic(retrieval, decision.best.candidate.article.id, contextualId))
      return own();
    // "rijbewijs" after a passport answer: the licence articles are about that word, the passport article only mentions it.
    // "moet ik een foto meenemen" after a licence answer names no option's topic: it asks about the licence.
    if (
      decision.kind === 'clarify' &&
      !leansOnPrevious &&
      this.namesAnOption(decision.options, retrieval) &&
      this.isAboutBetter(retrieval, decision.options[0].candidate.article.id, contextualId)
    ) {
      return own();
    }
    return { decision: contextualDecision, retrieval: contextual, ...(contextualId === previous.id ? {} : { words: retrieval.tokens }) };
  }

  /**
   * A few words that most articles use ("binnen hoeveel dagen", "moet ik een
   * afspraak maken?") or that name no article in a title ("pasfoto") name no
   * topic of their own: when the last answer's article holds them all, they
   * ask more about it, whatever other article has them too. So does a
   * message that names only a person.
   */
  private namesNoTopic(retrieval: Retrieval, previousId: string, pointsBack: boolean): boolean {
    const lexical = this.deps.knowledge.retriever().knowledge.lexical;
    const tokens = topicTokens(retrieval);
    // "and for a child?", "en voor mijn dochter?": a person of the citizen's story and nothing else.
    if (tokens.length === 0) return retrieval.tokens.length > 0;
    // "en verf?" after the bulky-waste answer asks whether paint goes too; "waar kan ik oude verf kwijt" asks about paint.
    return this.topicWords().fewOfNoOwnTopic(tokens, previousId, !pointsBack) && lexical.coverage(tokens, previousId) >= WHOLLY;
  }

  /**
   * "zeker", "belachelijk", "kun je me helpen": nothing left to search once
   * the words that only ask or vent are gone, and nothing asked; the last
   * answer again would help nobody. "waar moet ik naartoe?" does ask, about it.
   */
  private saysNothingToSearch(text: string, retrieval: Retrieval): boolean {
    return retrieval.tokens.length === 0 && !asksSomething(wordsOf(text), text);
  }

  /** The last answer's article when it holds what the message asks, or else that it does not say. */
  private aboutPrevious(retrieval: Retrieval, contextual: Retrieval, previousId: string): Reading {
    const previous = scoreCandidates(contextual, this.deps.policy).find((scored) => scored.candidate.article.id === previousId);
    if (!previous || this.holdsLittleOf(retrieval, previousId)) return { decision: { kind: 'abstain', noTopic: true, notIn: previousId }, retrieval };
    return { decision: { kind: 'answer', best: previous }, retrieval: contextual };
  }

  /** An answer the model is all but sure of, from an article that holds every word of the question. */
  private isSureOfAll(decision: Decision): boolean {
    return decision.kind === 'answer' && decision.best.confidence >= SURE && decision.best.candidate.coverage >= WHOLLY;
  }

  /** Whether the article lacks most of what the question asks ("duurt" in "hoe lang duurt dat", whatever "lang" it has). */
  private holdsLittleOf(retrieval: Retrieval, articleId: string): boolean {
    return this.deps.knowledge.retriever().knowledge.lexical.coverage(retrieval.tokens, articleId) < this.deps.policy.followUpCoverage;
  }

  /**
   * A word few articles use names a topic ("geboren", "rijbewijs"): a message
   * with one that the article lacks is about something else, however many of
   * its common words the article holds ("mijn zoon is geboren, hoe geef ik
   * hem aan" after a parking answer). A person in the citizen's story names
   * none ("mag mijn man hem ophalen" after the article on collecting a passport).
   */
  private leavesOutATopicWord(retrieval: Retrieval, articleId: string): boolean {
    const lexical = this.deps.knowledge.retriever().knowledge.lexical;
    const topicWords = this.topicWords();
    return retrieval.tokens.some((token) => !topicWords.isCommon(token) && !namesAPerson(token) && lexical.coverage([token], articleId) === 0);
  }

  /**
   * "Bedoelt u …?" for one word is a choice between topics it names ("rijbewijs":
   * renewing or lost). When no option has the word in its title ("long", "cost"),
   * the options only share a word and the message names no topic, unless few
   * articles have the word at all ("afvalstoffenheffing", a tax of its own).
   */
  private offersStrangers(decision: Decision, retrieval: Retrieval): boolean {
    const [word] = retrieval.tokens;
    if (decision.kind !== 'clarify' || retrieval.tokens.length !== 1 || !word) return false;
    const topicWords = this.topicWords();
    return !topicWords.isRare(word) && !decision.options.some((option) => topicWords.inTitleOf(option.candidate.article.id, word));
  }

  /**
   * "naar spanje" after a removal answer: three articles mention Spain, one of
   * them stays far more likely than the others with the topic of the
   * conversation. When the question's own words name none of the offered
   * topics, that one is meant. "Far" is the margin that makes a one-word
   * question ask "Bedoelt u …?" at all.
   */
  private narrowedByTopic(decision: Decision, retrieval: Retrieval, contextual: Retrieval): Reading | undefined {
    // "kan dat online" names no topic at all: the offered articles only share a word, and none of them is meant.
    if (decision.kind !== 'clarify' || this.namesAnOption(decision.options, retrieval) || this.topicWords().nameNone(retrieval.tokens)) return undefined;
    const offered = new Set(decision.options.map((option) => option.candidate.article.id));
    const [chosen, next] = scoreCandidates(contextual, this.deps.policy).filter((scored) => offered.has(scored.candidate.article.id));
    if (!chosen || chosen.confidence - (next?.confidence ?? 0) < this.deps.policy.oneWordClarifyMargin) return undefined;
    return { decision: { kind: 'answer', best: chosen }, retrieval: contextual, words: retrieval.tokens };
  }

  /** Whether a word of the question names the topic of one article in its title and not that of the other. */
  private namesOtherTopic(retrieval: Retrieval, articleId: string, otherId: string): boolean {
    const topicWords = this.topicWords();
    return articleId !== otherId && topicTokens(retrieval).some((token) => topicWords.namesTopicOf(articleId, token) && !topicWords.inTitleOf(otherId, token));
  }

  /** Whether a word of the question is in the title of an offered article ("rijbewijs" in "Rijbewijs kwijt"). */
  private namesAnOption(options: ScoredCandidate[], retrieval: Retrieval): boolean {
    const topicWords = this.topicWords();
    return options.some((option) => retrieval.tokens.some((token) => topicWords.inTitleOf(option.candidate.article.id, token)));
  }

  private topicWords(): TopicWords {
    const knowledge = this.deps.knowledge.retriever().knowledge;
    let words = this.topicWordsOf.get(knowledge);
    if (!words) {
      words = new TopicWords(knowledge);
      this.topicWordsOf.set(knowledge, words);
    }
    return words;
  }

  /** Whether the question's own words say more about what one article is about (title, citizen questions, tags) than another. */
  private isAboutBetter(retrieval: Retrieval, articleId: string, otherId: string): boolean {
    const lexical = this.deps.knowledge.retriever().knowledge.lexical;
    return lexical.coverage(retrieval.tokens, articleId, 'topic') > lexical.coverage(retrieval.tokens, otherId, 'topic');
  }

  /** Whether one article holds more of the question's own words than another, or as many and is more about them. */
  private holdsBetter(retrieval: Retrieval, articleId: string, otherId: string): boolean {
    const lexical = this.deps.knowledge.retriever().knowledge.lexical;
    const own = lexical.coverage(retrieval.tokens, articleId);
    const other = lexical.coverage(retrieval.tokens, otherId);
    // Both hold every word ("mijn portemonnee is gestolen met mijn rijbewijs erin" after an ID-card answer): the one the words are about.
    // A word in nearly every article ("niet") weighs next to nothing: holding it or not is no difference.
    if (Math.abs(own - other) <= NEXT_TO_NOTHING) return own === other && this.isAboutBetter(retrieval, articleId, otherId);
    return own > other;
  }

  private belongsTo(tokens: QueryToken[], articleId: string, pointsBack: boolean): boolean {
    return belongsTo(this.deps, tokens, articleId, pointsBack);
  }
}

/** The question's words without the people in the citizen's story: "kan mijn dochter dat regelen" asks about "regelen". */
function topicTokens(retrieval: Retrieval): QueryToken[] {
  return retrieval.tokens.filter((token) => !namesAPerson(token));
}

/** The article a decision puts first: the answer's, or the first option offered. */
function firstOf(decision: Decision): ScoredCandidate | undefined {
  return decision.kind === 'clarify' ? decision.options[0] : decision.best;
}
