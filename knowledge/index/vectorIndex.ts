import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { EmbeddingsInterface } from '@langchain/core/embeddings';
import { Passage, passageToDocument } from './passages';

export interface VectorMatch {
  /** Position of the passage in the index's passage list. */
  passage: number;
  /** Cosine similarity, -1..1. */
  similarity: number;
}

/** Vector search over passages in LangChain's HNSWLib store (hnswlib-node, cosine space). */
export class VectorIndex {
  /** Passage number of each HNSW label, read once from LangChain's docstore. */
  private readonly passageOfLabel: number[] = [];
  private readonly labelOfPassage = new Map<number, number>();
  /** Stored vectors read back on first use, for exact similarities with a few chosen passages. */
  private readonly points = new Map<number, Float32Array>();

  private constructor(private readonly store: HNSWLib) {
    for (const [label, document] of store.docstore._docs) {
      this.passageOfLabel[Number(label)] = Number(document.metadata.passage);
      this.labelOfPassage.set(Number(document.metadata.passage), Number(label));
    }
  }

  static async build(passages: Passage[], vectors: number[][], embeddings: EmbeddingsInterface): Promise<VectorIndex> {
    const first = vectors[0];
    if (!first) throw new Error('cannot build a vector index without passages');
    const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: first.length });
    await store.addVectors(vectors, passages.map(passageToDocument));
    return new VectorIndex(store);
  }

  static async load(directory: string, embeddings: EmbeddingsInterface): Promise<VectorIndex> {
    return new VectorIndex(await HNSWLib.load(directory, embeddings));
  }

  /** Writes hnswlib.index, docstore.json and args.json (not atomically: see IndexStore). */
  save(directory: string): Promise<void> {
    return this.store.save(directory);
  }

  /**
   * Nearest passages. Asks hnswlib-node directly: LangChain's
   * similaritySearchVectorWithScore builds a Document per hit, which costs a
   * third of the search on the turn's hot path.
   */
  search(vector: number[], k: number): VectorMatch[] {
    if (!vector.some((value) => value !== 0)) return [];
    const { neighbors, distances } = this.store.index.searchKnn(vector, Math.min(k, this.size));
    return neighbors.map((label, index) => ({ passage: this.passageOfLabel[label] ?? -1, similarity: 1 - (distances[index] ?? 1) }));
  }

  /**
   * The best cosine similarity of the query with the given passages, computed
   * exactly: the nearest-neighbour search only sees the top few passages of
   * the whole index, and an article's own phrasings need not be among them.
   */
  bestSimilarity(query: SparseVector, passages: number[]): number {
    let best = 0;
    for (const passage of passages) {
      const point = this.point(passage);
      if (!point) continue;
      let sum = 0;
      for (let entry = 0; entry < query.indexes.length; entry++) sum += (query.values[entry] ?? 0) * (point[query.indexes[entry] ?? 0] ?? 0);
      if (sum > best) best = sum;
    }
    return best;
  }

  private point(passage: number): Float32Array | undefined {
    const cached = this.points.get(passage);
    if (cached) return cached;
    const label = this.labelOfPassage.get(passage);
    if (label === undefined) return undefined;
    const point = normalised(this.store.index.getPoint(label));
    this.points.set(passage, point);
    return point;
  }

  get size(): number {
    return this.store.index.getCurrentCount();
  }
}

/** The non-zero entries of a vector: offline hashing embeddings of a question are mostly zeros. */
export interface SparseVector {
  indexes: number[];
  values: number[];
}

export function sparse(vector: number[]): SparseVector {
  const indexes: number[] = [];
  const values: number[] = [];
  vector.forEach((value, index) => {
    if (value === 0) return;
    indexes.push(index);
    values.push(value);
  });
  return { indexes, values };
}

function normalised(values: number[]): Float32Array {
  const length = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0)) || 1;
  return Float32Array.from(values, (value) => value / length);
}
