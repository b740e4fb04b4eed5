import matter from 'gray-matter';
import { z } from 'zod';
import { Article, ArticleSection, frontMatterSchema } from './article';

/** Raised when an article file breaks the authoring rules; names the file and the field. */
export class ArticleFormatError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.join('; ')}`);
    this.name = 'ArticleFormatError';
  }
}

/** Parses one Markdown article with front matter (docs/authoring.md). */
export function parseArticle(markdown: string, collection: string, source: string): Article {
  const file = matter(markdown);
  const parsed = frontMatterSchema.safeParse(file.data);
  if (!parsed.success) throw new ArticleFormatError(source, describe(parsed.error));
  const meta = parsed.data;
  const { lead, sections } = splitBody(file.content);
  if (!lead) throw new ArticleFormatError(source, ['the body must start with a lead paragraph']);
  return {
    id: meta.id,
    collection,
    title: meta.title,
    questions: meta.questions,
    phrasings: meta.phrasings,
    tags: meta.tags,
    url: meta.url,
    lang: meta.lang,
    updated: meta.updated,
    owner: meta.owner,
    ...(meta.summary_en ? { summaryEn: meta.summary_en } : {}),
    ...(meta.handover ? { handover: meta.handover } : {}),
    lead,
    sections,
  };
}

/** Splits a body into its lead (text before the first `##`) and its `##` sections. */
export function splitBody(body: string): { lead: string; sections: ArticleSection[] } {
  const sections: ArticleSection[] = [];
  const leadLines: string[] = [];
  let current: { heading: string; lines: string[] } | undefined;
  for (const line of body.split(/\r?\n/)) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) {
      if (current) sections.push(toSection(current));
      current = { heading: heading[1], lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else {
      leadLines.push(line);
    }
  }
  if (current) sections.push(toSection(current));
  return { lead: leadLines.join('\n').trim(), sections: sections.filter((section) => section.text.length > 0) };
}

function toSection(raw: { heading: string; lines: string[] }): ArticleSection {
  return { heading: raw.heading, text: raw.lines.join('\n').trim() };
}

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`);
}
