import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Article } from './article';
import { ArticleFormatError, parseArticle } from './parseArticle';

/**
 * Reads every `<collection>/<id>.md` under `contentDir` (or, given a
 * collection name, every `<id>.md` in `contentDir` itself). All format
 * problems are collected and reported together, so an editor can fix them in one go.
 */
export async function loadArticles(contentDir: string, onlyCollection?: string): Promise<Article[]> {
  const articles: Article[] = [];
  const problems: string[] = [];
  const collections = onlyCollection ? [onlyCollection] : await subfolders(contentDir);
  for (const collection of collections) {
    const folder = onlyCollection ? contentDir : join(contentDir, collection);
    for (const file of (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()) {
      const source = join(folder, file);
      try {
        const article = parseArticle(await readFile(source, 'utf8'), collection, source);
        if (article.id !== basename(file, '.md')) throw new ArticleFormatError(source, [`id "${article.id}" differs from the file name`]);
        articles.push(article);
      } catch (error) {
        if (!(error instanceof ArticleFormatError)) throw error;
        problems.push(error.message);
      }
    }
  }
  problems.push(...duplicateIds(articles));
  if (problems.length > 0) throw new Error(`Invalid knowledge content:\n- ${problems.join('\n- ')}`);
  return articles;
}

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function duplicateIds(articles: Article[]): string[] {
  const seen = new Set<string>();
  return articles.flatMap((article) => {
    if (!seen.has(article.id)) {
      seen.add(article.id);
      return [];
    }
    return [`article id "${article.id}" is used twice`];
  });
}
