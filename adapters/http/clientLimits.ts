import { Logger } from 'pino';
import { Next, Request, Response } from 'restify';
import { RateLimit, RateLimiter } from '../limits/rateLimiter';

export interface ClientRule {
  method: string;
  /** Paths this rule counts (a prefix, or a pattern for paths with ids). */
  path: RegExp;
  /** Rules with the same name share one count per address. */
  name: string;
  rule: RateLimit;
}

/**
 * Per-address limits on the public chat transport: new chats and posted
 * messages. A client over the limit gets 429 with Retry-After and a message
 * the page can show; the process log says so once per window.
 */
export function clientLimits(limiter: RateLimiter, rules: ClientRule[], logger: Logger, trustProxy = false) {
  // restify wants callback-style middleware when it takes `next`.
  return (req: Request, res: Response, next: Next): void => {
    check(req, res, limiter, rules, logger, addressOf(req, trustProxy)).then(
      (blocked) => (blocked ? next(false) : next()),
      () => next(),
    );
  };
}

/** True when the request was refused (and answered). */
async function check(req: Request, res: Response, limiter: RateLimiter, rules: ClientRule[], logger: Logger, address: string): Promise<boolean> {
  const path = req.getPath();
  for (const rule of rules) {
    if (rule.method !== req.method || !rule.path.test(path)) continue;
    const decision = await limiter.hit(`client:${rule.name}:${address}`, rule.rule);
    if (decision.allowed) continue;
    if (decision.count === rule.rule.limit + 1) logger.warn({ event: 'client-rate-limited', rule: rule.name, limit: rule.rule.limit });
    res.header('Retry-After', String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))));
    res.send(429, {
      error: {
        code: 'TooManyRequests',
        message: 'U stuurt veel berichten kort na elkaar. Wacht even en probeer het opnieuw. / Too many requests; please wait a moment.',
      },
    });
    return true;
  }
  return false;
}

/** Behind a reverse proxy every request comes from the proxy; with trustProxy the client is the first X-Forwarded-For address. */
function addressOf(req: Request, trustProxy: boolean): string {
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-for'] ?? '')
        .split(',')[0]
        ?.trim()
    : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}
