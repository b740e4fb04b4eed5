import { join } from 'node:path';
import { LmdbStorage } from '../../adapters/storage/lmdbStorage';
import { temporaryDirectory } from '../support/paths';

describe('LMDB conversation state storage', () => {
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let storage: LmdbStorage;
  beforeEach(async () => {
    data = await temporaryDirectory('lmdb');
    storage = LmdbStorage.open(join(data.path, 'state'));
  });
  afterEach(async () => {
    await storage.close();
    await data.remove();
  });

  it('reads back what was written, with an eTag', async () => {
    await storage.write({ 'conv/1': { loket: { misses: 1 } } });
    const items = await storage.read(['conv/1', 'missing']);
    expect(items['conv/1']).toEqual({ loket: { misses: 1 }, eTag: '1' });
    expect(items.missing).toBeUndefined();
  });

  it('refuses a write based on an old eTag, so no turn overwrites a newer one', async () => {
    await storage.write({ k: { n: 1 } });
    const { k: first } = await storage.read(['k']);
    await storage.write({ k: { ...first, n: 2 } });
    await expect(storage.write({ k: { ...first, n: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['k'])).k).toMatchObject({ n: 2 });
    await storage.write({ k: { n: 4, eTag: '*' } });
    expect((await storage.read(['k'])).k).toMatchObject({ n: 4 });
  });

  it('keeps state across a restart', async () => {
    await storage.write({ k: { n: 1 } });
    await storage.close();
    storage = LmdbStorage.open(join(data.path, 'state'));
    expect((await storage.read(['k'])).k).toMatchObject({ n: 1 });
  });

  it('deletes, and purges entries older than the retention period', async () => {
    await storage.write({ a: { n: 1 }, b: { n: 2 } });
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
    expect(await storage.purgeOlderThan(new Date(Date.now() + 1000))).toBe(1);
    expect(await storage.read(['b'])).toEqual({});
  });
});
