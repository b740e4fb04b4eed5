import { setTimeout as pause } from 'node:timers/promises';
import { Logger } from 'pino';
import { ArticleRepository } from '../adapters/editorial/articleRepository';
import { compareIndexes, PublishCheck } from '../adapters/editorial/publishCheck';
import { AnswerPolicySettings } from '../dialogs/answerPolicy';
import { EmbeddingsProvider } from '../knowledge/embeddings/embeddingsProvider';
import { ensureIndexOf } from '../knowledge/index/ensureIndex';
import { IndexStore } from '../knowledge/index/indexStore';
import { HybridRetriever } from '../knowledge/retrieval/hybridRetriever';
import { Thesaurus } from '../knowledge/text/thesaurus';
import { KnowledgeHolder } from './knowledgeHolder';

export interface IndexStatus {
  state: 'loading' | 'ready' | 'rebuilding' | 'failed';
  fingerprint?: string;
  articles?: number;
  publishedAt?: number;
  publishedBy?: string;
  message?: string;
  /** After a publication: the questions that lead elsewhere than before it. */
  check?: PublishCheck;
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
      /**
       * When set, each rebuild after the first asks the listed questions and
       * the questions citizens asked lately of the old and the new index, and
       * reports those that moved (see publishCheck).
       */
      check?: { policy: AnswerPolicySettings; askedQuestions: () => Promise<string[]> };
    },
  ) {}

  status(): IndexStatus {
    return { ...this.current };
  }

  /**
   * The load at start-up, tried again after a failure: a Redis command that
   * times out while the process is busy starting (the shared article store is
   * read first) must not leave it unready until someone restarts it. Rejects
   * after the last attempt; later rebuilds keep the index in use when they fail.
   */
  async firstLoad(attempts = 3, pauseMs = 1_000): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.reload();
      } catch (error) {
        if (attempt >= attempts) throw error;
        this.deps.logger.warn({ event: 'knowledge-load-retry', attempt, err: error });
        await pause(pauseMs * attempt);
      }
    }
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
      // The retriever in use keeps its index after the swap: the check compares the two afterwards.
      const previous = this.deps.holder.index ? this.deps.holder.retriever() : undefined;
      const changed = previous?.knowledge.fingerprint !== index.fingerprint;
      this.deps.holder.use(index);
      // A rebuild that changed nothing (another process's notice of the same publication) keeps the last check.
      const check =
        previous && changed ? await this.checkAgainst(previous).catch((error: unknown) => this.checkFailed(error)) : changed ? undefined : this.current.check;
      this.current = {
        state: 'ready',
        fingerprint: index.fingerprint,
        articles: index.articles.size,
        ...(this.lastChange ? { publishedAt: this.lastChange.at, publishedBy: this.lastChange.by } : {}),
        ...(check ? { check } : {}),
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

  /** The check only informs editors: when it fails, the new text still goes live. */
  private checkFailed(error: unknown): undefined {
    this.deps.logger.warn({ event: 'publish-check-failed', err: error });
    return undefined;
  }

  private async checkAgainst(previous: HybridRetriever): Promise<PublishCheck | undefined> {
    const check = this.deps.check;
    if (!check) return undefined;
    const started = performance.now();
    const asked = await check.askedQuestions();
    const result = await compareIndexes(previous, this.deps.holder.retriever(), check.policy, asked);
    this.deps.logger.info({ event: 'publish-check', questions: result.questions, moved: result.movedTotal, ms: Math.round(performance.now() - started) });
    return result;
  }
}
