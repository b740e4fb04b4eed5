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

  private constructor(private readonly store: HNSWLib) {
    for (const [label, document] of store.docstore._docs) this.passageOfLabel[Number(label)] = Number(document.metadata.passage);
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

  get size(): number {
    return this.store.index.getCurrentCount();
  }
}
