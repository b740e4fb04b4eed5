import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createEmbeddingsProvider, EmbeddingsProvider } from '../../knowledge/embeddings/embeddingsProvider';
import { ensureIndex } from '../../knowledge/index/ensureIndex';
import { IndexStore } from '../../knowledge/index/indexStore';
import { HybridRetriever } from '../../knowledge/retrieval/hybridRetriever';
import { FIXTURES, temporaryDirectory } from '../support/paths';

describe('saved knowledge index', () => {
  let provider: EmbeddingsProvider;
  beforeAll(async () => {
    provider = await createEmbeddingsProvider({ kind: 'hashing' });
  });
  let work: Awaited<ReturnType<typeof temporaryDirectory>>;
  let content: string;
  let store: IndexStore;

  beforeEach(async () => {
    work = await temporaryDirectory('index');
    content = join(work.path, 'content', 'demo');
    await mkdir(content, { recursive: true });
    await cp(join(FIXTURES, 'knowledge', 'demo'), content, { recursive: true });
    store = new IndexStore(join(work.path, 'index'));
  });
  afterEach(() => work.remove());

  it('is built once and loaded from disk while the content is unchanged', async () => {
    const first = await ensureIndex({ path: content, format: 'markdown' }, store, provider);
    const second = await ensureIndex({ path: content, format: 'markdown' }, store, provider);
    expect(first.rebuilt).toBe(true);
    expect(second.rebuilt).toBe(false);
    expect(second.index.fingerprint).toBe(first.index.fingerprint);
    const [before, after] = await Promise.all([new HybridRetriever(first.index).retrieve('hond'), new HybridRetriever(second.index).retrieve('hond')]);
    expect(after.candidates.map((c) => [c.article.id, c.similarity.toFixed(6)])).toEqual(before.candidates.map((c) => [c.article.id, c.similarity.toFixed(6)]));
  });

  it('builds a new version in its own folder and switches to it when an article changes', async () => {
    const first = await ensureIndex({ path: content, format: 'markdown' }, store, provider);
    const file = join(content, 'hondenbelasting.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('€ 98,-', '€ 101,-'));
    const second = await ensureIndex({ path: content, format: 'markdown' }, store, provider);
    expect(second.rebuilt).toBe(true);
    expect(second.index.fingerprint).not.toBe(first.index.fingerprint);
    expect(await store.currentFingerprint()).toBe(second.index.fingerprint);
    expect((await readdir(join(work.path, 'index', 'versions'))).sort()).toEqual([first.index.fingerprint, second.index.fingerprint].sort());
  });

  it('never switches to a half-written version: readers keep the complete one', async () => {
    const first = await ensureIndex({ path: content, format: 'markdown' }, store, provider);
    // A build that crashed while HNSWLib.save() was writing leaves only a temporary folder behind.
    const crashed = join(work.path, 'index', 'versions', '.tmp-crashed-1');
    await mkdir(crashed, { recursive: true });
    await writeFile(join(crashed, 'hnswlib.index'), 'partial');
    expect(await store.currentFingerprint()).toBe(first.index.fingerprint);
    const loaded = await store.load(provider);
    expect(loaded.articles.size).toBe(4);
  });

  it('ignores a pointer to a version that is missing', async () => {
    await ensureIndex({ path: content, format: 'markdown' }, store, provider);
    await writeFile(join(work.path, 'index', 'current.json'), JSON.stringify({ fingerprint: 'gone' }));
    expect(await store.currentFingerprint()).toBeUndefined();
    expect((await ensureIndex({ path: content, format: 'markdown' }, store, provider)).rebuilt).toBe(true);
  });

  it('keeps the current and the previous version only', async () => {
    const file = join(content, 'afvalkalender.md');
    for (const day of ['02', '03', '04']) {
      await writeFile(file, (await readFile(file, 'utf8')).replace(/updated: 2026-02-\d\d/, `updated: 2026-02-${day}`));
      await ensureIndex({ path: content, format: 'markdown' }, store, provider);
    }
    expect(await readdir(join(work.path, 'index', 'versions'))).toHaveLength(2);
  });
});
