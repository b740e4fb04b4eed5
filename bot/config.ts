import { RateLimit } from '../adapters/limits/rateLimiter';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { existsSync } from 'node:fs';
import { AnswerPolicySettings } from '../dialogs/answerPolicy';
import { readAnswerPolicy } from './answerPolicyFile';
import { OidcSettings, parseOidc } from './oidcConfig';
import { OfficeHours } from '../dialogs/handover/officeHours';
import { ContactDetails } from '../dialogs/messages';
import { EmbeddingsSpec } from '../knowledge/embeddings/embeddingsProvider';
import { KnowledgeSource } from '../knowledge/articles/knowledgeSource';
import { missingDictdIndex } from '../knowledge/text/bilingualLexicon';
import { PROJECT_ROOT } from './projectRoot';

/**
 * All configuration, read and validated once at start-up from environment
 * variables (documented in README.md and .env.example). Nothing else in Loket
 * reads process.env: modules get what they need passed in.
 */
export interface LoketConfig {
  production: boolean;
  host: string;
  port: number;
  logLevel: string;
  dataDir: string;
  knowledge: KnowledgeSource;
  embeddings: EmbeddingsSpec;
  maxMessageLength: number;
  maxBodyBytes: number;
  answerPolicy: AnswerPolicySettings;
  contact: ContactDetails;
  botAuth: { appId?: string; appPassword?: string; tenantId?: string; appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI' };
  allowUnauthenticated: boolean;
  chat: { tokenSecret?: string; tokenTtlSeconds: number; conversationTtlHours: number };
  /** Shared state, queue and relay for several processes; in-process and on disk without it. */
  redisUrl?: string;
  handover: HandoverSettings;
  editorial: EditorialSettings;
  /** Rate limits: messages per conversation, requests per client address on the chat transport, new chats per address. */
  limits: { conversation: RateLimit; client: RateLimit; tokens: RateLimit; trustProxy: boolean };
  /** Redis unreachable at start-up: stop with a clear message ("require") or start without it ("embedded"). */
  redisStartup: 'require' | 'embedded';
  /** Single sign-on for the consoles; local accounts only without it. */
  oidc?: OidcSettings;
}

export interface EditorialSettings {
  /** Conversation log entries (redacted questions, statuses, ratings) are deleted after this many days. */
  retentionDays: number;
  /** Owning team and source link of articles written in the editor console. */
  owner: string;
  sourceUrl: string;
}

export interface HandoverSettings {
  /** Contact-centre chat hours ("mon-fri 09:00-17:00"), their time zone and the country whose public holidays close it. */
  hours: string;
  timeZone: string;
  holidays: string;
  closedDates: string[];
  unclaimedAlertSeconds: number;
  /** An agent is online this long after the console's last sign of life. */
  presenceSeconds: number;
  /** Closed handovers (transcripts, callback details) are deleted after this many days. */
  retentionDays: number;
  handoffProtocol: boolean;
  accountsFile: string;
  sessionHours: number;
  cannedRepliesFile?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
const number = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const ratio = z.coerce.number().min(0).max(1).optional();
const optionalText = z
  .string()
  .trim()
  .min(1)
  .optional()
  .or(z.literal('').transform(() => undefined));

const LINDEWIJK: ContactDetails = {
  organisation: 'Gemeente Lindewijk',
  phone: '14 0456',
  phoneHours: { nl: 'maandag tot en met vrijdag van 08.30 tot 17.00 uur', en: 'Monday to Friday, 8:30 to 17:00' },
  chatHours: { nl: 'op maandag tot en met vrijdag van 09.00 tot 17.00 uur', en: 'on Monday to Friday, 9:00 to 17:00' },
  contactUrl: 'https://www.lindewijk.nl/contact-openingstijden',
};

const contactSchema = z.object({
  organisation: z.string().min(1),
  phone: z.string().min(1),
  phoneHours: z.object({ nl: z.string(), en: z.string() }),
  chatHours: z.object({ nl: z.string(), en: z.string() }),
  contactUrl: z.url(),
});

const RATE = /^\d{1,6}\/\d{1,6}$/;

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: number(0, 65535, 3978),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOKET_DATA_DIR: z.string().min(1).optional(),
  LOKET_KNOWLEDGE_PATH: z.string().min(1).optional(),
  LOKET_KNOWLEDGE_FORMAT: z.enum(['markdown', 'rijksoverheid']).default('markdown'),
  LOKET_SYNONYMS_PATH: z.string().min(1).optional(),
  LOKET_LEXICON_PATH: z.string().min(1).optional(),
  LOKET_EMBEDDINGS: z
    .string()
    .regex(/^(hashing|module:.+)$/, 'must be "hashing" or "module:/path/to/embeddings.js"')
    .default('hashing'),
  LOKET_MAX_MESSAGE_LENGTH: number(100, 20_000, 2000),
  LOKET_MAX_BODY_BYTES: number(1024, 10 * 1024 * 1024, 256 * 1024),
  LOKET_ANSWER_POLICY: z.string().min(1).optional(),
  LOKET_ANSWER_THRESHOLD: ratio,
  LOKET_CLARIFY_MARGIN: ratio,
  LOKET_SUGGEST_THRESHOLD: ratio,
  LOKET_CONTACT: z.string().optional(),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  LOKET_ALLOW_UNAUTHENTICATED: flag,
  LOKET_CHAT_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOKET_CHAT_TOKEN_TTL_SECONDS: number(60, 7 * 24 * 3600, 3600),
  LOKET_CHAT_RETENTION_HOURS: number(1, 24 * 90, 24),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOKET_HANDOVER_HOURS: z.string().min(1).default('mon-fri 09:00-17:00'),
  LOKET_HANDOVER_TIMEZONE: z.string().min(1).default('Europe/Amsterdam'),
  LOKET_HANDOVER_HOLIDAYS: z.string().min(1).default('NL'),
  LOKET_HANDOVER_CLOSED_DATES: z.string().optional(),
  LOKET_HANDOVER_UNCLAIMED_ALERT_SECONDS: number(10, 24 * 3600, 300),
  LOKET_HANDOVER_RETENTION_DAYS: number(1, 366, 30),
  LOKET_HANDOFF_PROTOCOL: flag,
  LOKET_AGENT_ACCOUNTS_FILE: z.string().min(1).optional(),
  LOKET_AGENT_SESSION_HOURS: number(1, 24, 10),
  LOKET_CANNED_REPLIES_FILE: z.string().min(1).optional(),
  LOKET_LOG_RETENTION_DAYS: number(1, 366, 30),
  LOKET_RATE_LIMIT_CONVERSATION: z.string().regex(RATE, 'must be "messages/seconds", e.g. 20/60').default('20/60'),
  LOKET_RATE_LIMIT_CLIENT: z.string().regex(RATE, 'must be "requests/seconds", e.g. 120/60').default('120/60'),
  LOKET_RATE_LIMIT_TOKENS: z.string().regex(RATE, 'must be "tokens/seconds", e.g. 20/60').default('20/60'),
  LOKET_REDIS_STARTUP: z.enum(['require', 'embedded']).default('require'),
  LOKET_TRUST_PROXY: flag,
  LOKET_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  LOKET_OIDC_CLIENT_ID: optionalText,
  LOKET_OIDC_CLIENT_SECRET: optionalText,
  LOKET_OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOKET_OIDC_ROLES: optionalText,
  LOKET_OIDC_GROUPS_CLAIM: z.string().trim().min(1).default('groups'),
  LOKET_EDITOR_OWNER: z.string().trim().min(1).max(80).default('Redactie'),
  LOKET_EDITOR_SOURCE_URL: z.url({ protocol: /^https?$/ }).optional(),
});

/** Parses the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv): LoketConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  const e = parsed.data;
  const problems: string[] = [];
  const production = e.NODE_ENV === 'production';
  if (e.MicrosoftAppId && !e.MicrosoftAppPassword && e.MicrosoftAppType !== 'UserAssignedMSI')
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set');
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId)
    problems.push('MicrosoftAppTenantId: required for a SingleTenant app');
  // botbuilder switches authentication off when no app id is set; production must not do that by accident.
  if (production && !e.MicrosoftAppId && !e.LOKET_ALLOW_UNAUTHENTICATED) {
    problems.push(
      'MicrosoftAppId: required when NODE_ENV=production (set LOKET_ALLOW_UNAUTHENTICATED=true to run without Bot Framework authentication on purpose)',
    );
  }
  if (production && !e.LOKET_CHAT_TOKEN_SECRET)
    problems.push('LOKET_CHAT_TOKEN_SECRET: required when NODE_ENV=production, so chat tokens survive restarts and work across processes');
  const contact = parseContact(e.LOKET_CONTACT, problems);
  const tuned = readAnswerPolicy(e.LOKET_ANSWER_POLICY, problems);
  const answerPolicy: AnswerPolicySettings = {
    ...tuned,
    ...(e.LOKET_ANSWER_THRESHOLD === undefined ? {} : { answerThreshold: e.LOKET_ANSWER_THRESHOLD }),
    ...(e.LOKET_CLARIFY_MARGIN === undefined ? {} : { clarifyMargin: e.LOKET_CLARIFY_MARGIN }),
    ...(e.LOKET_SUGGEST_THRESHOLD === undefined ? {} : { suggestThreshold: e.LOKET_SUGGEST_THRESHOLD }),
  };
  const closedDates = (e.LOKET_HANDOVER_CLOSED_DATES ?? '')
    .split(',')
    .map((date) => date.trim())
    .filter(Boolean);
  if (closedDates.some((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date)))
    problems.push('LOKET_HANDOVER_CLOSED_DATES: must be dates like 2026-12-24, separated by commas');
  problems.push(...handoverCalendarProblems(e.LOKET_HANDOVER_HOURS, e.LOKET_HANDOVER_TIMEZONE, e.LOKET_HANDOVER_HOLIDAYS));
  const oidc = parseOidc(e, problems);
  const embeddings = embeddingsOf(e.LOKET_EMBEDDINGS, problems);
  const lexicon = lexiconOf(e.LOKET_LEXICON_PATH, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const dataDir = e.LOKET_DATA_DIR ? resolve(e.LOKET_DATA_DIR) : join(PROJECT_ROOT, '.loket');
  return {
    production,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    // Defaults live in the project folder, whatever the working directory; given paths are relative to it.
    dataDir,
    knowledge: {
      path: e.LOKET_KNOWLEDGE_PATH ? resolve(e.LOKET_KNOWLEDGE_PATH) : join(PROJECT_ROOT, 'knowledge', 'content'),
      format: e.LOKET_KNOWLEDGE_FORMAT,
      ...synonymsOf(e.LOKET_SYNONYMS_PATH),
      ...lexicon,
    },
    embeddings,
    maxMessageLength: e.LOKET_MAX_MESSAGE_LENGTH,
    maxBodyBytes: e.LOKET_MAX_BODY_BYTES,
    answerPolicy,
    contact,
    botAuth: {
      appType: e.MicrosoftAppType,
      ...(e.MicrosoftAppId ? { appId: e.MicrosoftAppId } : {}),
      ...(e.MicrosoftAppPassword ? { appPassword: e.MicrosoftAppPassword } : {}),
      ...(e.MicrosoftAppTenantId ? { tenantId: e.MicrosoftAppTenantId } : {}),
    },
    allowUnauthenticated: e.LOKET_ALLOW_UNAUTHENTICATED,
    chat: {
      ...(e.LOKET_CHAT_TOKEN_SECRET ? { tokenSecret: e.LOKET_CHAT_TOKEN_SECRET } : {}),
      tokenTtlSeconds: e.LOKET_CHAT_TOKEN_TTL_SECONDS,
      conversationTtlHours: e.LOKET_CHAT_RETENTION_HOURS,
    },
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    handover: {
      hours: e.LOKET_HANDOVER_HOURS,
      timeZone: e.LOKET_HANDOVER_TIMEZONE,
      holidays: e.LOKET_HANDOVER_HOLIDAYS,
      closedDates,
      unclaimedAlertSeconds: e.LOKET_HANDOVER_UNCLAIMED_ALERT_SECONDS,
      presenceSeconds: 45,
      retentionDays: e.LOKET_HANDOVER_RETENTION_DAYS,
      handoffProtocol: e.LOKET_HANDOFF_PROTOCOL,
      accountsFile: e.LOKET_AGENT_ACCOUNTS_FILE ? resolve(e.LOKET_AGENT_ACCOUNTS_FILE) : join(dataDir, 'agents.json'),
      sessionHours: e.LOKET_AGENT_SESSION_HOURS,
      ...(e.LOKET_CANNED_REPLIES_FILE ? { cannedRepliesFile: resolve(e.LOKET_CANNED_REPLIES_FILE) } : {}),
    },
    editorial: {
      retentionDays: e.LOKET_LOG_RETENTION_DAYS,
      owner: e.LOKET_EDITOR_OWNER,
      sourceUrl: e.LOKET_EDITOR_SOURCE_URL ?? contact.contactUrl,
    },
    limits: {
      conversation: rateOf(e.LOKET_RATE_LIMIT_CONVERSATION),
      client: rateOf(e.LOKET_RATE_LIMIT_CLIENT),
      tokens: rateOf(e.LOKET_RATE_LIMIT_TOKENS),
      trustProxy: e.LOKET_TRUST_PROXY,
    },
    redisStartup: e.LOKET_REDIS_STARTUP,
    ...(oidc ? { oidc } : {}),
  };
}

/** The opening hours, time zone and holiday country are checked by building the calendar once. */
function handoverCalendarProblems(hours: string, timeZone: string, holidays: string): string[] {
  try {
    new OfficeHours({ hours, timeZone, holidays });
    return [];
  } catch (error) {
    return [`LOKET_HANDOVER_HOURS / LOKET_HANDOVER_TIMEZONE / LOKET_HANDOVER_HOLIDAYS: ${(error as Error).message}`];
  }
}

function rateOf(value: string): RateLimit {
  const [limit, seconds] = value.split('/').map(Number);
  return { limit: limit as number, windowMs: (seconds as number) * 1000 };
}

function parseContact(raw: string | undefined, problems: string[]): ContactDetails {
  if (!raw) return LINDEWIJK;
  try {
    const parsed = contactSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    problems.push(...parsed.error.issues.map((issue) => `LOKET_CONTACT.${issue.path.join('.')}: ${issue.message}`));
  } catch {
    problems.push('LOKET_CONTACT: must be JSON, see .env.example');
  }
  return LINDEWIJK;
}

/** The operator's embeddings module must be there at start-up, not found missing when the index is first built. */
function embeddingsOf(configured: string, problems: string[]): EmbeddingsSpec {
  if (configured === 'hashing') return { kind: 'hashing' };
  const path = resolve(configured.slice('module:'.length));
  if (!existsSync(path)) problems.push(`LOKET_EMBEDDINGS: no module at ${path}`);
  return { kind: 'module', path };
}

/** The standard synonym list unless another file (or "none") is configured. */
export function synonymsOf(configured: string | undefined): { synonyms?: string } {
  if (configured === 'none') return {};
  return { synonyms: configured ? resolve(configured) : STANDARD_SYNONYMS };
}

/** A bilingual dictionary's dictd index, when one is configured; its data file must lie beside it. */
function lexiconOf(configured: string | undefined, problems: string[]): { lexicon?: string } {
  if (!configured) return {};
  const path = resolve(configured);
  const missing = missingDictdIndex(path);
  if (missing) problems.push(`LOKET_LEXICON_PATH: ${missing}`);
  return { lexicon: path };
}

export const STANDARD_SYNONYMS = join(PROJECT_ROOT, 'knowledge', 'thesaurus', 'synonyms.txt');
