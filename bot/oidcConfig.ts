import { z } from 'zod';
import { Role } from '../adapters/agents/agentAccounts';

/** Single sign-on for the consoles with the organisation's identity provider (OpenID Connect), read once by loadConfig. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The public URL of /auth/oidc/callback, as registered with the identity provider. */
  redirectUrl: string;
  /** The organisation's group names mapped to Loket roles. */
  roles: Record<string, Role[]>;
  groupsClaim: string;
}

/** The environment variables of single sign-on, as the configuration schema read them. */
export interface OidcVariables {
  LOKET_OIDC_ISSUER?: string;
  LOKET_OIDC_CLIENT_ID?: string;
  LOKET_OIDC_CLIENT_SECRET?: string;
  LOKET_OIDC_REDIRECT_URL?: string;
  LOKET_OIDC_ROLES?: string;
  LOKET_OIDC_GROUPS_CLAIM: string;
}

const oidcRoles = z.record(z.string().min(1), z.union([z.enum(['agent', 'editor', 'admin']), z.array(z.enum(['agent', 'editor', 'admin'])).min(1)]));

/** All four OIDC settings or none; the group mapping decides who gets which role. */
export function parseOidc(e: OidcVariables, problems: string[]): OidcSettings | undefined {
  const given = [e.LOKET_OIDC_ISSUER, e.LOKET_OIDC_CLIENT_ID, e.LOKET_OIDC_CLIENT_SECRET, e.LOKET_OIDC_REDIRECT_URL];
  if (given.every((value) => !value)) return undefined;
  if (given.some((value) => !value)) {
    problems.push('LOKET_OIDC_ISSUER, LOKET_OIDC_CLIENT_ID, LOKET_OIDC_CLIENT_SECRET and LOKET_OIDC_REDIRECT_URL: set all four for single sign-on, or none');
    return undefined;
  }
  let roles: Record<string, Role[]> = {};
  try {
    const parsed = oidcRoles.safeParse(JSON.parse(e.LOKET_OIDC_ROLES ?? '{}'));
    if (!parsed.success) problems.push('LOKET_OIDC_ROLES: must map group names to agent, editor or admin, e.g. {"kcc":"agent","redactie":["editor"]}');
    else roles = Object.fromEntries(Object.entries(parsed.data).map(([group, role]) => [group, Array.isArray(role) ? role : [role]]));
  } catch {
    problems.push('LOKET_OIDC_ROLES: must be JSON');
  }
  if (Object.keys(roles).length === 0) problems.push('LOKET_OIDC_ROLES: map at least one group to a role, or nobody can sign in with single sign-on');
  return {
    issuer: e.LOKET_OIDC_ISSUER as string,
    clientId: e.LOKET_OIDC_CLIENT_ID as string,
    clientSecret: e.LOKET_OIDC_CLIENT_SECRET as string,
    redirectUrl: e.LOKET_OIDC_REDIRECT_URL as string,
    roles,
    groupsClaim: e.LOKET_OIDC_GROUPS_CLAIM,
  };
}
