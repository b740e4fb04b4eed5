import Redis from 'ioredis';
import { Logger } from 'pino';
import { AgentAccounts } from '../adapters/agents/agentAccounts';
import { AgentSessions } from '../adapters/agents/agentSessions';
import { MemoryLoginThrottle, RedisLoginThrottle } from '../adapters/agents/loginThrottle';
import { ConsoleAuth } from '../adapters/http/consoleAuth';
import { NO_SINGLE_SIGN_ON, OidcSignIn } from '../adapters/http/oidcSignIn';
import { LoketConfig } from './config';

export interface SignInParts {
  accounts: AgentAccounts;
  /** Sign-in for the agent and editor consoles: password accounts, sessions and a login throttle (shared through Redis when there is one). */
  auth: ConsoleAuth;
  /** The organisation's single sign-on routes, or none. */
  singleSignOn: OidcSignIn | typeof NO_SINGLE_SIGN_ON;
}

export function buildSignInParts(config: LoketConfig, secret: string, redis: Redis | undefined, logger: Logger): SignInParts {
  const accounts = new AgentAccounts(config.handover.accountsFile);
  const sessions = new AgentSessions(secret, config.handover.sessionHours * 3_600_000);
  const auth = new ConsoleAuth({
    accounts,
    sessions,
    throttle: redis ? new RedisLoginThrottle(redis) : new MemoryLoginThrottle(),
    secureCookies: config.production,
    logger,
  });
  const singleSignOn = config.oidc ? new OidcSignIn({ settings: config.oidc, sessions, secureCookies: config.production, logger, secret }) : NO_SINGLE_SIGN_ON;
  return { accounts, auth, singleSignOn };
}
