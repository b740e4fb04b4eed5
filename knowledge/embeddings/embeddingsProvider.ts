import { Embeddings } from '@langchain/core/embeddings';
import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_HASHING_PARAMS, HashingEmbeddings, HashingEmbeddingsParams } from './hashingEmbeddings';

/**
 * Where the index's embeddings come from. The default works offline with no
 * model; an operator may plug in any LangChain `Embeddings` (for example a
 * transformers.js model loaded from a local folder) through a module that
 * exports `createEmbeddings()`. Nothing is ever downloaded by Loket itself.
 */
export type EmbeddingsSpec = { kind: 'hashing' } | { kind: 'module'; path: string };

export interface EmbeddingsProvider {
  /** Changes whenever vectors would change; part of the index fingerprint. */
  readonly id: string;
  /** Embeddings for building an index over these passage texts, and the state to save with it. */
  forBuild(texts: string[]): Promise<{ embeddings: Embeddings; state: unknown }>;
  /** Embeddings for a saved index, from the state saved with it. */
  forLoad(state: unknown): Promise<Embeddings>;
}

export function createEmbeddingsProvider(spec: EmbeddingsSpec): EmbeddingsProvider {
  return spec.kind === 'hashing' ? hashingProvider() : moduleProvider(spec.path);
}

function hashingProvider(): EmbeddingsProvider {
  const { dimensions, minGram, maxGram } = DEFAULT_HASHING_PARAMS;
  return {
    id: `hashing-v1-${dimensions}d-${minGram}-${maxGram}`,
    forBuild: (texts) => {
      const embeddings = HashingEmbeddings.fit(texts);
      return Promise.resolve({ embeddings, state: embeddings.params });
    },
    forLoad: (state) => Promise.resolve(new HashingEmbeddings(state as HashingEmbeddingsParams)),
  };
}

interface EmbeddingsModule {
  createEmbeddings: () => Embeddings | Promise<Embeddings>;
  /** Identifies the model, so that changing it rebuilds the index. */
  embeddingsId?: string;
}

function moduleProvider(path: string): EmbeddingsProvider {
  const absolute = isAbsolute(path) ? path : resolve(path);
  const load = async (): Promise<EmbeddingsModule> => {
    const loaded = (await import(absolute)) as Partial<EmbeddingsModule>;
    if (typeof loaded.createEmbeddings !== 'function') throw new Error(`${absolute} does not export createEmbeddings()`);
    return loaded as EmbeddingsModule;
  };
  return {
    id: `module:${absolute}`,
    forBuild: async () => ({ embeddings: await (await load()).createEmbeddings(), state: null }),
    forLoad: async () => (await load()).createEmbeddings(),
  };
}
