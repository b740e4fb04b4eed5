import { Logger } from 'pino';
import { Request, Response } from 'restify';
import { z } from 'zod';
import { AgentAccounts, Role } from '../agents/agentAccounts';
import { AgentSessions, cookieValue, Session, SESSION_COOKIE } from '../agents/agentSessions';
import { LoginThrottle } from '../agents/loginThrottle';

export interface ConsoleAuthDeps {
  accounts: AgentAccounts;
  sessions: AgentSessions;
  throttle: LoginThrottle;
  secureCookies: boolean;
  logger: Logger;
}

export type SessionHandler = (req: Request, res: Response, session: Session) => Promise<void>;

/** Turns a domain error into an HTTP answer; undefined means "not mine", so it becomes a 500. */
export type ErrorMapper = (error: unknown) => { status: number; code: string; message: string } | undefined;

const loginBody = z.object({ name: z.string().trim().toLowerCase().min(1).max(40), password: z.string().min(1).max(200) });

/**
 * Sign-in and access checks shared by the consoles: one account file, one
 * signed session cookie, a CSRF header on every change, roles per endpoint
 * (admin may do everything), and errors that never echo internals.
 */
export class ConsoleAuth {
  constructor(private readonly deps: ConsoleAuthDeps) {}

  /** POST …/session: checks the password (throttled) and that the account has `role`. */
  async signIn(req: Request, res: Response, role: Role): Promise<void> {
    const body = loginBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'BadRequest', 'Vul uw naam en wachtwoord in.');
    const keys = [`name:${body.data.name}`, `ip:${req.socket.remoteAddress ?? ''}`];
    if (await this.deps.throttle.blocked(...keys)) return fail(res, 429, 'TooManyAttempts', 'Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.');
    const account = await this.deps.accounts.verify(body.data.name, body.data.password);
    if (!account || !account.roles.some((held) => held === role || held === 'admin')) {
      await this.deps.throttle.fail(...keys);
      this.deps.logger.warn({ event: 'console-sign-in-failed', role, name: body.data.name });
      return fail(res, 401, 'Unauthorized', 'Naam of wachtwoord klopt niet.');
    }
    await this.deps.throttle.succeed(...keys);
    const { token, session } = this.deps.sessions.issue(account);
    res.header('Set-Cookie', this.deps.sessions.cookie(token, this.deps.secureCookies));
    this.deps.logger.info({ event: 'console-signed-in', role, name: account.name });
    res.send(200, sessionView(session));
  }

  signOut(res: Response): void {
    res.header('Set-Cookie', this.deps.sessions.clearCookie(this.deps.secureCookies));
    res.send(204);
  }

  /** Wraps a handler: session, role and (for changes) the CSRF header; maps known errors, hides the rest. */
  guard(role: Role, handler: SessionHandler, mapError: ErrorMapper = () => undefined) {
    return async (req: Request, res: Response): Promise<void> => {
      const session = this.deps.sessions.read(cookieValue(req.headers.cookie, SESSION_COOKIE));
      if (!session) return fail(res, 401, 'Unauthorized', 'U bent niet (meer) aangemeld.');
      if (!session.roles.includes(role) && !session.roles.includes('admin')) return fail(res, 403, 'Forbidden', 'U heeft geen toegang tot deze functie.');
      if (req.method !== 'GET' && req.header('x-loket-csrf') !== session.csrf) return fail(res, 403, 'Forbidden', 'Ongeldig verzoek. Laad de pagina opnieuw.');
      try {
        await handler(req, res, session);
      } catch (error) {
        const mapped = mapError(error);
        if (mapped) return fail(res, mapped.status, mapped.code, mapped.message);
        this.deps.logger.error({ event: 'console-api-failed', path: req.getPath(), err: error });
        if (!res.headersSent) fail(res, 500, 'InternalError', 'Er ging iets mis. Probeer het opnieuw.');
      }
    };
  }
}

export function sessionView(session: Session) {
  return { agent: { name: session.name, displayName: session.displayName, roles: session.roles }, csrf: session.csrf };
}

export function fail(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}
