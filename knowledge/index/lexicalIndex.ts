import MiniSearch, { Query, SearchResult } from 'minisearch';
import { Article } from '../articles/article';
import { QueryToken, TextAnalyzer, TextLanguage } from '../text/analyzer';
import { detectLanguage } from '../text/detectLanguage';
import { markdownToPlainText, wordsOf } from '../text/normalize';
import { isStopword } from '../text/stopwords';

/** How much a match in each field counts; titles and citizen phrasings say most about a topic. */
const FIELD_BOOST = { title: 3, questionsNl: 2.5, questionsEn: 2.5, tags: 1.5, lead: 1.2, body: 1, summaryEn: 1.5 };
const ENGLISH_FIELDS = new Set(['questionsEn', 'summaryEn']);
const FIELDS = Object.keys(FIELD_BOOST);

export interface LexicalMatch {
  articleId: string;
  /** BM25+ score summed over fields (MiniSearch). */
  score: number;
  /** Share of the query's information (IDF-weighted words) found in this article, 0..1. */
  coverage: number;
}

export interface SerialisedLexicalIndex {
  miniSearch: string;
  vocabulary: string[];
  documentFrequency: Record<string, number>;
  documentCount: number;
}

/**
 * BM25 search over whole articles with Dutch stemming, compound splitting and
 * typo tolerance (MiniSearch fuzzy matching), plus a coverage figure that the
 * answer policy uses to tell an answerable question from an out-of-scope one.
 */
export class LexicalIndex {
  private constructor(
    private readonly miniSearch: MiniSearch,
    private readonly analyzer: TextAnalyzer,
    private readonly documentFrequency: ReadonlyMap<string, number>,
    private readonly documentCount: number,
    private readonly vocabulary: string[],
  ) {}

  static build(articles: Article[]): LexicalIndex {
    const vocabulary = corpusVocabulary(articles);
    const analyzer = new TextAnalyzer(vocabulary);
    const miniSearch = new MiniSearch(miniSearchOptions(analyzer));
    const documentFrequency = new Map<string, number>();
    for (const article of articles) {
      const document = toSearchDocument(article);
      miniSearch.add(document);
      const terms = new Set(FIELDS.flatMap((field) => analyzer.indexTerms(document[field] ?? '', fieldLanguage(field))));
      for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    return new LexicalIndex(miniSearch, analyzer, documentFrequency, articles.length, vocabulary);
  }

  static load(data: SerialisedLexicalIndex): LexicalIndex {
    const analyzer = new TextAnalyzer(data.vocabulary);
    const miniSearch = MiniSearch.loadJSON(data.miniSearch, miniSearchOptions(analyzer));
    return new LexicalIndex(miniSearch, analyzer, new Map(Object.entries(data.documentFrequency)), data.documentCount, data.vocabulary);
  }

  toJSON(): SerialisedLexicalIndex {
    return {
      miniSearch: JSON.stringify(this.miniSearch),
      vocabulary: this.vocabulary,
      documentFrequency: Object.fromEntries(this.documentFrequency),
      documentCount: this.documentCount,
    };
  }

  /** The query's content words with their search terms. */
  tokens(query: string): QueryToken[] {
    return this.analyzer.queryTokens(query);
  }

  search(tokens: QueryToken[], limit: number): LexicalMatch[] {
    if (tokens.length === 0) return [];
    const query: Query = { combineWith: 'OR', queries: tokens.map((token) => ({ combineWith: 'OR', queries: token.terms })) };
    const weights = tokens.map((token) => this.informationOf(token));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return this.miniSearch
      .search(query, { fuzzy: (term) => this.typoDistance(term) })
      .slice(0, limit)
      .map((result) => ({
        articleId: String(result.id),
        score: result.score,
        coverage: total === 0 ? 0 : coveredWeight(result, tokens, weights) / total,
      }));
  }

  /**
   * Fuzzy matching is for typos, so only words the corpus does not know are
   * matched approximately, and one edit away: a second edit multiplies the
   * cost of a search by three and mostly finds unrelated words.
   */
  private typoDistance(term: string): number | false {
    return term.length < 4 || this.documentFrequency.has(term) ? false : 1;
  }

  /** IDF of a query word: words the corpus has never seen weigh most. */
  private informationOf(token: QueryToken): number {
    const frequencies = token.terms.map((term) => this.documentFrequency.get(term) ?? 0).filter((df) => df > 0);
    const df = frequencies.length > 0 ? Math.min(...frequencies) : 0;
    return Math.log((this.documentCount + 1) / (df + 0.5));
  }
}

function coveredWeight(result: SearchResult, tokens: QueryToken[], weights: number[]): number {
  const matched = new Set(result.queryTerms);
  return tokens.reduce((sum, token, index) => (token.terms.some((term) => matched.has(term)) ? sum + (weights[index] ?? 0) : sum), 0);
}

function miniSearchOptions(analyzer: TextAnalyzer) {
  return {
    fields: FIELDS,
    idField: 'id',
    tokenize: (text: string, field?: string) => (field ? analyzer.indexTerms(text, fieldLanguage(field)) : [text]),
    processTerm: (term: string) => term,
    searchOptions: {
      boost: FIELD_BOOST,
      // Query terms arrive analysed already (stems, compound parts); one term per leaf.
      tokenize: (text: string) => [text],
      processTerm: (term: string) => term,
    },
  };
}

function fieldLanguage(field: string): TextLanguage {
  return ENGLISH_FIELDS.has(field) ? 'en' : 'nl';
}

type SearchDocument = Record<string, string> & { id: string };

function toSearchDocument(article: Article): SearchDocument {
  const english = article.questions.filter((question) => detectLanguage(question) === 'en');
  const dutch = article.questions.filter((question) => !english.includes(question));
  return {
    id: article.id,
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
