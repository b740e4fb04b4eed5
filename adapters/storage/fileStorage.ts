import { Storage, StoreItems } from 'botbuilder';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

interface Entry {
  json: string;
  eTag: string;
}

const MAX_CACHED = 10_000;

/**
 * Bot Framework `Storage` on local files: the embedded default for
 * conversation state, so a restart does not make Loket forget an open
 * question. One file per key (named by its hash), replaced atomically;
 * writes honour eTags like the Redis and Cosmos stores, so a turn cannot
 * overwrite a newer one.
 */
export class FileStorage implements Storage {
  private readonly cache = new Map<string, Entry | null>();
  private ready: Promise<unknown> | undefined;

  constructor(private readonly directory: string) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = await this.entry(key);
      if (entry) items[key] = { ...JSON.parse(entry.json), eTag: entry.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.ensureDirectory();
    for (const [key, change] of Object.entries(changes) as [string, Record<string, unknown>][]) {
      const current = await this.entry(key);
      const expected = change.eTag;
      if (current && typeof expected === 'string' && expected !== '*' && expected !== current.eTag) {
        throw new Error(`Storage: eTag conflict for key "${key}"`);
      }
      const { eTag: _ignored, ...value } = change;
      const entry = { json: JSON.stringify(value), eTag: randomUUID() };
      await writeFileAtomic(this.file(key), JSON.stringify({ key, ...entry }), { fsync: false });
      this.remember(key, entry);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      await rm(this.file(key), { force: true });
      this.remember(key, null);
    }
  }

  /** Deletes entries not written since `before` (retention); returns how many. */
  async purgeOlderThan(before: Date): Promise<number> {
    let removed = 0;
    const names = await readdir(this.directory).catch(() => [] as string[]);
    for (const name of names.filter((file) => file.endsWith('.json'))) {
      if ((await stat(join(this.directory, name))).mtime >= before) continue;
      await rm(join(this.directory, name), { force: true });
      removed++;
    }
    this.cache.clear();
    return removed;
  }

  private async entry(key: string): Promise<Entry | null> {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    try {
      const stored = JSON.parse(await readFile(this.file(key), 'utf8')) as Entry & { key: string };
      const entry = { json: stored.json, eTag: stored.eTag };
      this.remember(key, entry);
      return entry;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.remember(key, null);
      return null;
    }
  }

  private remember(key: string, entry: Entry | null): void {
    if (this.cache.size >= MAX_CACHED && !this.cache.has(key)) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.delete(key);
    this.cache.set(key, entry);
  }

  private ensureDirectory(): Promise<unknown> {
    this.ready ??= mkdir(this.directory, { recursive: true });
    return this.ready;
  }

  private file(key: string): string {
    return join(this.directory, `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`);
  }
}
