import { Logger } from 'pino';
import { ArticleRepository } from '../adapters/editorial/articleRepository';
import { EmbeddingsProvider } from '../knowledge/embeddings/embeddingsProvider';
import { ensureIndexOf } from '../knowledge/index/ensureIndex';
import { IndexStore } from '../knowledge/index/indexStore';
import { Thesaurus } from '../knowledge/text/thesaurus';
import { KnowledgeHolder } from './knowledgeHolder';

export interface IndexStatus {
  state: 'loading' | 'ready' | 'rebuilding' | 'failed';
  fingerprint?: string;
  articles?: number;
  publishedAt?: number;
  publishedBy?: string;
  message?: string;
}

/**
 * Loads the knowledge index at start-up and rebuilds it after a publication,
 * in the background: the bot keeps answering from the old index until the new
 * one is swapped in with one assignment. Requests during a rebuild are folded
 * into one more rebuild afterwards, so the last publication always wins.
 */
export class KnowledgeReloader {
  private current: IndexStatus = { state: 'loading' };
  private running?: Promise<void>;
  private again = false;
  private lastChange?: { by: string; at: number };

  constructor(
    private readonly deps: {
      holder: KnowledgeHolder;
      repository: ArticleRepository;
      store: IndexStore;
      provider: EmbeddingsProvider;
      thesaurus: Thesaurus;
      logger: Logger;
    },
  ) {}

  status(): IndexStatus {
    return { ...this.current };
  }

  /** Builds or loads the index; resolves when the new one is in use (or the rebuild failed). */
  reload(change?: { by: string; at: number }): Promise<void> {
    if (change) this.lastChange = change;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.cycle().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async cycle(): Promise<void> {
    do {
      this.again = false;
      await this.rebuild();
    } while (this.again);
  }

  private async rebuild(): Promise<void> {
    const started = performance.now();
    if (this.current.state !== 'loading') this.current = { ...this.current, state: 'rebuilding' };
    try {
      const articles = await this.deps.repository.loadAll();
      const { index, rebuilt } = await ensureIndexOf(articles, this.deps.store, this.deps.provider, this.deps.thesaurus);
      this.deps.holder.use(index);
      this.current = {
        state: 'ready',
        fingerprint: index.fingerprint,
        articles: index.articles.size,
        ...(this.lastChange ? { publishedAt: this.lastChange.at, publishedBy: this.lastChange.by } : {}),
      };
      this.deps.logger.info({
        event: 'knowledge-ready',
        fingerprint: index.fingerprint,
        articles: index.articles.size,
        passages: index.passages.length,
        rebuilt,
        ms: Math.round(performance.now() - started),
      });
    } catch (error) {
      // The bot keeps the index it has; an editor sees why the new text is not live.
      this.current = { ...this.current, state: this.deps.holder.index ? 'failed' : 'loading', message: (error as Error).message };
      this.deps.logger.error({ event: 'knowledge-reload-failed', err: error });
      if (!this.deps.holder.index) throw error;
    }
  }
}
