import matter from 'gray-matter';
import { Article } from './article';

/** Writes an article back to the Markdown-with-front-matter format that parseArticle reads. */
export function renderArticle(article: Article): string {
  const frontMatter: Record<string, unknown> = {
    id: article.id,
    title: article.title,
    questions: article.questions,
    tags: article.tags,
    url: article.url,
    lang: article.lang,
    updated: article.updated,
    owner: article.owner,
  };
  if (article.summaryEn) frontMatter.summary_en = article.summaryEn;
  if (article.handover) frontMatter.handover = article.handover;
  const body = [article.lead, ...article.sections.map((section) => `## ${section.heading}\n\n${section.text}`)].join('\n\n');
  return matter.stringify(`\n${body}\n`, frontMatter);
}
