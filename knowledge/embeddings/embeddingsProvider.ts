import { Embeddings } from '@langchain/core/embeddings';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** The provider for a spec; an operator's module is imported (and checked) here, once, so that its model id is known before any index is built. */
export async function createEmbeddingsProvider(spec: EmbeddingsSpec): Promise<EmbeddingsProvider> {
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
  /** Identifies the model (name and version), so that changing it rebuilds the index. */
  embeddingsId?: string;
}

async function moduleProvider(path: string): Promise<EmbeddingsProvider> {
  const absolute = isAbsolute(path) ? path : resolve(path);
  const loaded = (await import(pathToFileURL(absolute).href)) as Partial<EmbeddingsModule> & { default?: Partial<EmbeddingsModule> };
  // A CommonJS module imported from here may arrive under `default`.
  const module = typeof loaded.createEmbeddings === 'function' ? loaded : (loaded.default ?? {});
  const { createEmbeddings, embeddingsId } = module;
  if (typeof createEmbeddings !== 'function') throw new Error(`LOKET_EMBEDDINGS: ${absolute} does not export createEmbeddings()`);
  if (embeddingsId !== undefined && typeof embeddingsId !== 'string') throw new Error(`LOKET_EMBEDDINGS: embeddingsId in ${absolute} must be a string`);
  const create = async () => createEmbeddings();
  return {
    id: `module:${absolute}${embeddingsId ? `#${embeddingsId}` : ''}`,
    forBuild: async () => ({ embeddings: await create(), state: null }),
    forLoad: create,
  };
}
