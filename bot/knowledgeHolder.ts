import { KnowledgeAccess } from '../dialogs/conversationFlow';
import { KnowledgeIndex } from '../knowledge/index/knowledgeIndex';
import { HybridRetriever } from '../knowledge/retrieval/hybridRetriever';

/**
 * A question that arrives while the index is still being built (the first
 * start, or new content: a few seconds for the demo) waits this long for it,
 * well within the 15 seconds a channel gives a turn, before it is told that
 * Loket is starting.
 */
const STARTUP_WAIT_MS = 8_000;

/**
 * Holds the knowledge index in use. A rebuilt index is swapped in with one
 * assignment, so a turn always sees one complete index, old or new.
 */
export class KnowledgeHolder implements KnowledgeAccess {
  private current: HybridRetriever | undefined;
  private failure: { error: unknown } | undefined;
  private readonly waiting = new Set<() => void>();

  constructor(private readonly options: { startupWaitMs?: number } = {}) {}

  use(index: KnowledgeIndex): void {
    this.current = new HybridRetriever(index);
    this.wakeAll();
  }

  /** The first index could not be loaded: waiting turns fail (open, with a way to a person) instead of being told Loket is starting. */
  fail(error: unknown): void {
    this.failure = { error };
    this.wakeAll();
  }

  get index(): KnowledgeIndex | undefined {
    return this.current?.knowledge;
  }

  inUse(): boolean {
    return this.current !== undefined;
  }

  /** True once an index is in use; before that, waits for one for a few seconds. Throws when loading failed. */
  async loaded(): Promise<boolean> {
    if (this.current || this.failure) return this.outcome();
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, this.options.startupWaitMs ?? STARTUP_WAIT_MS);
      this.waiting.add(wake);
    });
    return this.outcome();
  }

  private outcome(): boolean {
    if (this.current) return true;
    if (this.failure) throw this.failure.error;
    return false;
  }

  private wakeAll(): void {
    for (const wake of this.waiting) wake();
    this.waiting.clear();
  }

  retriever(): HybridRetriever {
    if (!this.current) throw new Error('the knowledge index is not loaded yet');
    return this.current;
  }
}
