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
import { LocalConnector } from '../adapters/channels/directline/localConnector';
import { createHttpServer } from '../adapters/http/server';
import { buildEditorParts, EditorParts } from './editorParts';
import { buildSignInParts } from './signInParts';
import { buildStorageParts, connectRedisOrNot } from './storageParts';
import { ClientRule, clientLimits } from '../adapters/http/clientLimits';
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
  /** Resolves when the knowledge index is loaded and the bot can answer, its crisis classifier trained. */
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
  const redis = await connectRedisOrNot(config.redisUrl, config.redisStartup, logger);
  const state = buildStorageParts(config, redis, logger, options.storage);
  const secret = await chatTokenSecret(config.chat.tokenSecret, config.dataDir);
  const localAdapter = createLocalChannelAdapter(logger);
  const channelAdapter = createChannelAdapter(config.botAuth, logger);
  const delivery = new ProactiveDelivery({
    local: { adapter: localAdapter, channelId: CHANNEL_ID },
    channel: { adapter: channelAdapter, appId: config.botAuth.appId ?? '' },
  });
  const { accounts, auth, singleSignOn } = buildSignInParts(config, secret, redis, logger);
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
    storage: state.storage,
    logger,
    lock: redis ? new RedisConversationLock(redis) : new MemoryConversationLock(),
    limit: { limiter, rule: config.limits.conversation },
    handoverDesk: handover.centre,
    handoffProtocol: config.handover.handoffProtocol,
    conversationLog: editor.log,
    erasers: [(conversationId) => transcripts.erase(conversationId)],
  });
  const logic = (context: Parameters<LoketBot['run']>[0]) => bot.run(context);
  const connector = new LocalConnector(transcripts, secret);
  const directLine = new DirectLineChannel({
    adapter: localAdapter,
    logic,
    store: transcripts,
    tokens: new ChatTokens(secret, config.chat.tokenTtlSeconds),
    connector,
    retentionHours: config.chat.conversationTtlHours,
    logger,
  });
  const server = createHttpServer({
    maxBodyBytes: config.maxBodyBytes,
    logger,
    channelAdapter,
    routes: [handover.console, editor.console, singleSignOn],
    limits: clientLimits(limiter, chatPageLimits(config), logger, config.limits.trustProxy),
    logic,
    directLine,
    connector,
    readiness: () => ({
      ready: !!knowledge.index,
      detail: knowledge.index ? { index: knowledge.index.fingerprint, articles: knowledge.index.articles.size } : {},
    }),
  });
  const url = await listen(server, config);
  connector.listenOn(url);

  const loaded = editor.reloader.firstLoad();
  loaded.catch((error: unknown) => knowledge.fail(error));
  const ready = loaded.then(() => bot.prepare());
  if (redis) recoverAfterOutages(redis, () => Promise.all([state.flush(), editor.recover()]), logger);
  const purge = purgeChatsHourly(transcripts, config, logger);
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
      await state.close();
      redis?.disconnect();
    },
  };
}

/** Per-client limits on the chat page's calls: new tokens and messages. */
function chatPageLimits(config: LoketConfig): ClientRule[] {
  return [
    { method: 'POST', path: /^\/api\/chat\/token$/, name: 'tokens', rule: config.limits.tokens },
    { method: 'POST', path: /^\/v3\/directline\/conversations\/[^/]+\/(activities|upload)$/, name: 'messages', rule: config.limits.client },
  ];
}

/** Starts listening; the URL is the loopback address when Loket listens on every interface. */
async function listen(server: Server, config: LoketConfig): Promise<string> {
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const port = (server.address() as AddressInfo).port;
  const host = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Back after a Redis outage (and once now, for a spool left by a crash): writes back what was kept locally. */
function recoverAfterOutages(redis: Redis, writeBack: () => Promise<unknown>, logger: Logger): void {
  const recover = () => writeBack().catch((error: unknown) => logger.warn({ event: 'redis-recovery-failed', err: error }));
  redis.on('ready', () => void recover());
  void recover();
}

/** Chat transcripts idle longer than the retention period are removed now and every hour. */
function purgeChatsHourly(transcripts: FileChatTranscriptStore, config: LoketConfig, logger: Logger): NodeJS.Timeout {
  const purge = setInterval(() => void purgeChats(transcripts, config, logger), PURGE_INTERVAL_MS);
  purge.unref();
  void purgeChats(transcripts, config, logger);
  return purge;
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
