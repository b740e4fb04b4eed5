import Redis from 'ioredis';
import { join } from 'node:path';
import { Logger } from 'pino';
import { FileConversationLog } from '../adapters/conversationLog/fileConversationLog';
import { RedisConversationLog } from '../adapters/conversationLog/redisConversationLog';
import { SpoolingConversationLog } from '../adapters/conversationLog/spoolingConversationLog';
import { ArticleRepository, FileArticleRepository } from '../adapters/editorial/articleRepository';
import { EditorialDesk } from '../adapters/editorial/editorialDesk';
import { RedisArticleRepository } from '../adapters/editorial/redisArticleRepository';
import { recentlyAnswered } from '../adapters/editorial/publishCheck';
import { ConsoleAuth } from '../adapters/http/consoleAuth';
import { EditorConsole } from '../adapters/http/editorConsole';
import { ConversationLog } from '../dialogs/conversationLog';
import { createEmbeddingsProvider } from '../knowledge/embeddings/embeddingsProvider';
import { loadThesaurusOf } from '../knowledge/articles/knowledgeSource';
import { IndexStore } from '../knowledge/index/indexStore';
import { LoketConfig } from './config';
import { KnowledgeHolder } from './knowledgeHolder';
import { KnowledgeReloader } from './knowledgeReloader';

const PURGE_INTERVAL_MS = 3_600_000;

export interface EditorParts {
  log: ConversationLog;
  /** After a Redis outage: moves the events spooled on disk into the shared log. */
  recover(): Promise<number>;
  reloader: KnowledgeReloader;
  desk: EditorialDesk;
  console: EditorConsole;
  stop(): Promise<void>;
}

/**
 * The improvement loop's parts: the conversation log (files, or a Redis
 * Stream), the article repository (the content folder, or Redis on top of
 * it), the index reloader, the editorial desk and its console, and the
 * retention purge on a schedule.
 */
export async function buildEditorParts(
  config: LoketConfig,
  deps: { redis?: Redis; knowledge: KnowledgeHolder; auth: ConsoleAuth; logger: Logger },
): Promise<EditorParts> {
  const retentionMs = config.editorial.retentionDays * 86_400_000;
  const log = deps.redis
    ? new SpoolingConversationLog(new RedisConversationLog(deps.redis, retentionMs), new FileConversationLog(join(config.dataDir, 'log', 'spool')), deps.logger)
    : new FileConversationLog(join(config.dataDir, 'log', 'conversations'));
  const files = new FileArticleRepository(config.knowledge);
  const repository: ArticleRepository = deps.redis ? new RedisArticleRepository(deps.redis, files) : files;
  if (repository instanceof RedisArticleRepository) await repository.listen();
  const reloader = new KnowledgeReloader({
    holder: deps.knowledge,
    repository,
    store: new IndexStore(join(config.dataDir, 'index')),
    provider: await createEmbeddingsProvider(config.embeddings),
    thesaurus: await loadThesaurusOf(config.knowledge),
    logger: deps.logger,
    check: { policy: config.answerPolicy, askedQuestions: () => recentlyAnswered(log) },
  });
  // Another process published: rebuild here too.
  const stopListening = repository.onChange(() => void reloader.reload().catch(() => undefined));
  const desk = new EditorialDesk({
    log,
    repository,
    knowledge: deps.knowledge,
    republisher: reloader,
    contact: config.contact,
    outOfScopeFile: join(config.dataDir, 'editorial', 'out-of-scope.jsonl'),
    defaults: { url: config.editorial.sourceUrl, owner: config.editorial.owner },
    timeZone: config.handover.timeZone,
  });
  const editorConsole = new EditorConsole({ desk, auth: deps.auth, indexStatus: () => reloader.status(), retentionDays: config.editorial.retentionDays });
  const purge = () =>
    log
      .purge(Date.now() - retentionMs)
      .then((removed) => removed > 0 && deps.logger.info({ event: 'conversation-log-purged', removed }))
      .catch((error: unknown) => deps.logger.warn({ event: 'conversation-log-purge-failed', err: error }));
  const timer = setInterval(() => void purge(), PURGE_INTERVAL_MS);
  timer.unref();
  void purge();
  return {
    log,
    recover: () => (log instanceof SpoolingConversationLog ? log.replay() : Promise.resolve(0)),
    reloader,
    desk,
    console: editorConsole,
    stop: async () => {
      clearInterval(timer);
      stopListening();
      await repository.close();
      await log.close();
    },
  };
}
