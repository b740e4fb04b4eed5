import { createHmac, timingSafeEqual } from 'node:crypto';
import type * as OpenIdClient from 'openid-client';
import { Logger } from 'pino';
import { Request, Response, Server } from 'restify';
import type { OidcSettings } from '../../bot/oidcConfig';
import { Role } from '../agents/agentAccounts';
import { AgentSessions, cookieValue } from '../agents/agentSessions';

export interface OidcSignInDeps {
  settings: OidcSettings;
  sessions: AgentSessions;
  secureCookies: boolean;
  logger: Logger;
  /** Signs the short-lived sign-in state cookie. */
  secret: string;
}

/** What the browser carries between /login and /callback: PKCE verifier, state, nonce and the console to return to. */
interface PendingSignIn {
  verifier: string;
  state: string;
  nonce: string;
  next: string;
  expires: number;
}

interface Provider {
  client: typeof OpenIdClient;
  config: OpenIdClient.Configuration;
}

type Claims = Record<string, unknown>;

const STATE_COOKIE = 'loket_oidc';
const STATE_PATH = '/auth/oidc';
const STATE_TTL_MS = 10 * 60_000;
/** Only our own console pages: anything else would be an open redirect. */
const NEXT_PAGES = new Set(['/agent', '/editor']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const ROLE_ORDER: Role[] = ['agent', 'editor', 'admin'];

const MESSAGES = {
  badRequest: 'Ongeldig verzoek. Open de console opnieuw en probeer het nog eens.',
  expired: 'Het aanmelden is verlopen of ongeldig. Probeer het opnieuw.',
  failed: 'Aanmelden met uw organisatie-account is niet gelukt. Probeer het opnieuw.',
  unavailable: 'De aanmeldservice van uw organisatie is nu niet bereikbaar. Probeer het later opnieuw.',
  noAccess: 'U heeft geen toegang tot de consoles. Vraag uw beheerder om toegang.',
};

/** Thrown when discovery fails, so the caller answers 502 rather than 400. */
class ProviderUnavailable extends Error {
  constructor(cause: unknown) {
    super('OpenID provider discovery failed', { cause });
    this.name = 'ProviderUnavailable';
  }
}

/**
 * Single sign-on for the consoles with OpenID Connect (authorization code
 * flow with PKCE S256, state and nonce). The organisation's groups become
 * Loket roles; the result is the same signed session cookie as a local
 * sign-in, so the consoles need not know how someone signed in.
 */
export class OidcSignIn {
  private provider?: Promise<Provider>;
  private readonly insecureIssuer: boolean;

  constructor(private readonly deps: OidcSignInDeps) {
    this.insecureIssuer = plainHttpAllowed(deps.settings.issuer);
  }

  register(server: Server): void {
    server.get('/auth/oidc/status', async (req: Request, res: Response) => void res.send(200, { enabled: true }));
    server.get('/auth/oidc/login', async (req: Request, res: Response) => this.login(req, res));
    server.get('/auth/oidc/callback', async (req: Request, res: Response) => this.callback(req, res));
  }

  private async login(req: Request, res: Response): Promise<void> {
    const next = (req.query as Record<string, unknown> | undefined)?.next;
    if (typeof next !== 'string' || !NEXT_PAGES.has(next)) return page(res, 400, MESSAGES.badRequest);
    let provider: Provider;
    try {
      provider = await this.discover();
    } catch (error) {
      this.logFailure('oidc-login-failed', error);
      return page(res, 502, MESSAGES.unavailable);
    }
    const { client, config } = provider;
    const pending: PendingSignIn = {
      verifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
      next,
      expires: Date.now() + STATE_TTL_MS,
    };
    const groupsScope = config.serverMetadata().scopes_supported?.includes('groups') ? ['groups'] : [];
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.deps.settings.redirectUrl,
      scope: ['openid', 'profile', 'email', ...groupsScope].join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    redirect(res, url.href, [this.stateCookie(pending)]);
  }

  private async callback(req: Request, res: Response): Promise<void> {
    const clear = this.stateCookie(undefined);
    const pending = this.readState(req.headers.cookie);
    if (!pending) {
      this.deps.logger.warn({ event: 'oidc-callback-rejected', reason: 'missing-or-invalid-state-cookie' });
      return page(res, 400, MESSAGES.expired, [clear]);
    }
    let claims: Claims;
    try {
      claims = await this.exchange(req, pending);
    } catch (error) {
      this.logFailure('oidc-callback-failed', error);
      const upstream = isUpstreamFailure(error);
      return page(res, upstream ? 502 : 400, upstream ? MESSAGES.unavailable : MESSAGES.failed, [clear]);
    }
    const name = accountName(claims);
    const roles = rolesOf(claims[this.deps.settings.groupsClaim], this.deps.settings.roles);
    if (roles.length === 0) {
      this.deps.logger.warn({ event: 'oidc-no-role', name });
      return page(res, 403, MESSAGES.noAccess, [clear]);
    }
    const displayName = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 80) : name;
    const { token } = this.deps.sessions.issue({ name, displayName, roles });
    this.deps.logger.info({ event: 'console-signed-in', method: 'oidc', name, roles });
    redirect(res, pending.next, [this.deps.sessions.cookie(token, this.deps.secureCookies), clear]);
  }

  /** Code for tokens (checking state, nonce and PKCE); the groups from the ID token, or else from userinfo. */
  private async exchange(req: Request, pending: PendingSignIn): Promise<Claims> {
    const { client, config } = await this.discover();
    const current = new URL(this.deps.settings.redirectUrl);
    current.search = new URL(req.url ?? '/', 'http://callback.invalid').search;
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('The provider returned no ID token');
    if (idClaims[this.deps.settings.groupsClaim] !== undefined || !config.serverMetadata().userinfo_endpoint) return { ...idClaims };
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    return { ...userinfo, ...idClaims };
  }

  /** Discovery once, on first use; a failure is not cached, so the next request tries again. */
  private discover(): Promise<Provider> {
    this.provider ??= this.discoverNow().catch((error: unknown) => {
      this.provider = undefined;
      throw new ProviderUnavailable(error);
    });
    return this.provider;
  }

  private async discoverNow(): Promise<Provider> {
    const client = await import('openid-client');
    const { issuer, clientId, clientSecret } = this.deps.settings;
    const config = await client.discovery(new URL(issuer), clientId, clientSecret, client.ClientSecretBasic(clientSecret), {
      timeout: 10,
      ...(this.insecureIssuer ? { execute: [client.allowInsecureRequests] } : {}),
    });
    this.deps.logger.info({ event: 'oidc-discovered', issuer });
    return { client, config };
  }

  /** No tokens, codes or response bodies in the log: the error's kind and message only. */
  private logFailure(event: string, error: unknown): void {
    const failure = error instanceof ProviderUnavailable && error.cause !== undefined ? error.cause : error;
    const { name, message, code, error: oauthError, status } = (failure ?? {}) as Record<string, unknown>;
    this.deps.logger.error({
      event,
      issuer: this.deps.settings.issuer,
      discovery: error instanceof ProviderUnavailable,
      name,
      message,
      code,
      oauthError,
      status,
    });
  }

  /** The pending sign-in in a signed, HttpOnly cookie; Lax because the provider sends the browser back cross-site. */
  private stateCookie(pending: PendingSignIn | undefined): string {
    const secure = this.deps.secureCookies ? '; Secure' : '';
    if (!pending) return `${STATE_COOKIE}=; Path=${STATE_PATH}; HttpOnly; SameSite=Lax; Max-Age=0${secure}`;
    const body = Buffer.from(JSON.stringify(pending)).toString('base64url');
    return `${STATE_COOKIE}=${body}.${this.sign(body)}; Path=${STATE_PATH}; HttpOnly; SameSite=Lax; Max-Age=${STATE_TTL_MS / 1000}${secure}`;
  }

  private readState(header: string | undefined): PendingSignIn | undefined {
    const [body, signature, extra] = (cookieValue(header, STATE_COOKIE) ?? '').split('.');
    if (!body || !signature || extra !== undefined || !equal(signature, this.sign(body))) return undefined;
    try {
      const pending = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<PendingSignIn>;
      const complete = [pending.verifier, pending.state, pending.nonce, pending.next].every((value) => typeof value === 'string');
      if (!complete || !NEXT_PAGES.has(pending.next as string) || typeof pending.expires !== 'number' || pending.expires < Date.now()) return undefined;
      return pending as PendingSignIn;
    } catch {
      return undefined;
    }
  }

  private sign(value: string): string {
    return createHmac('sha256', this.deps.secret).update(`loket-oidc-state:${value}`).digest('base64url');
  }
}

/** Plain http only for a provider on this machine (tests, local development); anywhere else tokens would cross the network unencrypted. */
function plainHttpAllowed(issuer: string): boolean {
  const url = new URL(issuer);
  if (url.protocol === 'https:') return false;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return true;
  throw new Error(`LOKET_OIDC_ISSUER must use https (plain http only for 127.0.0.1 or localhost): ${url.origin}`);
}

/** The union of the roles of every group the person is in. */
export function rolesOf(groups: unknown, mapping: Record<string, Role[]>): Role[] {
  const names = typeof groups === 'string' ? [groups] : Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [];
  const held = new Set(names.flatMap((group) => (Object.hasOwn(mapping, group) ? (mapping[group] ?? []) : [])));
  return ROLE_ORDER.filter((role) => held.has(role));
}

/** The console name: preferred_username (or else sub), lowercased, to the characters local account names use. */
export function accountName(claims: Claims): string {
  const clean = (value: unknown) =>
    typeof value === 'string'
      ? value
          .toLowerCase()
          .replace(/[^a-z0-9._-]/g, '')
          .slice(0, 40)
      : '';
  const name = clean(claims.preferred_username) || clean(claims.sub);
  if (name) return name;
  // A subject made only of other characters still gets a stable name.
  return `sso-${createHmac('sha256', 'loket-oidc-name').update(String(claims.sub)).digest('hex').slice(0, 16)}`;
}

/** A network failure, a timeout, a 5xx from the provider or no discovery: the provider's side, not the request's. */
function isUpstreamFailure(error: unknown): boolean {
  if (error instanceof ProviderUnavailable) return true;
  const { name, status } = (error ?? {}) as { name?: unknown; status?: unknown };
  if (name === 'AbortError' || name === 'TimeoutError') return true;
  if (typeof status === 'number' && status >= 500) return true;
  return error instanceof TypeError && /fetch failed/i.test(error.message);
}

function redirect(res: Response, location: string, cookies: string[]): void {
  res.setHeader('Set-Cookie', cookies);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Location', location);
  res.statusCode = 302;
  res.end();
}

/** A short page with a fixed Dutch message: never the error's own text. */
function page(res: Response, status: number, message: string, cookies: string[] = []): void {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Loket – aanmelden</title></head><body><p>${message}</p><p><a href="/agent">Medewerkersconsole</a> · <a href="/editor">Redactieconsole</a></p></body></html>`;
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  res.setHeader('Cache-Control', 'no-store');
  res.statusCode = status;
  res.end(html);
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Without single sign-on the consoles still ask; they get a plain "no" instead of a 404 in their console. */
export const NO_SINGLE_SIGN_ON = {
  register(server: Server): void {
    server.get('/auth/oidc/status', async (req: Request, res: Response) => void res.send(200, { enabled: false }));
  },
};
