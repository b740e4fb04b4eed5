import { Storage } from 'botbuilder';
import Redis from 'ioredis';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pino, { Logger } from 'pino';
import { Server } from 'restify';
import { createChannelAdapter, createLocalChannelAdapter } from '../adapters/channels/botAdapters';
import { ChatTokens } from '../adapters/channels/directline/chatTokens';
import { FileChatTranscriptStore } from '../adapters/channels/directline/chatTranscriptStore';
import { CHANNEL_ID, DirectLineChannel } from '../adapters/channels/directline/directLineChannel';
import { ProactiveDelivery } from '../adapters/channels/proactiveDelivery';
import { ETagConflict, RedisStorage } from '../adapters/storage/redisStorage';
import { ResilientStorage } from '../adapters/storage/resilientStorage';
import { LocalConnector } from '../adapters/channels/directline/localConnector';
import { createHttpServer } from '../adapters/http/server';
import { LmdbStorage } from '../adapters/storage/lmdbStorage';
import { AgentAccounts } from '../adapters/agents/agentAccounts';
import { AgentSessions } from '../adapters/agents/agentSessions';
import { MemoryLoginThrottle, RedisLoginThrottle } from '../adapters/agents/loginThrottle';
import { ConsoleAuth } from '../adapters/http/consoleAuth';
import { NO_SINGLE_SIGN_ON, OidcSignIn } from '../adapters/http/oidcSignIn';
import { buildEditorParts, EditorParts } from './editorParts';
import { clientLimits } from '../adapters/http/clientLimits';
import { MemoryConversationLock, RedisConversationLock } from '../adapters/limits/conversationLock';
import { MemoryRateLimiter, RateLimiter, RedisRateLimiter } from '../adapters/limits/rateLimiter';
import { chatTokenSecret } from './chatTokenSecret';
import { LoketConfig } from './config';
import { buildBot } from './buildBot';
import { KnowledgeHolder } from './knowledgeHolder';
import { LoketBot } from './loketBot';
import { buildHandoverParts, HandoverParts } from './handoverParts';
import { ensureDemoAgent } from './demoAgent';

export interface RunningLoket {
  server: Server;
  /** http://host:port the server listens on. */
  url: string;
  knowledge: KnowledgeHolder;
  handover: HandoverParts;
  editor: EditorParts;
  /** Resolves when the knowledge index is loaded and the bot can answer. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Conversation state storage; LMDB in the data folder by default. */
  storage?: Storage;
}

const PURGE_INTERVAL_MS = 3_600_000;

/**
 * The composition root: builds every part from the configuration and wires
 * them together. Nothing else constructs adapters, stores or the bot, so tests
 * start the same Loket on a loopback port with a temporary data folder.
 */
export async function startLoket(config: LoketConfig, options: StartOptions = {}): Promise<RunningLoket> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: 'loket' } });
  const knowledge = new KnowledgeHolder();
  const redis = config.redisUrl ? await connectRedisOrNot(config.redisUrl, config.redisStartup, logger) : undefined;
  const ownStorage = options.storage || redis ? undefined : LmdbStorage.open(join(config.dataDir, 'state'));
  const shared = redis
    ? new ResilientStorage(
        new RedisStorage(redis, { ttlSeconds: config.chat.conversationTtlHours * 3600 }),
        logger,
        (error) => !(error instanceof ETagConflict),
      )
    : undefined;
  const storage = options.storage ?? shared ?? (ownStorage as LmdbStorage);
  const secret = await chatTokenSecret(config.chat.tokenSecret, config.dataDir);
  const localAdapter = createLocalChannelAdapter(logger);
  const channelAdapter = createChannelAdapter(config.botAuth, logger);
  const delivery = new ProactiveDelivery({
    local: { adapter: localAdapter, channelId: CHANNEL_ID },
    channel: { adapter: channelAdapter, appId: config.botAuth.appId ?? '' },
  });
  const accounts = new AgentAccounts(config.handover.accountsFile);
  const sessions = new AgentSessions(secret, config.handover.sessionHours * 3_600_000);
  const auth = new ConsoleAuth({
    accounts,
    sessions,
    throttle: redis ? new RedisLoginThrottle(redis) : new MemoryLoginThrottle(),
    secureCookies: config.production,
    logger,
  });
  const oidc = config.oidc ? new OidcSignIn({ settings: config.oidc, sessions, secureCookies: config.production, logger, secret }) : undefined;
  const editor = await buildEditorParts(config, { ...(redis ? { redis } : {}), knowledge, auth, logger });
  const handover = await buildHandoverParts(config, {
    ...(redis ? { redis } : {}),
    delivery,
    auth,
    accounts,
    logger,
    onResolved: (closed) => void recordAgentAnswer(handover, editor, closed.id, logger),
  });
  if (!config.production) await ensureDemoAgent(config.handover.accountsFile, config.dataDir, logger);
  const transcripts = new FileChatTranscriptStore(join(config.dataDir, 'chats'));
  const limiter: RateLimiter = redis ? new RedisRateLimiter(redis) : new MemoryRateLimiter();
  const bot = buildBot({
    config,
    knowledge,
    storage,
    logger,
    lock: redis ? new RedisConversationLock(redis) : new MemoryConversationLock(),
    limit: { limiter, rule: config.limits.conversation },
    handoverDesk: handover.centre,
    handoffProtocol: config.handover.handoffProtocol,
    conversationLog: editor.log,
    erasers: [(conversationId) => transcripts.erase(conversationId)],
  });
  const logic = (context: Parameters<LoketBot['run']>[0]) => bot.run(context);

  const tokens = new ChatTokens(secret, config.chat.tokenTtlSeconds);
  const loopbackHost = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
  const connector = new LocalConnector(transcripts, secret);
  const directLine = new DirectLineChannel({
    adapter: localAdapter,
    logic,
    store: transcripts,
    tokens,
    connector,
    retentionHours: config.chat.conversationTtlHours,
    logger,
  });

  const server = createHttpServer({
    maxBodyBytes: config.maxBodyBytes,
    logger,
    channelAdapter,
    routes: [handover.console, editor.console, oidc ?? NO_SINGLE_SIGN_ON],
    limits: clientLimits(
      limiter,
      [
        { method: 'POST', path: /^\/api\/chat\/token$/, name: 'tokens', rule: config.limits.tokens },
        { method: 'POST', path: /^\/v3\/directline\/conversations\/[^/]+\/(activities|upload)$/, name: 'messages', rule: config.limits.client },
      ],
      logger,
      config.limits.trustProxy,
    ),
    logic,
    directLine,
    connector,
    readiness: () => ({
      ready: !!knowledge.index,
      detail: knowledge.index ? { index: knowledge.index.fingerprint, articles: knowledge.index.articles.size } : {},
    }),
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${loopbackHost.includes(':') ? `[${loopbackHost}]` : loopbackHost}:${port}`;
  connector.listenOn(url);

  const ready = editor.reloader.reload();
  ready.catch((error: unknown) => knowledge.fail(error));
  if (redis) {
    // Back after an outage (and once now, for a spool left by a crash): write back what was kept locally.
    const recover = () =>
      Promise.all([shared?.flush(), editor.recover()]).catch((error: unknown) => logger.warn({ event: 'redis-recovery-failed', err: error }));
    redis.on('ready', () => void recover());
    void recover();
  }
  const purge = setInterval(() => void purgeChats(transcripts, config, logger), PURGE_INTERVAL_MS);
  purge.unref();
  void purgeChats(transcripts, config, logger);

  logger.info({ event: 'listening', url, authentication: config.botAuth.appId ? 'bot-framework' : 'off', shared: redis ? 'redis' : 'embedded' });
  return {
    server,
    url,
    knowledge,
    handover,
    editor,
    ready,
    close: async () => {
      clearInterval(purge);
      directLine.close();
      await handover.stop();
      await editor.stop();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ownStorage?.close();
      redis?.disconnect();
    },
  };
}

/** With LOKET_REDIS_STARTUP=embedded, an unreachable Redis is logged and Loket starts on its own stores instead of stopping. */
async function connectRedisOrNot(url: string, startup: LoketConfig['redisStartup'], logger: Logger): Promise<Redis | undefined> {
  try {
    return await connectRedis(url);
  } catch (error) {
    if (startup === 'require') throw error;
    logger.error({ event: 'redis-unavailable-starting-embedded', err: error });
    return undefined;
  }
}

/**
 * Short timeouts and few retries: a channel gives a turn 15 seconds in all,
 * and ioredis's defaults can hold a command far longer. Start-up waits for a
 * first answer, so a wrong REDIS_URL stops Loket with a clear message.
 */
async function connectRedis(url: string): Promise<Redis> {
  // Without the offline queue a command fails at once while Redis is away, so the fallbacks answer instead of a 15-second wait.
  const redis = new Redis(url, { commandTimeout: 2_000, maxRetriesPerRequest: 2, connectTimeout: 5_000, lazyConnect: true, enableOfflineQueue: false });
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch (error) {
    redis.disconnect();
    throw new Error(`Redis at ${new URL(url).host} is not reachable: ${(error as Error).message}`, { cause: error });
  }
}

/** A resolved handover's agent answer becomes an editor's draft; failure only costs the draft. */
async function recordAgentAnswer(handover: HandoverParts, editor: EditorParts, handoverId: string, logger: Logger): Promise<void> {
  try {
    const found = await handover.centre.detail(handoverId);
    if (found) await editor.desk.recordAgentAnswer(found.handover, found.messages);
  } catch (error) {
    logger.warn({ event: 'agent-answer-not-recorded', handoverId, err: error });
  }
}

async function purgeChats(store: FileChatTranscriptStore, config: LoketConfig, logger: Logger): Promise<void> {
  try {
    const removed = await store.purgeIdle(new Date(Date.now() - config.chat.conversationTtlHours * 3_600_000));
    if (removed > 0) logger.info({ event: 'chats-purged', removed });
  } catch (error) {
    logger.warn({ event: 'chat-purge-failed', err: error });
  }
}
