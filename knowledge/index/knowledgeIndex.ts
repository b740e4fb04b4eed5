import { EmbeddingsInterface } from '@langchain/core/embeddings';
import { createHash } from 'node:crypto';
import { Article } from '../articles/article';
import { EmbeddingsProvider } from '../embeddings/embeddingsProvider';
import { Thesaurus } from '../text/thesaurus';
import { LexicalIndex } from './lexicalIndex';
import { articlesToPassages, Passage } from './passages';
import { VectorIndex } from './vectorIndex';

/** Bump when analysis or passage cutting changes, so saved indexes are rebuilt. */
export const INDEX_FORMAT = 'loket-index/30';

/** Everything retrieval needs, built from one set of articles. */
export class KnowledgeIndex {
  readonly articles: ReadonlyMap<string, Article>;

  constructor(
    articles: Article[],
    readonly passages: Passage[],
    readonly lexical: LexicalIndex,
    readonly vectors: VectorIndex,
    readonly embeddings: EmbeddingsInterface,
    /** Content fingerprint: identical articles and embeddings give the same value. */
    readonly fingerprint: string,
  ) {
    this.articles = new Map(articles.map((article) => [article.id, article]));
  }

  static async build(articles: Article[], provider: EmbeddingsProvider, thesaurus: Thesaurus): Promise<{ index: KnowledgeIndex; embeddingsState: unknown }> {
    const passages = await articlesToPassages(articles);
    const texts = passages.map((passage) => passage.text);
    const { embeddings, state } = await provider.forBuild(texts);
    const vectors = await VectorIndex.build(passages, await embeddings.embedDocuments(texts), embeddings);
    const index = new KnowledgeIndex(
      articles,
      passages,
      LexicalIndex.build(articles, thesaurus),
      vectors,
      embeddings,
      fingerprintOf(articles, provider, thesaurus),
    );
    return { index, embeddingsState: state };
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }
}

/** Hash of the index format, the embeddings, the thesaurus and every article's content. */
export function fingerprintOf(articles: Article[], provider: EmbeddingsProvider, thesaurus: Thesaurus): string {
  const hash = createHash('sha256')
    .update(INDEX_FORMAT)
    .update('\0')
    .update(provider.id)
    .update('\0')
    .update(JSON.stringify(thesaurus.lexicon ? [thesaurus.groups, thesaurus.mappings, thesaurus.lexicon] : [thesaurus.groups, thesaurus.mappings]));
  for (const article of [...articles].sort((a, b) => a.id.localeCompare(b.id))) hash.update('\0').update(JSON.stringify(article));
  return hash.digest('hex').slice(0, 20);
}
