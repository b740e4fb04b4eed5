import { Article } from '../articles/article';
import { Bm25Index, Bm25Options, SerialisedBm25 } from './bm25Index';
import { QueryToken, TextAnalyzer, TextLanguage } from '../text/analyzer';
import { detectLanguage } from '../text/detectLanguage';
import { markdownToPlainText, wordsOf } from '../text/normalize';
import { isStopword } from '../text/stopwords';
import { withLexicon } from '../text/bilingualLexicon';
import { Thesaurus, ThesaurusMapping } from '../text/thesaurus';

/** How much a match in each field counts; titles and citizen phrasings say most about a topic. */
const FIELDS = ['title', 'questionsNl', 'questionsEn', 'tags', 'lead', 'body', 'summaryEn'] as const;
const BM25: Bm25Options = { boosts: [3, 2.5, 2.5, 1.5, 1.2, 1, 1.5], k1: 1.2, b: 0.7, typoWeight: 0.5 };
/** Bit mask of the fields that say what an article is about: title, citizen questions and tags. */
const TOPIC_FIELDS = 0b1111;
/** Coverage credit of a query word found only through a synonym. */
const RELATED_CREDIT = 0.9;
/** Coverage credit of a compound the corpus has, found in an article only by its parts. */
const KNOWN_COMPOUND_BY_PARTS = 0.25;
const ENGLISH_FIELDS = new Set<string>(['questionsEn', 'summaryEn']);

export interface LexicalMatch {
  articleId: string;
  /** BM25F score. */
  score: number;
  /** Share of the query's information (IDF-weighted words) found in this article, 0..1. */
  coverage: number;
  /** The same share found in what the article is about (title, citizen questions, tags), 0..1. */
  focus: number;
}

export interface SerialisedLexicalIndex {
  bm25: SerialisedBm25;
  articleIds: string[];
  vocabulary: string[];
  synonyms: string[][];
  mappings: ThesaurusMapping[];
}

/**
 * BM25F search over whole articles with Dutch stemming, compound splitting and
 * typo tolerance, plus a coverage figure that the answer policy uses to tell
 * an answerable question from an out-of-scope one.
 */
export class LexicalIndex {
  /** Search terms of section headings: a fixed, small set, asked for on every answer. */
  private readonly headingTermsCache = new Map<string, string[]>();
  /** Stems of section texts, asked for when an answer picks its section. */
  private readonly textStemsCache = new Map<string, ReadonlySet<string>>();

  private constructor(
    private readonly bm25: Bm25Index,
    private readonly articleIds: string[],
    private readonly analyzer: TextAnalyzer,
    private readonly vocabulary: string[],
    private readonly thesaurus: Thesaurus,
  ) {}

  static build(articles: Article[], given: Thesaurus): LexicalIndex {
    const vocabulary = corpusVocabulary(articles);
    // The dictionary's rules for this corpus are saved with the index, as the synonym list's are.
    const thesaurus = withLexicon(given, vocabulary);
    const analyzer = new TextAnalyzer(vocabulary, thesaurus);
    const documents = articles.map((article) => {
      const document = toSearchDocument(article);
      return { fields: FIELDS.map((field) => analyzer.indexTerms(document[field], fieldLanguage(field))) };
    });
    return new LexicalIndex(
      Bm25Index.build(documents, BM25),
      articles.map((article) => article.id),
      analyzer,
      vocabulary,
      thesaurus,
    );
  }

  static load(data: SerialisedLexicalIndex): LexicalIndex {
    const thesaurus: Thesaurus = { groups: data.synonyms, mappings: data.mappings };
    return new LexicalIndex(Bm25Index.load(data.bm25), data.articleIds, new TextAnalyzer(data.vocabulary, thesaurus), data.vocabulary, thesaurus);
  }

  toJSON(): SerialisedLexicalIndex {
    return {
      bm25: this.bm25.toJSON(),
      articleIds: this.articleIds,
      vocabulary: this.vocabulary,
      synonyms: this.thesaurus.groups.map((group) => [...group]),
      mappings: this.thesaurus.mappings.map(({ from, to }) => ({ from: [...from], to: [...to] })),
    };
  }

  /** The query's content words with their search terms. */
  tokens(query: string): QueryToken[] {
    return this.analyzer.queryTokens(query);
  }

  /** The query's tokens and the Dutch words the thesaurus's one-way rules translate it to (TextAnalyzer.readQuery). */
  readQuery(query: string): { tokens: QueryToken[]; translations: string[] } {
    return this.analyzer.readQuery(query);
  }

  /** The search terms of a section heading, remembered per index. */
  headingTerms(heading: string): string[] {
    let terms = this.headingTermsCache.get(heading);
    if (!terms) {
      terms = this.tokens(heading).flatMap((token) => token.terms);
      this.headingTermsCache.set(heading, terms);
    }
    return terms;
  }

  /** The stems of the words of a section's text (no synonyms: the question's terms carry those), remembered per index. */
  textStems(text: string): ReadonlySet<string> {
    let stems = this.textStemsCache.get(text);
    if (!stems) {
      stems = new Set(this.tokens(text).flatMap((token) => token.whole));
      this.textStemsCache.set(text, stems);
    }
    return stems;
  }

  search(tokens: QueryToken[], limit: number): LexicalMatch[] {
    if (tokens.length === 0) return [];
    const weights = tokens.map((token) => this.informationOf(token));
    return this.bm25
      .search(tokens.map((token) => token.terms))
      .slice(0, limit)
      .map((hit) => ({
        articleId: this.articleIds[hit.document] ?? '',
        score: hit.score,
        coverage: this.share(tokens, weights, hit.document, hit.matched),
        focus: this.share(tokens, weights, hit.document, hit.matched, TOPIC_FIELDS),
      }));
  }

  /**
   * The share of the query's information the article holds (as `coverage` in
   * a search result), for one article whether or not it would rank: does a
   * follow-up question's own wording belong to the topic it is read with?
   * 1 for a query without content words.
   */
  coverage(tokens: QueryToken[], articleId: string, where: 'article' | 'topic' = 'article'): number {
    const document = this.articleIds.indexOf(articleId);
    if (tokens.length === 0) return 1;
    if (document < 0) return 0;
    const matched = tokens.flatMap((token, group) => (token.terms.some((term) => this.bm25.contains(document, term)) ? [group] : []));
    return this.share(
      tokens,
      tokens.map((token) => this.informationOf(token)),
      document,
      matched,
      where === 'topic' ? TOPIC_FIELDS : undefined,
    );
  }

  /** The share of articles that hold the word itself (by its stems): most for "dagen", "online", "kost"; few for "rijbewijs". */
  spread(token: QueryToken): number {
    const articles = Math.max(0, ...token.whole.map((term) => this.bm25.documentFrequency(term)));
    return articles / Math.max(1, this.bm25.documentCount);
  }

  /** The IDF-weighted share of the query's words that the document holds, each matched word counted by its `credit`. */
  private share(tokens: QueryToken[], weights: number[], document: number, matched: Iterable<number>, fields?: number): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    if (total === 0) return 0;
    let found = 0;
    for (const group of matched) found += (weights[group] ?? 0) * this.credit(tokens[group], document, fields);
    return found / total;
  }

  /**
   * How fully a matched query word is present in a document: the word itself
   * counts whole; a compound found only by some of its parts ("zorgverzekering"
   * by "zorg") counts for the share of its parts, halved, and by all of them
   * 0.8, or a quarter when other articles hold the compound itself; a synonym from the
   * thesaurus RELATED_CREDIT; a typo correction half.
   * Without this, out-of-scope questions look covered by their fragments.
   */
  private credit(token: QueryToken | undefined, document: number, fields?: number): number {
    if (!token) return 0;
    const found = this.foundCredit(token, document, fields);
    if (found !== undefined) return found;
    // Matched through a typo correction, whose field is not known: counted half. For the
    // topic fields, a word found only elsewhere in the article counts nothing.
    return fields === undefined || this.foundCredit(token, document) === undefined ? 0.5 : 0;
  }

  /** Credit of a word found in the document by its own terms (stems, synonyms, compound parts); undefined when none is there. */
  private foundCredit(token: QueryToken, document: number, fields?: number): number | undefined {
    const has = (term: string) => this.bm25.contains(document, term, fields);
    if (token.whole.some(has)) return 1;
    if (token.related.some(has)) return RELATED_CREDIT;
    const parts = compoundParts(token);
    const found = parts.filter(has).length;
    if (found === 0) return undefined;
    if (found < parts.length) return (0.5 * found) / parts.length;
    // "neem ... mee" is how "meenemen" is written in a sentence: the word itself, not two parts of it.
    if (isSeparableVerb(token, parts)) return 1;
    // "huurtoeslag" is a word other articles have: one that only has "huur" and "toeslag" is not about it.
    const elsewhere = token.whole.some((term) => this.bm25.documentFrequency(term) > 0) && !token.whole.some((term) => this.bm25.contains(document, term));
    return elsewhere ? KNOWN_COMPOUND_BY_PARTS : 0.8;
  }

  /**
   * A question as weighted terms for comparing questions with each other:
   * each word's own stem weighs its IDF, compound parts half of that, so two
   * questions that share only a common word ("kwijt", "aanvragen") stay apart.
   */
  weightedTerms(text: string): Map<string, number> {
    const weights = new Map<string, number>();
    for (const token of this.tokens(text)) {
      const information = this.informationOf(token);
      const own = token.whole[0] ?? token.word;
      weights.set(own, Math.max(weights.get(own) ?? 0, information));
      for (const part of compoundParts(token)) weights.set(part, Math.max(weights.get(part) ?? 0, information / 2));
    }
    return weights;
  }

  /** IDF of a query word: words the corpus has never seen weigh most. */
  private informationOf(token: QueryToken): number {
    const frequencies = token.terms
      .filter((term) => !token.forms.includes(term))
      .map((term) => this.bm25.documentFrequency(term))
      .filter((df) => df > 0);
    const df = frequencies.length > 0 ? Math.min(...frequencies) : 0;
    return Math.log((this.bm25.documentCount + 1) / (df + 0.5));
  }
}

/**
 * Particles of Dutch separable verbs long enough to be compound parts ("mee-nemen",
 * "door-geven", "terug-betalen"). Not "voor" and "over": "voorwaarden" and "overleden" are no verbs.
 */
const SEPARABLE_PARTICLES = new Set(['aan', 'bij', 'door', 'mee', 'terug', 'toe', 'uit', 'weg', 'langs', 'los', 'vast', 'neer', 'samen', 'thuis']);

/** An infinitive of particle and verb ("meenemen"), which a sentence splits ("neemt u mee"). */
function isSeparableVerb(token: QueryToken, parts: string[]): boolean {
  const [particle, verb] = parts;
  return parts.length === 2 && verb !== undefined && particle !== undefined && SEPARABLE_PARTICLES.has(particle) && token.word.endsWith('en');
}

function compoundParts(token: QueryToken): string[] {
  return token.terms.filter((term) => !token.whole.includes(term) && !token.related.includes(term));
}

function fieldLanguage(field: string): TextLanguage {
  return ENGLISH_FIELDS.has(field) ? 'en' : 'nl';
}

type SearchDocument = Record<(typeof FIELDS)[number], string>;

function toSearchDocument(article: Article): SearchDocument {
  const english = article.questions.filter((question) => detectLanguage(question) === 'en');
  const dutch = article.questions.filter((question) => !english.includes(question));
  return {
    title: article.title,
    questionsNl: dutch.join('\n'),
    questionsEn: english.join('\n'),
    tags: article.tags.join(' '),
    lead: markdownToPlainText(article.lead),
    body: markdownToPlainText(article.sections.map((section) => `${section.heading}\n${section.text}`).join('\n\n')),
    summaryEn: article.summaryEn ?? '',
  };
}

/** Folded words of the corpus: the known parts for splitting compounds. */
function corpusVocabulary(articles: Article[]): string[] {
  const words = new Set<string>();
  for (const article of articles) {
    const text = [article.title, ...article.questions, article.tags.join(' '), article.lead, ...article.sections.map((s) => `${s.heading} ${s.text}`)];
    for (const word of wordsOf(markdownToPlainText(text.join(' ')))) if (word.length >= 3 && !isStopword(word) && !/\d/.test(word)) words.add(word);
  }
  return [...words].sort();
}
