import Redis from 'ioredis';

export interface RateLimit {
  /** How many hits a key may have per window. */
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  /** When the window ends, so a caller can say how long to wait. */
  retryAfterMs: number;
}

/** Counts hits per key in fixed windows: per conversation, per client address, per sign-in name. */
export interface RateLimiter {
  hit(key: string, rule: RateLimit): Promise<RateDecision>;
}

const MAX_KEYS = 50_000;

/** In one process: a map of windows, swept when it grows. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(key: string, rule: RateLimit): Promise<RateDecision> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size >= MAX_KEYS) this.sweep(now);
      window = { count: 0, endsAt: now + rule.windowMs };
      this.windows.set(key, window);
    }
    window.count++;
    return { allowed: window.count <= rule.limit, count: window.count, retryAfterMs: window.endsAt - now };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    // Under a flood of distinct keys, forget the oldest rather than grow without bound.
    while (this.windows.size >= MAX_KEYS) this.windows.delete(this.windows.keys().next().value as string);
  }
}

/** INCR and set the expiry once, atomically: the first hit of a window starts its clock. */
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}
`;

/**
 * Shared by all processes through Redis. When Redis cannot answer, the limit
 * falls back to this process's own count: limits stay in force, and a turn
 * never waits on a dead connection.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly local = new MemoryRateLimiter();

  constructor(private readonly redis: Redis) {}

  async hit(key: string, rule: RateLimit): Promise<RateDecision> {
    try {
      const [count, ttl] = (await this.redis.eval(HIT, 1, `loket:rate:${key}`, String(rule.windowMs))) as [number, number];
      return { allowed: count <= rule.limit, count, retryAfterMs: Math.max(0, ttl) };
    } catch {
      return this.local.hit(key, rule);
    }
  }
}
