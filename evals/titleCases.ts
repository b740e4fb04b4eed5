import { Article } from '../knowledge/articles/article';
import { EvalCase } from './evalCase';

/** Where the title goes in a `--titles` template. */
export const TITLE_SLOT = '{title}';

/**
 * One case per article: its title, in lower case and without a closing
 * question mark, put into an everyday way of asking ("info over {title}?",
 * "Goedemorgen, … Met vriendelijke groet, Jan Jansen"), expecting that
 * article. Measures whether the way a citizen wraps a question hides its
 * topic. Articles the bare title does not reach are a matter for the
 * content, not the wrapping: compare with the template "{title}".
 */
export function titleCases(articles: Iterable<Article>, template: string): EvalCase[] {
  if (!template.includes(TITLE_SLOT)) throw new Error(`--titles needs a template with ${TITLE_SLOT}, as in "info over ${TITLE_SLOT}?"`);
  return [...articles].map((article) => ({
    id: `title-${article.id}`,
    q: template.replace(TITLE_SLOT, article.title.replace(/[?.!]+$/, '').toLowerCase()),
    expect: { article: article.id },
  }));
}
