import { createHmac, timingSafeEqual } from 'node:crypto';
import { AgentAccount, Role } from './agentAccounts';

export interface Session {
  name: string;
  displayName: string;
  roles: Role[];
  expires: number;
  /** Sent back in a header on every change: a cross-site form cannot know it. */
  csrf: string;
}

export const SESSION_COOKIE = 'loket_session';

/**
 * Stateless signed sessions: the cookie carries who is signed in and until
 * when, with an HMAC, so every Loket process that shares the secret accepts
 * it without a session store.
 */
export class AgentSessions {
  constructor(
    private readonly secret: string,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  issue(account: Pick<AgentAccount, 'name' | 'displayName' | 'roles'>): { token: string; session: Session } {
    const expires = this.now() + this.ttlMs;
    const body = Buffer.from(JSON.stringify({ name: account.name, displayName: account.displayName, roles: account.roles, expires })).toString('base64url');
    const token = `${body}.${this.sign(body)}`;
    return { token, session: this.read(token) as Session };
  }

  read(token: string | undefined): Session | undefined {
    if (!token) return undefined;
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined || !equal(signature, this.sign(body))) return undefined;
    try {
      const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Omit<Session, 'csrf'>;
      if (typeof parsed.expires !== 'number' || parsed.expires < this.now()) return undefined;
      return { ...parsed, csrf: this.sign(`csrf:${body}`) };
    } catch {
      return undefined;
    }
  }

  cookie(token: string, secure: boolean): string {
    return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.floor(this.ttlMs / 1000)}${secure ? '; Secure' : ''}`;
  }

  clearCookie(secure: boolean): string {
    return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
  }

  private sign(value: string): string {
    return createHmac('sha256', this.secret).update(`loket-session:${value}`).digest('base64url');
  }
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
