import { z } from 'zod';

/** One section of an article body: a `##` heading and its Markdown text. */
export interface ArticleSection {
  heading: string;
  text: string;
}

/** A knowledge article: the only thing Loket answers from. */
export interface Article {
  id: string;
  /** Folder under knowledge/content it belongs to, e.g. "lindewijk". */
  collection: string;
  title: string;
  /** Alternative phrasings as citizens ask them, written by the author. */
  questions: string[];
  /**
   * Citizens' own questions that editors linked to this article from the
   * review inbox. Searched as whole questions (vector passages), not mixed
   * into the article's words: one long question must not make the article
   * look relevant to everything it mentions.
   */
  phrasings: string[];
  tags: string[];
  url: string;
  lang: 'nl' | 'en';
  /** ISO date (YYYY-MM-DD) of the last content check. */
  updated: string;
  owner: string;
  /** Plain English core answer for citizens who write in English. */
  summaryEn?: string;
  /** Sensitive topic: offer (or always start) a handover to a human. */
  handover?: 'always' | 'offer';
  /** The first paragraph: the core answer, shown first. */
  lead: string;
  sections: ArticleSection[];
}

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString() : value).slice(0, 10))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-10-01'));

/** The front matter as authors write it (docs/authoring.md). */
export const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/i, 'only letters, digits and hyphens'),
  title: z.string().trim().min(1),
  questions: z.array(z.string().trim().min(1)).min(1),
  // YAML reads a tag like 112 as a number; authors mean the text.
  tags: z.array(z.coerce.string().trim().min(1)).default([]),
  url: z.url({ protocol: /^https?$/ }),
  lang: z.enum(['nl', 'en']).default('nl'),
  updated: isoDate,
  owner: z.string().trim().min(1),
  summary_en: z.string().trim().min(1).optional(),
  handover: z.enum(['always', 'offer']).optional(),
  phrasings: z.array(z.coerce.string().trim().min(1)).default([]),
  // Written by the editor console: who published the last change, and when.
  changed_by: z.string().trim().min(1).optional(),
  changed_at: z.union([z.string(), z.date()]).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
