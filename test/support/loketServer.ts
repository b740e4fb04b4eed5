import pino, { Logger } from 'pino';
import { loadConfig, LoketConfig } from '../../bot/config';
import { RunningLoket, startLoket } from '../../bot/loket';

/** Every test talks from 127.0.0.1: per-address limits apply only where a test sets them. */
export const GENEROUS_LIMITS = { LOKET_RATE_LIMIT_CLIENT: '100000/60', LOKET_RATE_LIMIT_TOKENS: '100000/60', LOKET_RATE_LIMIT_CONVERSATION: '100000/60' };

/** Starts a real Loket on a free loopback port with its own data folder. */
export async function startTestLoket(
  env: Record<string, string>,
  logger: Logger = pino({ level: 'silent' }),
): Promise<{ loket: RunningLoket; config: LoketConfig }> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...GENEROUS_LIMITS, ...env });
  const loket = await startLoket(config, { logger });
  return { loket, config };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}
