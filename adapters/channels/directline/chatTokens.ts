import jwt from 'jsonwebtoken';

export interface ChatGrant {
  conversationId: string;
  userId: string;
}

const AUDIENCE = 'loket-chat';

/**
 * Per-conversation chat tokens (HS256 JWT): a token opens exactly one
 * conversation, so no citizen can read or write another's. Short-lived and
 * refreshed by the Web Chat client like Direct Line tokens.
 */
export class ChatTokens {
  constructor(
    private readonly secret: string,
    readonly ttlSeconds: number,
  ) {}

  issue(grant: ChatGrant): string {
    return jwt.sign({ cid: grant.conversationId, uid: grant.userId }, this.secret, { algorithm: 'HS256', audience: AUDIENCE, expiresIn: this.ttlSeconds });
  }

  /** The grant of a valid token, or undefined for a missing, forged or expired one. */
  verify(token: string | undefined): ChatGrant | undefined {
    if (!token) return undefined;
    try {
      const payload = jwt.verify(token, this.secret, { algorithms: ['HS256'], audience: AUDIENCE });
      if (typeof payload !== 'object' || typeof payload.cid !== 'string' || typeof payload.uid !== 'string') return undefined;
      return { conversationId: payload.cid, userId: payload.uid };
    } catch {
      return undefined;
    }
  }
}

/** The token from an `Authorization: Bearer …` header. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match?.[1];
}
