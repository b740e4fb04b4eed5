import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { Article } from '../../knowledge/articles/article';
import { KnowledgeSource, loadKnowledge } from '../../knowledge/articles/knowledgeSource';

/** An article as an editor changes it: its Markdown file and the collection it belongs to. */
export interface StoredArticle {
  id: string;
  collection: string;
  markdown: string;
}

/** Where the knowledge base is read from and published to. */
export interface ArticleRepository {
  /** Every article the bot answers from. */
  loadAll(): Promise<Article[]>;
  get(id: string): Promise<StoredArticle | undefined>;
  save(article: StoredArticle): Promise<void>;
  /** Whether editors can publish here (an imported open-data folder is read-only). */
  readonly writable: boolean;
  /** Calls `listener` when another process published a change. */
  onChange(listener: () => void): () => void;
  close(): Promise<void>;
}

/**
 * The embedded default: the Markdown content folder itself, so a published
 * article is an ordinary file a team can review in version control.
 */
export class FileArticleRepository implements ArticleRepository {
  readonly writable: boolean;

  constructor(private readonly source: KnowledgeSource) {
    this.writable = source.format === 'markdown';
  }

  loadAll(): Promise<Article[]> {
    return loadKnowledge(this.source);
  }

  async get(id: string): Promise<StoredArticle | undefined> {
    const article = (await this.loadAll()).find((candidate) => candidate.id === id);
    if (!article || !this.writable) return undefined;
    return { id, collection: article.collection, markdown: await readFile(await this.pathOf(id, article.collection), 'utf8') };
  }

  async save(article: StoredArticle): Promise<void> {
    if (!this.writable) throw new Error('this knowledge source is read-only');
    await writeFileAtomic(await this.pathOf(article.id, article.collection), article.markdown);
  }

  onChange(): () => void {
    // Only this process writes the folder, and it reloads itself after publishing.
    return () => undefined;
  }

  async close(): Promise<void> {}

  /** The content root holds one folder per collection, or is a collection folder itself. */
  private async pathOf(id: string, collection: string): Promise<string> {
    const entries = await readdir(this.source.path, { withFileTypes: true });
    const isCollection = entries.some((entry) => entry.isFile() && entry.name.endsWith('.md'));
    return isCollection ? join(this.source.path, `${id}.md`) : join(this.source.path, collection, `${id}.md`);
  }
}
