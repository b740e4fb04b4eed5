import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

/** Runs one conversation's turns one at a time, so no turn reads state another is about to overwrite. */
export interface ConversationLock {
  run<T>(conversationId: string, task: () => Promise<T>): Promise<T>;
}

/** One process: a promise chain per conversation. */
export class MemoryConversationLock implements ConversationLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(conversationId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(conversationId) ?? Promise.resolve();
    const current = previous.then(task, task);
    const tail = current.catch(() => undefined);
    this.tails.set(conversationId, tail);
    try {
      return await current;
    } finally {
      if (this.tails.get(conversationId) === tail) this.tails.delete(conversationId);
    }
  }
}

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

export interface RedisLockOptions {
  /** The lock expires by itself if its owner dies mid-turn. */
  ttlMs: number;
  /** How long a turn waits for the lock before it goes ahead anyway (eTags still guard the state). */
  waitMs: number;
}

/**
 * Across processes: a Redis key per conversation holding the owner's random
 * token (SET NX PX), released only by its owner (compare-and-delete in Lua),
 * and expiring by itself after a crash. Within a process, turns queue locally
 * first, so only one per conversation polls Redis. If Redis cannot answer, the
 * turn runs with the local lock only: answering matters more than ordering,
 * and state writes still check eTags.
 */
export class RedisConversationLock implements ConversationLock {
  private readonly local = new MemoryConversationLock();

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisLockOptions = { ttlMs: 15_000, waitMs: 5_000 },
  ) {}

  run<T>(conversationId: string, task: () => Promise<T>): Promise<T> {
    return this.local.run(conversationId, async () => {
      const key = `loket:lock:${conversationId}`;
      const token = await this.acquire(key);
      try {
        return await task();
      } finally {
        if (token) await this.redis.eval(RELEASE, 1, key, token).catch(() => undefined);
      }
    });
  }

  private async acquire(key: string): Promise<string | undefined> {
    const token = randomUUID();
    const deadline = Date.now() + this.options.waitMs;
    let pause = 5;
    for (;;) {
      try {
        if ((await this.redis.set(key, token, 'PX', this.options.ttlMs, 'NX')) === 'OK') return token;
      } catch {
        return undefined;
      }
      if (Date.now() >= deadline) return undefined;
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 100);
    }
  }
}
