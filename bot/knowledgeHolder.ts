import { KnowledgeAccess } from '../dialogs/conversationFlow';
import { KnowledgeIndex } from '../knowledge/index/knowledgeIndex';
import { DEFAULT_RETRIEVAL, HybridRetriever } from '../knowledge/retrieval/hybridRetriever';

/**
 * Holds the knowledge index in use. A rebuilt index is swapped in with one
 * assignment, so a turn always sees one complete index, old or new.
 */
export class KnowledgeHolder implements KnowledgeAccess {
  private current: HybridRetriever | undefined;

  use(index: KnowledgeIndex): void {
    this.current = new HybridRetriever(index, DEFAULT_RETRIEVAL);
  }

  get index(): KnowledgeIndex | undefined {
    return this.current?.knowledge;
  }

  retriever(): HybridRetriever {
    if (!this.current) throw new Error('the knowledge index is not loaded yet');
    return this.current;
  }
}
