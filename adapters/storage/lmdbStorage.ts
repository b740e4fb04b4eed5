import { Storage, StoreItems } from 'botbuilder';
import { open, RootDatabase } from 'lmdb';

interface Stored {
  value: Record<string, unknown>;
  savedAt: number;
}

/**
 * Bot Framework `Storage` on LMDB (lmdb-js): the embedded default for
 * conversation state. Reads come from a memory map; writes are committed to
 * disk before they resolve, and concurrent writes share one commit, so state
 * survives a crash or restart without costing a disk flush per turn under
 * load. eTags are LMDB entry versions, checked atomically, so a turn cannot
 * overwrite a newer one.
 */
export class LmdbStorage implements Storage {
  private constructor(private readonly db: RootDatabase<Stored, string>) {}

  static open(path: string): LmdbStorage {
    return new LmdbStorage(open<Stored, string>({ path, useVersions: true, compression: false }));
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.db.getEntry(key);
      if (entry?.value) items[key] = { ...entry.value.value, eTag: String(entry.version) };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes) as [string, Record<string, unknown>][]) {
      const { eTag, ...value } = change;
      const current = this.db.getEntry(key);
      const version = (current?.version ?? 0) + 1;
      const stored: Stored = { value, savedAt: Date.now() };
      const conditional = current && typeof eTag === 'string' && eTag !== '*';
      const written = conditional ? await this.db.put(key, stored, version, Number(eTag)) : await this.db.put(key, stored, version);
      if (!written) throw new Error(`Storage: eTag conflict for key "${key}"`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.db.remove(key)));
  }

  /** Deletes entries not written since `before` (retention); returns how many. */
  async purgeOlderThan(before: Date): Promise<number> {
    const stale = [...this.db.getRange()].filter(({ value }) => value.savedAt < before.getTime()).map(({ key }) => key);
    await Promise.all(stale.map((key) => this.db.remove(key)));
    return stale.length;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
