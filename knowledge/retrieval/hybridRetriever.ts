import { Document } from '@langchain/core/documents';
import { cosine, TermVector } from '../editorial/questionClusters';
import { BaseRetriever } from '@langchain/core/retrievers';
import { Article } from '../articles/article';
import { KnowledgeIndex } from '../index/knowledgeIndex';
import { LexicalMatch } from '../index/lexicalIndex';
import { Passage } from '../index/passages';
import { sparse, VectorMatch } from '../index/vectorIndex';
import { QueryToken } from '../text/analyzer';

/** One article that may answer the question, with the evidence for it. */
export interface ArticleCandidate {
  article: Article;
  /** Reciprocal-rank fusion of the lexical and the vector ranking; orders candidates. */
  fused: number;
  lexicalScore: number;
  /** Share of the query's information found in the article (lexical), 0..1. */
  coverage: number;
  /** The same share found in the article's title, citizen questions and tags, 0..1. */
  focus: number;
  /** Cosine similarity of the best passage of the article, 0 when none was retrieved. */
  similarity: number;
  /**
   * How closely the question matches one citizen question an editor linked to
   * this article (IDF-weighted term cosine, 0..1): the learned-answer evidence.
   */
  linkedMatch?: number;
  /** Cosine similarity of the closest of the article's citizen questions, computed for every candidate, 0 without any. */
  questionSimilarity: number;
  /** Every content word of the article's title, two or more, is in the question ("mijn afval is niet opgehaald" for "Afval niet opgehaald"). */
  titleInQuestion?: boolean;
  /** Retrieved passages of this article with their similarity, best first. */
  passages: { passage: Passage; similarity: number }[];
}

/** An article chosen outright (a pressed clarification button, an editor's preview): all evidence at its maximum. */
export function certainCandidate(article: Article): ArticleCandidate {
  return { article, fused: 0, lexicalScore: 0, coverage: 1, focus: 1, similarity: 1, questionSimilarity: 1, passages: [] };
}

export interface Retrieval {
  query: string;
  tokens: QueryToken[];
  candidates: ArticleCandidate[];
}

export interface RetrievalSettings {
  /** Articles taken from the lexical ranking. */
  lexicalDepth: number;
  /** Passages taken from the vector ranking. */
  vectorDepth: number;
  /** RRF constant: smaller values make the top ranks count more. */
  rrfK: number;
  /** Candidates returned. */
  limit: number;
  /**
   * A lexical leader scoring at least this many times the runner-up is kept
   * among the candidates even when fusion ranks it lower: reciprocal-rank
   * fusion counts only ranks, and five articles that both searches half
   * like outrank one that the words clearly name ("inspreken bij de raad").
   * 2 since 2026-12-06 (3 before): an English question about clothes and
   * glass jars had the sorting article at 2.8 times the runner-up and no
   * Dutch passage near enough, so the policy saw only the runners-up.
   */
  dominantLexicalLead: number;
}

/** A title of one content word ("Milieustraat", "Wat is DigiD?") is in many questions without being what they ask. */
const TITLE_WORDS = 2;

/** Below this, a linked question is not worth considering at all. */
const LINKED_FLOOR = 0.3;

export const DEFAULT_RETRIEVAL: RetrievalSettings = { lexicalDepth: 20, vectorDepth: 20, rrfK: 20, limit: 5, dominantLexicalLead: 2 };

/**
 * Hybrid retrieval: BM25 over articles (Dutch stems, compounds, typos) and
 * vector search over passages (HNSW), fused into one article ranking with
 * reciprocal-rank fusion. Exposed as a LangChain retriever as well, but the
 * bot calls `retrieve`, which keeps the evidence the answer policy needs.
 */
export class HybridRetriever extends BaseRetriever {
  lc_namespace = ['loket', 'retrievers'];
  private linked?: { articleId: string; terms: TermVector }[];
  /** Passage numbers of each article, all and its citizen questions only. */
  private numbers?: { all: Map<string, number[]>; questions: Map<string, number[]> };
  /** The title's content words per article, analysed once. */
  private readonly titles = new Map<string, QueryToken[]>();

  constructor(
    private readonly index: KnowledgeIndex,
    private readonly settings: RetrievalSettings = DEFAULT_RETRIEVAL,
  ) {
    super();
  }

  get knowledge(): KnowledgeIndex {
    return this.index;
  }

  /**
   * Searches the question; with `context` (the last answer's title, for a
   * follow-up) the search holds both, while what the citizen wrote stays
   * the question's own words, and that answer's article is always among the
   * candidates when either search finds it.
   */
  async retrieve(ownWords: string, context?: { words: string; articleId: string }): Promise<Retrieval> {
    const query = context ? `${ownWords} ${context.words}` : ownWords;
    const { tokens, translations } = this.index.lexical.readQuery(query);
    const lexical = this.index.lexical.search(tokens, this.settings.lexicalDepth);
    const queryVectors = await this.queryVectors(query, translations);
    const vector = this.nearest(queryVectors);
    const byArticle = new Map<string, ArticleCandidate>();
    const candidate = (articleId: string): ArticleCandidate | undefined => {
      const article = this.index.article(articleId);
      if (!article) return undefined;
      let entry = byArticle.get(articleId);
      if (!entry) {
        entry = { article, fused: 0, lexicalScore: 0, coverage: 0, focus: 0, similarity: 0, questionSimilarity: 0, passages: [] };
        byArticle.set(articleId, entry);
      }
      return entry;
    };
    lexical.forEach((match, rank) => {
      const entry = candidate(match.articleId);
      if (!entry) return;
      entry.lexicalScore = match.score;
      entry.coverage = match.coverage;
      entry.focus = match.focus;
      entry.fused += 1 / (this.settings.rrfK + rank + 1);
    });
    let articleRank = 0;
    for (const match of vector) {
      const passage = this.index.passages[match.passage];
      const entry = passage && candidate(passage.articleId);
      if (!passage || !entry) continue;
      if (entry.passages.length === 0) {
        entry.similarity = match.similarity;
        entry.fused += 1 / (this.settings.rrfK + articleRank + 1);
        articleRank++;
      }
      entry.passages.push({ passage, similarity: match.similarity });
    }
    this.matchLinked(query, candidate);
    const candidates = [...byArticle.values()].sort((a, b) => b.fused - a.fused).slice(0, this.settings.limit);
    // Kept whatever else both searches half-like: an article the words clearly name ("inspreken bij de raad"),
    // and the one a follow-up is read with, which is what it asks about ("wat kost dat" + "Bijstandsuitkering").
    for (const kept of [this.dominantLeader(lexical)?.articleId, context?.articleId]) {
      const entry = kept === undefined ? undefined : byArticle.get(kept);
      if (entry && !candidates.includes(entry)) candidates.push(entry);
    }
    const sparseQueries = queryVectors.map(sparse);
    const closest = (passages: number[]) => Math.max(...sparseQueries.map((query) => this.index.vectors.bestSimilarity(query, passages)));
    const queryTerms = new Set((context ? this.index.lexical.tokens(ownWords) : tokens).flatMap((token) => token.terms));
    for (const entry of candidates) {
      // The nearest passages of the whole index may hold none of this article's: its own closest one, computed exactly,
      // so the evidence does not drop to 0 when an edit elsewhere adds passages closer to the question.
      if (entry.passages.length === 0) entry.similarity = closest(this.passagesOf(entry.article.id));
      entry.questionSimilarity = closest(this.questionPassages(entry.article.id));
      const title = this.titleTokens(entry.article);
      entry.titleInQuestion = title.length >= TITLE_WORDS && title.every((token) => token.whole.some((term) => queryTerms.has(term)));
    }
    return { query, tokens, candidates };
  }

  /**
   * The question's vector, and when the thesaurus's one-way rules translate some of its words (English ones, mostly) a
   * second one with those Dutch words ("lost" → "kwijt"): the articles are Dutch, and an English question's n-grams are near
   * only the English questions some articles list. Both are kept: the translation would draw the question away from an
   * English question an article lists.
   */
  private async queryVectors(query: string, translations: string[]): Promise<number[][]> {
    const texts = translations.length > 0 ? [query, `${query} ${translations.join(' ')}`] : [query];
    return Promise.all(texts.map((text) => this.index.embeddings.embedQuery(text)));
  }

  /** The nearest passages to any of the vectors, each once with its best similarity. */
  private nearest(queryVectors: number[][]): VectorMatch[] {
    const [only, ...more] = queryVectors.map((queryVector) => this.index.vectors.search(queryVector, this.settings.vectorDepth));
    if (!only || more.length === 0) return only ?? [];
    const best = new Map<number, VectorMatch>();
    for (const match of [only, ...more].flat()) {
      const known = best.get(match.passage);
      if (!known || known.similarity < match.similarity) best.set(match.passage, match);
    }
    return [...best.values()].sort((a, b) => b.similarity - a.similarity).slice(0, this.settings.vectorDepth);
  }

  private dominantLeader([first, second]: LexicalMatch[]): LexicalMatch | undefined {
    if (!first) return undefined;
    return !second || first.score >= this.settings.dominantLexicalLead * second.score ? first : undefined;
  }

  private titleTokens(article: Article): QueryToken[] {
    let tokens = this.titles.get(article.id);
    if (!tokens) {
      tokens = this.index.lexical.tokens(article.title);
      this.titles.set(article.id, tokens);
    }
    return tokens;
  }

  private questionPassages(articleId: string): number[] {
    return this.passageNumbers().questions.get(articleId) ?? [];
  }

  private passagesOf(articleId: string): number[] {
    return this.passageNumbers().all.get(articleId) ?? [];
  }

  private passageNumbers(): { all: Map<string, number[]>; questions: Map<string, number[]> } {
    if (!this.numbers) {
      const numbers = { all: new Map<string, number[]>(), questions: new Map<string, number[]>() };
      this.index.passages.forEach((passage, number) => {
        const add = (map: Map<string, number[]>) => map.set(passage.articleId, [...(map.get(passage.articleId) ?? []), number]);
        add(numbers.all);
        if (passage.kind === 'question') add(numbers.questions);
      });
      this.numbers = numbers;
    }
    return this.numbers;
  }

  /** Compares the question with every citizen question editors linked (a few hundred at most: a plain scan). */
  private matchLinked(query: string, candidate: (articleId: string) => ArticleCandidate | undefined): void {
    const linked = this.linkedVectors();
    if (linked.length === 0) return;
    const vector = this.index.lexical.weightedTerms(query);
    for (const { articleId, terms } of linked) {
      const match = cosine(vector, terms);
      if (match < LINKED_FLOOR) continue;
      const entry = candidate(articleId);
      if (!entry || (entry.linkedMatch ?? 0) >= match) continue;
      // A learned question ranks its article first among those without one.
      if (entry.linkedMatch === undefined) entry.fused += 1 / (this.settings.rrfK + 1);
      entry.linkedMatch = match;
    }
  }

  private linkedVectors(): { articleId: string; terms: TermVector }[] {
    this.linked ??= [...this.index.articles.values()].flatMap((article) =>
      article.phrasings.map((phrasing) => ({ articleId: article.id, terms: this.index.lexical.weightedTerms(phrasing) })),
    );
    return this.linked;
  }

  /** LangChain interface: the best passage of each candidate article, as documents. */
  override async _getRelevantDocuments(query: string): Promise<Document[]> {
    const { candidates } = await this.retrieve(query);
    return candidates.map(
      (entry) =>
        new Document({
          pageContent: entry.passages[0]?.passage.text ?? entry.article.lead,
          metadata: { articleId: entry.article.id, url: entry.article.url, fused: entry.fused, coverage: entry.coverage, similarity: entry.similarity },
        }),
    );
  }
}
