import Redis from 'ioredis';

/**
 * Slows down password guessing: after `maxFailures` failed sign-ins for a
 * name or from an address within the window, further attempts are refused
 * until the window has passed. A successful sign-in clears the count.
 */
export interface LoginThrottle {
  blocked(...keys: string[]): Promise<boolean>;
  fail(...keys: string[]): Promise<void>;
  succeed(...keys: string[]): Promise<void>;
}

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;

/** One process: failure times per key. */
export class MemoryLoginThrottle implements LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = FAILURE_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async blocked(...keys: string[]): Promise<boolean> {
    return keys.some((key) => this.recent(key).length >= this.maxFailures);
  }

  async fail(...keys: string[]): Promise<void> {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  async succeed(...keys: string[]): Promise<void> {
    for (const key of keys) this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }
}

/**
 * Shared by all processes, so guessing is not spread over them: a counter per
 * key that expires with the window. If Redis cannot answer, this process's
 * own count still applies.
 */
export class RedisLoginThrottle implements LoginThrottle {
  private readonly local = new MemoryLoginThrottle();

  constructor(private readonly redis: Redis) {}

  async blocked(...keys: string[]): Promise<boolean> {
    try {
      const counts = await this.redis.mget(...keys.map(keyOf));
      return counts.some((count) => Number(count ?? 0) >= MAX_FAILURES);
    } catch {
      return this.local.blocked(...keys);
    }
  }

  async fail(...keys: string[]): Promise<void> {
    await this.local.fail(...keys);
    const batch = this.redis.multi();
    for (const key of keys) batch.incr(keyOf(key)).pexpire(keyOf(key), FAILURE_WINDOW_MS, 'NX');
    await batch.exec().catch(() => undefined);
  }

  async succeed(...keys: string[]): Promise<void> {
    await this.local.succeed(...keys);
    await this.redis.del(...keys.map(keyOf)).catch(() => undefined);
  }
}

function keyOf(key: string): string {
  return `loket:login-failures:${key}`;
}
