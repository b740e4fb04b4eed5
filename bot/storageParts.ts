import { Storage } from 'botbuilder';
import Redis from 'ioredis';
import { join } from 'node:path';
import { Logger } from 'pino';
import { LmdbStorage } from '../adapters/storage/lmdbStorage';
import { ETagConflict, RedisStorage } from '../adapters/storage/redisStorage';
import { ResilientStorage } from '../adapters/storage/resilientStorage';
import { LoketConfig } from './config';

export interface StorageParts {
  /** Conversation state: the one given, Redis (kept locally while Redis is away), or LMDB in the data folder. */
  storage: Storage;
  /** Writes back what was kept locally while Redis was away; nothing to do without Redis. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Where conversation state lives, chosen once at start-up. */
export function buildStorageParts(config: LoketConfig, redis: Redis | undefined, logger: Logger, given?: Storage): StorageParts {
  if (given) return { storage: given, flush: () => Promise.resolve(), close: () => Promise.resolve() };
  if (redis) {
    const shared = new ResilientStorage(
      new RedisStorage(redis, { ttlSeconds: config.chat.conversationTtlHours * 3600 }),
      logger,
      (error) => !(error instanceof ETagConflict),
    );
    return { storage: shared, flush: async () => void (await shared.flush()), close: () => Promise.resolve() };
  }
  const own = LmdbStorage.open(join(config.dataDir, 'state'));
  return { storage: own, flush: () => Promise.resolve(), close: () => own.close() };
}

/**
 * Redis for the shared state, queues and pub/sub, when configured. With
 * LOKET_REDIS_STARTUP=embedded an unreachable Redis is logged and Loket
 * starts on its own stores instead of stopping.
 */
export async function connectRedisOrNot(url: string | undefined, startup: LoketConfig['redisStartup'], logger: Logger): Promise<Redis | undefined> {
  if (!url) return undefined;
  try {
    return await connectRedis(url);
  } catch (error) {
    if (startup === 'require') throw error;
    logger.error({ event: 'redis-unavailable-starting-embedded', err: error });
    return undefined;
  }
}

/**
 * Short timeouts and few retries: a channel gives a turn 15 seconds in all,
 * and ioredis's defaults can hold a command far longer. Start-up waits for a
 * first answer, so a wrong REDIS_URL stops Loket with a clear message.
 */
async function connectRedis(url: string): Promise<Redis> {
  // Without the offline queue a command fails at once while Redis is away, so the fallbacks answer instead of a 15-second wait.
  const redis = new Redis(url, { commandTimeout: 2_000, maxRetriesPerRequest: 2, connectTimeout: 5_000, lazyConnect: true, enableOfflineQueue: false });
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (error) {
    redis.disconnect();
    throw new Error(`Redis at ${new URL(url).host} is not reachable: ${(error as Error).message}`, { cause: error });
  }
}
