import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { Article } from '../../knowledge/articles/article';
import { parseArticle } from '../../knowledge/articles/parseArticle';
import { ArticleRepository, StoredArticle } from './articleRepository';

const ARTICLES = 'loket:articles';
const CHANNEL = 'loket:knowledge-changed';

/**
 * With Redis, published articles live in a hash that overrides the content
 * folder by id, and every process is told over pub/sub to rebuild its index,
 * so all processes answer from the same text without a shared disk.
 */
export class RedisArticleRepository implements ArticleRepository {
  readonly writable = true;
  private readonly listeners = new Set<() => void>();
  private subscriber?: Redis;
  /**
   * Marks this process's own notices: it rebuilds right after publishing, and
   * a second rebuild on its own notice changed nothing but showed editors
   * "rebuilding" once more after their article was live.
   */
  private readonly origin = randomUUID();

  constructor(
    private readonly redis: Redis,
    private readonly base: ArticleRepository,
  ) {}

  /** Subscribes before the first load, so no publication between load and subscribe is missed. */
  async listen(): Promise<void> {
    // A subscriber queues its SUBSCRIBE until connected (the shared client fails fast instead).
    this.subscriber = this.redis.duplicate({ lazyConnect: false, enableOfflineQueue: true });
    this.subscriber.on('message', (_channel: string, notice: string) => {
      if (notice.startsWith(`${this.origin} `)) return;
      for (const listener of this.listeners) listener();
    });
    await this.subscriber.subscribe(CHANNEL);
  }

  async loadAll(): Promise<Article[]> {
    const byId = new Map((await this.base.loadAll()).map((article) => [article.id, article]));
    for (const stored of await this.published()) byId.set(stored.id, parseArticle(stored.markdown, stored.collection, `redis:${stored.id}`));
    return [...byId.values()];
  }

  async get(id: string): Promise<StoredArticle | undefined> {
    const raw = await this.redis.hget(ARTICLES, id);
    return raw ? (JSON.parse(raw) as StoredArticle) : this.base.get(id);
  }

  async save(article: StoredArticle): Promise<void> {
    await this.redis.hset(ARTICLES, article.id, JSON.stringify(article));
    await this.redis.publish(CHANNEL, `${this.origin} ${article.id}`);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriber?.disconnect();
  }

  private async published(): Promise<StoredArticle[]> {
    return Object.values(await this.redis.hgetall(ARTICLES)).map((raw) => JSON.parse(raw) as StoredArticle);
  }
}
