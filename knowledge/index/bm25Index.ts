/**
 * BM25F over a few hundred documents with several weighted fields, and
 * typo tolerance by a deletion dictionary (SymSpell): an unknown query term
 * is matched to index terms one edit away in a few map lookups instead of a
 * tree walk. Built for the turn's hot path: one search costs tens of
 * microseconds (docs/adr/0007-own-bm25.md).
 */
export interface Bm25Document {
  /** Analysed terms per field, in field order. */
  fields: string[][];
}

export interface Bm25Options {
  boosts: number[];
  k1: number;
  b: number;
  /** Weight of a term matched through a typo, relative to an exact match. */
  typoWeight: number;
}

export interface SerialisedBm25 {
  options: Bm25Options;
  documentCount: number;
  /** term → flat list of [document, field, frequency] triples. */
  postings: Record<string, number[]>;
  /** document × field lengths, row by row. */
  lengths: number[];
}

export interface Bm25Hit {
  document: number;
  score: number;
  /** Indexes of the query groups (words) that matched this document. */
  matched: Set<number>;
}

const MIN_TYPO_LENGTH = 4;
const ALL_FIELDS = ~0;

export class Bm25Index {
  private readonly fieldCount: number;
  private readonly averageLengths: number[];
  private readonly deletions = new Map<string, string[]>();
  private readonly idf = new Map<string, number>();
  private readonly frequency = new Map<string, number>();
  /** term → document → bit mask of the fields it occurs in. */
  private readonly fieldsOfTerm = new Map<string, Map<number, number>>();

  private constructor(private readonly data: SerialisedBm25) {
    this.fieldCount = data.options.boosts.length;
    this.averageLengths = Array.from({ length: this.fieldCount }, (_, field) => {
      let total = 0;
      for (let document = 0; document < data.documentCount; document++) total += data.lengths[document * this.fieldCount + field] ?? 0;
      return total / Math.max(1, data.documentCount) || 1;
    });
    for (const [term, postings] of Object.entries(data.postings)) {
      const documents = new Map<number, number>();
      for (let index = 0; index < postings.length; index += 3) {
        const document = postings[index] ?? 0;
        documents.set(document, (documents.get(document) ?? 0) | (1 << (postings[index + 1] ?? 0)));
      }
      this.frequency.set(term, documents.size);
      this.fieldsOfTerm.set(term, documents);
      this.idf.set(term, Math.log(1 + (data.documentCount - documents.size + 0.5) / (documents.size + 0.5)));
      if (term.length >= MIN_TYPO_LENGTH) for (const key of [term, ...deletionsOf(term)]) this.deletions.set(key, [...(this.deletions.get(key) ?? []), term]);
    }
  }

  static build(documents: Bm25Document[], options: Bm25Options): Bm25Index {
    // No prototype: a term such as "constructor" or "__proto__" is an ordinary key here.
    const postings: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
    const lengths: number[] = [];
    documents.forEach((document, index) => {
      for (let field = 0; field < options.boosts.length; field++) {
        const terms = document.fields[field] ?? [];
        lengths.push(terms.length);
        const counts = new Map<string, number>();
        for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
        for (const [term, count] of counts) (postings[term] ??= []).push(index, field, count);
      }
    });
    return new Bm25Index({ options, documentCount: documents.length, postings, lengths });
  }

  static load(data: SerialisedBm25): Bm25Index {
    return new Bm25Index(data);
  }

  toJSON(): SerialisedBm25 {
    return this.data;
  }

  has(term: string): boolean {
    return this.idf.has(term);
  }

  /** Whether the document contains the term exactly, in any field or in one of the fields of `fieldMask` (bit i = field i). */
  contains(document: number, term: string, fieldMask = ALL_FIELDS): boolean {
    return ((this.fieldsOfTerm.get(term)?.get(document) ?? 0) & fieldMask) !== 0;
  }

  /** Number of documents containing the term (0 when unknown). */
  documentFrequency(term: string): number {
    return this.frequency.get(term) ?? 0;
  }

  get documentCount(): number {
    return this.data.documentCount;
  }

  /**
   * Scores documents for query groups: each group is one query word with its
   * alternative terms (stems, compound parts); a group counts once per
   * document, with its best-scoring term.
   */
  search(groups: string[][]): Bm25Hit[] {
    const hits = new Map<number, Bm25Hit>();
    groups.forEach((terms, group) => {
      const best = new Map<number, number>();
      for (const { term, weight } of this.expand(terms)) this.scoreTerm(term, weight, best);
      for (const [document, score] of best) {
        let hit = hits.get(document);
        if (!hit) {
          hit = { document, score: 0, matched: new Set() };
          hits.set(document, hit);
        }
        hit.score += score;
        hit.matched.add(group);
      }
    });
    return [...hits.values()].sort((a, b) => b.score - a.score);
  }

  private expand(terms: string[]): { term: string; weight: number }[] {
    const known = terms.filter((term) => this.idf.has(term));
    if (known.length > 0) return known.map((term) => ({ term, weight: 1 }));
    const corrections = new Set<string>();
    for (const term of terms) {
      if (term.length < MIN_TYPO_LENGTH) continue;
      for (const key of [term, ...deletionsOf(term)])
        for (const candidate of this.deletions.get(key) ?? []) if (oneEditApart(term, candidate)) corrections.add(candidate);
    }
    return [...corrections].map((term) => ({ term, weight: this.data.options.typoWeight }));
  }

  private scoreTerm(term: string, weight: number, best: Map<number, number>): void {
    // Own keys only: a loaded index is a plain object, and "constructor" must not find Object's.
    const postings = Object.hasOwn(this.data.postings, term) ? this.data.postings[term] : undefined;
    const idf = this.idf.get(term);
    if (!postings || idf === undefined) return;
    const { boosts, k1, b } = this.data.options;
    const perDocument = new Map<number, number>();
    for (let index = 0; index < postings.length; index += 3) {
      const document = postings[index] ?? 0;
      const field = postings[index + 1] ?? 0;
      const frequency = postings[index + 2] ?? 0;
      const length = this.data.lengths[document * this.fieldCount + field] ?? 0;
      const norm = k1 * (1 - b + (b * length) / (this.averageLengths[field] ?? 1));
      const score = (boosts[field] ?? 1) * ((frequency * (k1 + 1)) / (frequency + norm));
      perDocument.set(document, (perDocument.get(document) ?? 0) + score);
    }
    for (const [document, fieldScore] of perDocument) {
      const score = weight * idf * fieldScore;
      if (score > (best.get(document) ?? 0)) best.set(document, score);
    }
  }
}

function deletionsOf(term: string): string[] {
  const variants: string[] = [];
  for (let index = 0; index < term.length; index++) variants.push(term.slice(0, index) + term.slice(index + 1));
  return variants;
}

/** One insertion, deletion, substitution or transposition apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return a === b;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (a.length === b.length) {
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(start) === long.slice(start + 1);
}
