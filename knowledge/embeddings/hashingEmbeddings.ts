import { Embeddings } from '@langchain/core/embeddings';
import { wordsOf } from '../text/normalize';
import { isStopword } from '../text/stopwords';

export interface HashingEmbeddingsParams {
  dimensions: number;
  /** Smallest and largest character n-gram, taken from "<word>" with boundary marks. */
  minGram: number;
  maxGram: number;
  /** Inverse document frequency per bucket, fitted on the corpus; empty means all 1. */
  idf: number[];
}

export const DEFAULT_HASHING_PARAMS: Omit<HashingEmbeddingsParams, 'idf'> = { dimensions: 384, minGram: 3, maxGram: 5 };

/**
 * Offline embeddings without any model: each word is cut into character
 * n-grams that are hashed (signed feature hashing) into a fixed number of
 * dimensions and weighted by the corpus IDF of their bucket. Misspellings and
 * inflections share most n-grams with the right word, which is what a citizen's
 * "paspoord verlengen" needs. Replaceable by a neural `Embeddings` (see
 * createEmbeddings) when an operator provides a model.
 */
export class HashingEmbeddings extends Embeddings {
  readonly params: HashingEmbeddingsParams;

  constructor(params: Partial<HashingEmbeddingsParams> = {}) {
    super({});
    this.params = { ...DEFAULT_HASHING_PARAMS, idf: [], ...params };
  }

  /** Returns embeddings with IDF weights fitted on `texts` (the passages to be indexed). */
  static fit(texts: string[], params: Partial<HashingEmbeddingsParams> = {}): HashingEmbeddings {
    const base = new HashingEmbeddings({ ...params, idf: [] });
    const documentFrequency = new Array<number>(base.params.dimensions).fill(0);
    for (const text of texts) {
      for (const bucket of new Set(base.buckets(text).map((feature) => feature.bucket))) {
        documentFrequency[bucket] = (documentFrequency[bucket] ?? 0) + 1;
      }
    }
    const idf = documentFrequency.map((df) => Math.log((texts.length + 1) / (df + 1)) + 1);
    return new HashingEmbeddings({ ...base.params, idf });
  }

  embedDocuments(texts: string[]): Promise<number[][]> {
    return Promise.resolve(texts.map((text) => this.embed(text)));
  }

  embedQuery(text: string): Promise<number[]> {
    return Promise.resolve(this.embed(text));
  }

  /** Synchronous embedding for the hot path (a turn must not wait on the event loop for this). */
  embed(text: string): number[] {
    const vector = new Array<number>(this.params.dimensions).fill(0);
    for (const { bucket, sign, weight } of this.buckets(text)) {
      vector[bucket] = (vector[bucket] ?? 0) + sign * weight * (this.params.idf[bucket] ?? 1);
    }
    return normalise(vector);
  }

  private buckets(text: string): Feature[] {
    const features: Feature[] = [];
    for (const word of wordsOf(text)) {
      if (isStopword(word)) continue;
      const grams = ngrams(`<${word}>`, this.params.minGram, this.params.maxGram);
      // Every word weighs the same, however long it is.
      const weight = 1 / Math.sqrt(grams.length);
      for (const gram of grams) {
        const hash = fnv1a(gram);
        features.push({ bucket: hash % this.params.dimensions, sign: hash & 0x80000000 ? -1 : 1, weight });
      }
    }
    return features;
  }
}

interface Feature {
  bucket: number;
  sign: 1 | -1;
  weight: number;
}

function ngrams(marked: string, min: number, max: number): string[] {
  const grams: string[] = [];
  for (let size = min; size <= max; size++) {
    for (let start = 0; start + size <= marked.length; start++) grams.push(marked.slice(start, start + size));
  }
  return grams.length > 0 ? grams : [marked];
}

/** 32-bit FNV-1a: fast and well spread for short strings. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function normalise(vector: number[]): number[] {
  const length = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return length === 0 ? vector : vector.map((value) => value / length);
}
