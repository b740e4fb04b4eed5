import { KnowledgeHolder } from '../../bot/knowledgeHolder';
import { Article } from '../../knowledge/articles/article';
import { KnowledgeSource, loadKnowledge, loadThesaurusOf } from '../../knowledge/articles/knowledgeSource';
import { EMPTY_THESAURUS, Thesaurus } from '../../knowledge/text/thesaurus';
import { createEmbeddingsProvider } from '../../knowledge/embeddings/embeddingsProvider';
import { KnowledgeIndex } from '../../knowledge/index/knowledgeIndex';

const cache = new Map<string, Promise<KnowledgeIndex>>();

/** Builds (once per test file) the real index over a knowledge source, in memory. */
export function indexOf(source: KnowledgeSource): Promise<KnowledgeIndex> {
  const key = `${source.format}:${source.path}:${source.synonyms ?? ''}:${source.lexicon ?? ''}`;
  let index = cache.get(key);
  if (!index) {
    index = Promise.all([loadKnowledge(source), loadThesaurusOf(source)]).then(([articles, thesaurus]) => buildIndex(articles, thesaurus));
    cache.set(key, index);
  }
  return index;
}

export async function buildIndex(articles: Article[], thesaurus: Thesaurus = EMPTY_THESAURUS): Promise<KnowledgeIndex> {
  return (await KnowledgeIndex.build(articles, await createEmbeddingsProvider({ kind: 'hashing' }), thesaurus)).index;
}

export async function holderOf(source: KnowledgeSource): Promise<KnowledgeHolder> {
  const holder = new KnowledgeHolder();
  holder.use(await indexOf(source));
  return holder;
}
