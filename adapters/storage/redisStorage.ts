import { Storage, StoreItems } from 'botbuilder';
import Redis from 'ioredis';

/**
 * Writes a value when the caller's eTag matches the stored one (or the caller
 * has none, or '*'), and bumps the eTag; in one step, so two processes
 * writing the same conversation cannot both win.
 */
const WRITE = `
local current = redis.call('HGET', KEYS[1], 'eTag')
if ARGV[1] ~= '' and ARGV[1] ~= '*' and current and current ~= ARGV[1] then return false end
local eTag = tostring(redis.call('HINCRBY', KEYS[1], 'version', 1))
redis.call('HSET', KEYS[1], 'eTag', eTag, 'value', ARGV[2])
if tonumber(ARGV[3]) > 0 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
return eTag
`;

interface WriteCommand {
  loketStateWrite(key: string, eTag: string, value: string, ttlSeconds: string): Promise<string | null>;
}

/**
 * Bot Framework `Storage` in Redis, for conversation state shared by several
 * Loket processes. Same eTag semantics as botbuilder's MemoryStorage; entries
 * expire after `ttlSeconds` without a write (bounded retention).
 */
export class RedisStorage implements Storage {
  private readonly prefix: string;
  private readonly ttlSeconds: number;

  constructor(
    private readonly redis: Redis,
    options: { prefix?: string; ttlSeconds?: number } = {},
  ) {
    this.prefix = options.prefix ?? 'loket:state:';
    this.ttlSeconds = options.ttlSeconds ?? 0;
    redis.defineCommand('loketStateWrite', { numberOfKeys: 1, lua: WRITE });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const batch = this.redis.pipeline();
    for (const key of keys) batch.hmget(this.prefix + key, 'value', 'eTag');
    const results = (await batch.exec()) ?? [];
    const items: StoreItems = {};
    keys.forEach((key, index) => {
      const [error, fields] = results[index] ?? [];
      if (error) throw error;
      const [value, eTag] = (fields ?? []) as (string | null)[];
      if (value) items[key] = { ...(JSON.parse(value) as object), eTag };
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const command = this.redis as unknown as WriteCommand;
    await Promise.all(
      Object.entries(changes).map(async ([key, change]) => {
        const { eTag, ...value } = change as Record<string, unknown>;
        const written = await command.loketStateWrite(this.prefix + key, typeof eTag === 'string' ? eTag : '', JSON.stringify(value), String(this.ttlSeconds));
        if (written === null) throw new ETagConflict(key);
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...keys.map((key) => this.prefix + key));
  }
}

/** Another turn wrote this conversation first: not an outage, the caller must not overwrite it. */
export class ETagConflict extends Error {
  constructor(key: string) {
    super(`Storage: eTag conflict for key "${key}"`);
    this.name = 'ETagConflict';
  }
}
