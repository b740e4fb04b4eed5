import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';
import { createEmbeddingsProvider } from '../../knowledge/embeddings/embeddingsProvider';
import { ensureIndex } from '../../knowledge/index/ensureIndex';
import { IndexStore } from '../../knowledge/index/indexStore';
import { HybridRetriever } from '../../knowledge/retrieval/hybridRetriever';
import { FIXTURES, temporaryDirectory } from '../support/paths';

const MODULE = join(FIXTURES, 'embeddings', 'wordHashing.js');
const DEMO = { path: join(FIXTURES, 'knowledge', 'demo'), format: 'markdown' as const };

/** What an operator configures with LOKET_EMBEDDINGS=module:… (for example a model in a local folder). */
describe("an operator's embeddings module", () => {
  it('builds the index, is saved with it and is used again when the index is loaded', async () => {
    const work = await temporaryDirectory('embeddings-module');
    try {
      const store = new IndexStore(join(work.path, 'index'));
      const built = await ensureIndex(DEMO, store, await createEmbeddingsProvider({ kind: 'module', path: MODULE }));
      const loaded = await ensureIndex(DEMO, store, await createEmbeddingsProvider({ kind: 'module', path: MODULE }));
      expect([built.rebuilt, loaded.rebuilt]).toEqual([true, false]);
      for (const { index } of [built, loaded]) {
        expect(index.embeddings).toMatchObject({ modelName: 'word-hashing-test' });
        const { candidates } = await new HybridRetriever(index).retrieve('hoeveel hondenbelasting betaal ik per hond');
        expect(candidates[0]?.article.id).toBe('hondenbelasting');
        expect(candidates[0]?.similarity).toBeGreaterThan(0);
      }
    } finally {
      await work.remove();
    }
  });

  it('names its model in the index fingerprint, so another model rebuilds the index', async () => {
    const hashing = await createEmbeddingsProvider({ kind: 'hashing' });
    const operator = await createEmbeddingsProvider({ kind: 'module', path: MODULE });
    expect(operator.id).toBe(`module:${MODULE}#word-hashing-test-v1`);
    expect(operator.id).not.toBe(hashing.id);
  });

  it('is refused, with its path named, when it exports no createEmbeddings()', async () => {
    const broken = join(FIXTURES, 'embeddings', 'notEmbeddings.js');
    await expect(createEmbeddingsProvider({ kind: 'module', path: broken })).rejects.toThrow(`LOKET_EMBEDDINGS: ${broken} does not export createEmbeddings()`);
  });

  it('stops start-up when the configured module is not there', () => {
    const missing = join(FIXTURES, 'embeddings', 'missing.js');
    expect(() => loadConfig({ LOKET_EMBEDDINGS: `module:${missing}` })).toThrow(ConfigError);
    expect(() => loadConfig({ LOKET_EMBEDDINGS: `module:${missing}` })).toThrow(`LOKET_EMBEDDINGS: no module at ${missing}`);
    expect(loadConfig({ LOKET_EMBEDDINGS: `module:${MODULE}` }).embeddings).toEqual({ kind: 'module', path: MODULE });
  });
});
