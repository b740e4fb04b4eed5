import { Article } from '../articles/article';
import { KnowledgeSource, loadKnowledge, loadThesaurusOf } from '../articles/knowledgeSource';
import { EmbeddingsProvider } from '../embeddings/embeddingsProvider';
import { IndexStore } from './indexStore';
import { fingerprintOf, KnowledgeIndex } from './knowledgeIndex';
import { Thesaurus } from '../text/thesaurus';

export interface EnsureIndexResult {
  index: KnowledgeIndex;
  /** True when the content changed and a new version was built. */
  rebuilt: boolean;
}

/**
 * Loads the saved index when the content has not changed since it was built,
 * otherwise builds a new version, saves it and switches to it.
 */
export async function ensureIndex(source: KnowledgeSource, store: IndexStore, provider: EmbeddingsProvider): Promise<EnsureIndexResult> {
  return ensureIndexOf(await loadKnowledge(source), store, provider, await loadThesaurusOf(source));
}

/** The same for articles already loaded (the editor's repository merges several places). */
export async function ensureIndexOf(articles: Article[], store: IndexStore, provider: EmbeddingsProvider, thesaurus: Thesaurus): Promise<EnsureIndexResult> {
  const fingerprint = fingerprintOf(articles, provider, thesaurus);
  if ((await store.currentFingerprint()) === fingerprint) return { index: await store.load(provider, fingerprint), rebuilt: false };
  return { index: await buildAndSave(articles, store, provider, thesaurus), rebuilt: true };
}

export async function buildAndSave(articles: Article[], store: IndexStore, provider: EmbeddingsProvider, thesaurus: Thesaurus): Promise<KnowledgeIndex> {
  if (articles.length === 0) throw new Error('the knowledge source holds no articles');
  const { index, embeddingsState } = await KnowledgeIndex.build(articles, provider, thesaurus);
  await store.saveAndSwitch(index, embeddingsState, provider.id);
  return index;
}
