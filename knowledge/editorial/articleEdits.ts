import matter from 'gray-matter';
import { z } from 'zod';
import { Article } from '../articles/article';
import { ArticleFormatError, parseArticle } from '../articles/parseArticle';

/** Who changed an article and when, kept in its front matter. */
export interface Change {
  by: string;
  at: Date;
}

export const MAX_PHRASINGS = 40;
/** Linked citizens' questions per article; beyond this an editor should rewrite the article. */
export const MAX_LINKED = 200;

/**
 * Adds citizens' questions to an article's `phrasings` (searched as whole
 * questions), skipping ones it already has as a question or phrasing, and
 * stamps the change. Returns the new Markdown; the result is parsed again, so an edit can
 * never produce a file the bot cannot load.
 */
export function withPhrasings(markdown: string, phrasings: string[], change: Change, collection: string, source: string): string {
  const file = matter(markdown);
  const data = { ...(file.data as Record<string, unknown>) };
  const listOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const linked = listOf(data.phrasings);
  const known = new Set([...listOf(data.questions), ...linked].map(fold));
  for (const phrasing of phrasings.map((text) => text.trim()).filter(Boolean)) {
    if (known.has(fold(phrasing)) || linked.length >= MAX_LINKED) continue;
    known.add(fold(phrasing));
    linked.push(phrasing);
  }
  data.phrasings = linked;
  const updated = stamp(data, change);
  const result = matter.stringify(file.content, updated);
  parseArticle(result, collection, source);
  return result;
}

export const newArticleInput = z.object({
  title: z.string().trim().min(3, 'Geef het artikel een titel.').max(120, 'De titel is te lang (ten hoogste 120 tekens).'),
  questions: z
    .array(z.string().trim().min(1).max(300))
    .min(1, 'Geef minstens één vraag zoals inwoners die stellen.')
    .max(MAX_PHRASINGS, `Ten hoogste ${MAX_PHRASINGS} vragen.`),
  lead: z.string().trim().min(10, 'Schrijf de kern van het antwoord (minstens één zin).').max(1500, 'De kern is te lang; houd het bij 1 tot 3 zinnen.'),
  body: z.string().max(8000, 'De tekst is te lang (ten hoogste 8000 tekens).').default(''),
  url: z.url({ protocol: /^https?$/, error: 'Geef een geldig webadres (https://…).' }).optional(),
  tags: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(10).default([]),
  summaryEn: z.string().trim().max(600).optional(),
});
export type NewArticleInput = z.infer<typeof newArticleInput>;

/**
 * Markdown for a new article, in the authoring format (docs/authoring.md).
 * `defaults` gives what an editor need not type: the website for the source
 * link, the owning team and the collection.
 */
export function newArticleMarkdown(
  input: NewArticleInput,
  change: Change,
  defaults: { id: string; url: string; owner: string; collection: string },
): { markdown: string; article: Article } {
  if (/^#\s/m.test(input.body)) throw new ArticleFormatError(defaults.id, ['gebruik ## voor kopjes, geen #']);
  const data: Record<string, unknown> = {
    id: defaults.id,
    title: input.title,
    questions: input.questions,
    tags: input.tags.length > 0 ? input.tags : ['algemeen'],
    url: input.url ?? defaults.url,
    lang: 'nl',
    owner: defaults.owner,
    ...(input.summaryEn ? { summary_en: input.summaryEn } : {}),
  };
  const content = `\n${input.lead.trim()}\n${input.body.trim() ? `\n${input.body.trim()}\n` : ''}`;
  const markdown = matter.stringify(content, stamp(data, change));
  return { markdown, article: parseArticle(markdown, defaults.collection, `${defaults.id}.md`) };
}

/** A file-name-safe id from a title: "Kat laten chippen?" → "kat-laten-chippen". */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'artikel';
}

function stamp(data: Record<string, unknown>, change: Change): Record<string, unknown> {
  return { ...data, updated: change.at.toISOString().slice(0, 10), changed_by: change.by, changed_at: change.at.toISOString() };
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
