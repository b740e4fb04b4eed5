import { Storage, StoreItems } from 'botbuilder';
import { Logger } from 'pino';

const CACHED_KEYS = 10_000;

/**
 * Conversation state that survives a Redis outage. Every state this process
 * reads or writes is also kept here (the most recent conversations, bounded),
 * so when the shared store cannot answer the bot goes on with what it last
 * knew: an open handover stays open, a follow-up keeps its topic. Keys written
 * during the outage are written back when the shared store is reachable again.
 * An eTag conflict is not an outage and is passed on, so no turn overwrites another.
 */
export class ResilientStorage implements Storage {
  private readonly cache = new Map<string, unknown>();
  /** Keys whose latest state is only here. */
  private readonly pending = new Set<string>();
  private outage = false;

  constructor(
    private readonly shared: Storage,
    private readonly logger: Logger,
    private readonly isOutage: (error: unknown) => boolean,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const sharedKeys = keys.filter((key) => !this.pending.has(key));
    let items: StoreItems = {};
    if (sharedKeys.length > 0) {
      try {
        items = await this.shared.read(sharedKeys);
        for (const [key, item] of Object.entries(items)) this.remember(key, item);
      } catch (error) {
        if (!this.isOutage(error)) throw error;
        this.noteOutage(error);
        items = this.cached(sharedKeys);
      }
    }
    return { ...items, ...this.cached(keys.filter((key) => this.pending.has(key))) };
  }

  async write(changes: StoreItems): Promise<void> {
    const keys = Object.keys(changes);
    if (keys.some((key) => this.pending.has(key))) return this.keepLocally(changes);
    try {
      await this.shared.write(changes);
      for (const [key, item] of Object.entries(changes)) this.remember(key, item);
    } catch (error) {
      if (!this.isOutage(error)) throw error;
      this.noteOutage(error);
      this.keepLocally(changes);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      this.pending.delete(key);
      this.cache.delete(key);
    }
    try {
      await this.shared.delete(keys);
    } catch (error) {
      if (!this.isOutage(error)) throw error;
      this.noteOutage(error);
    }
  }

  /** Called when the shared store is back: writes what was kept here, last write wins. */
  async flush(): Promise<number> {
    let written = 0;
    for (const key of [...this.pending]) {
      const item = this.cache.get(key);
      if (item) await this.shared.write({ [key]: { ...(item as object), eTag: '*' } });
      this.pending.delete(key);
      written++;
    }
    if (this.outage) this.logger.info({ event: 'state-store-recovered', written });
    this.outage = false;
    return written;
  }

  private keepLocally(changes: StoreItems): void {
    // While the shared store is away, the latest write here wins.
    for (const [key, item] of Object.entries(changes)) {
      this.remember(key, { ...(item as object), eTag: '*' });
      this.pending.add(key);
    }
  }

  private remember(key: string, item: unknown): void {
    this.cache.delete(key);
    this.cache.set(key, structuredClone(item));
    if (this.cache.size <= CACHED_KEYS) return;
    for (const oldest of this.cache.keys()) {
      if (this.pending.has(oldest)) continue;
      this.cache.delete(oldest);
      break;
    }
  }

  private cached(keys: string[]): StoreItems {
    const items: StoreItems = {};
    for (const key of keys) if (this.cache.has(key)) items[key] = structuredClone(this.cache.get(key));
    return items;
  }

  private noteOutage(error: unknown): void {
    if (!this.outage) this.logger.error({ event: 'state-store-unreachable', err: error });
    this.outage = true;
  }
}
