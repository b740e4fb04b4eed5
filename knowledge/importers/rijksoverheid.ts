import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Article, ArticleSection } from '../articles/article';
import { createHtmlToMarkdown } from './htmlToMarkdown';

/**
 * The Rijksoverheid open-data "vraag en antwoord" item (infotype faq), as the
 * open-data API returns it: https://opendata.rijksoverheid.nl/v1/infotypes/faq.
 * Only the fields Loket uses are checked; the rest is ignored.
 */
const rijksoverheidItemSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  canonical: z.url(),
  introduction: z.string().optional(),
  content: z.array(z.object({ paragraphtitle: z.string().optional(), paragraph: z.string().optional() })).optional(),
  subjects: z.array(z.string()).optional(),
  authorities: z.array(z.string()).optional(),
  lastmodified: z.string().optional(),
  language: z.string().optional(),
});

export type RijksoverheidItem = z.infer<typeof rijksoverheidItemSchema>;

/** Converts one item to a Loket article; article id = the item's `id`. */
export function rijksoverheidToArticle(raw: unknown, collection: string, toMarkdown = createHtmlToMarkdown()): Article {
  const item = rijksoverheidItemSchema.parse(raw);
  const sections: ArticleSection[] = (item.content ?? [])
    .map((part, index) => ({
      heading: part.paragraphtitle?.trim() || `Deel ${index + 1}`,
      text: toMarkdown(part.paragraph ?? ''),
    }))
    .filter((section) => section.text.length > 0);
  const intro = toMarkdown(item.introduction ?? '');
  return {
    id: item.id,
    collection,
    title: item.question.trim(),
    questions: [item.question.trim()],
    phrasings: [],
    tags: (item.subjects ?? []).map((subject) => subject.toLowerCase()),
    url: item.canonical,
    lang: item.language?.startsWith('en') ? 'en' : 'nl',
    updated: (item.lastmodified ?? new Date().toISOString()).slice(0, 10),
    owner: item.authorities?.[0] ?? 'Rijksoverheid',
    lead: intro || firstParagraph(sections) || item.question.trim(),
    sections,
  };
}

/** Reads every `*.json` item in a folder (one item per file) as articles. */
export async function loadRijksoverheidFolder(folder: string, collection = 'rijksoverheid'): Promise<Article[]> {
  const toMarkdown = createHtmlToMarkdown();
  const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  const articles: Article[] = [];
  for (const file of files) {
    const source = join(folder, file);
    try {
      articles.push(rijksoverheidToArticle(JSON.parse(await readFile(source, 'utf8')), collection, toMarkdown));
    } catch (error) {
      throw new Error(`${source}: not a Rijksoverheid "vraag en antwoord" item (${(error as Error).message})`, { cause: error });
    }
  }
  return articles;
}

function firstParagraph(sections: ArticleSection[]): string {
  return sections[0]?.text.split(/\n\n/)[0] ?? '';
}
