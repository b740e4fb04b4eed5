import { Article, ArticleSection } from '../knowledge/articles/article';
import { ArticleCandidate } from '../knowledge/retrieval/hybridRetriever';
import { QueryToken } from '../knowledge/text/analyzer';
import { ContactDetails, messages } from './messages';
import { Lang, Reply, ReplyButton } from './types';

const MAX_ANSWER_WORDS = 110;
/** Headings an article uses for its core steps (docs/authoring.md). */
const CORE_HEADING = /^(zo regelt u het|hoe werkt het|wat moet u doen|aanvragen)/i;
/** A word in fewer than this share of the articles is rare enough to point at one section. */
const RARE_SPREAD = 0.1;
/** A section is shown instead of the core steps only when it matches the question clearly better than the lead. */
const SECTION_MARGIN = 0.1;

export interface AnswerContext {
  candidate: ArticleCandidate;
  tokens: QueryToken[];
  /** Analyses a heading the same way as the query, to see whether the question names it. */
  headingTerms: (heading: string) => string[];
  /** The stems of a text (a lead, a section), to see whether it holds the question's own words. */
  textStems: (text: string) => ReadonlySet<string>;
  /** The share of articles that use a word (0..1): how little it says. */
  spread: (token: QueryToken) => number;
  lang: Lang;
  contact: ContactDetails;
  confidence: number;
}

/**
 * A short answer from one article: its lead plus the one section that best
 * fits the question (or the core steps), never the whole page, with the
 * source link and the follow-up buttons.
 */
export function composeAnswer(context: AnswerContext): Reply {
  const { candidate, lang } = context;
  const article = candidate.article;
  const text = lang === 'en' ? englishAnswer(article, context.contact) : dutchAnswer(article, chooseSection(context));
  return {
    kind: 'answer',
    lang,
    text,
    source: { articleId: article.id, title: article.title, url: article.url },
    suggestions: answerButtons(article.id, lang, context.contact),
    reason: 'answer',
    confidence: context.confidence,
  };
}

export function answerButtons(articleId: string, lang: Lang, contact: ContactDetails): ReplyButton[] {
  const text = messages(lang, contact);
  return [
    { label: text.helpfulYes, action: { type: 'feedback', helpful: true, articleId }, text: text.helpfulYes },
    { label: text.helpfulNo, action: { type: 'feedback', helpful: false, articleId }, text: text.helpfulNo },
    handoverButton(lang, contact),
  ];
}

export function handoverButton(lang: Lang, contact: ContactDetails): ReplyButton {
  const label = messages(lang, contact).talkToEmployee;
  return { label, action: { type: 'handover' }, text: label };
}

function dutchAnswer(article: Article, section: ArticleSection | undefined): string {
  const parts = [article.lead];
  if (section) parts.push(`**${section.heading}**\n\n${section.text}`);
  return truncateWords(parts.join('\n\n'), MAX_ANSWER_WORDS);
}

function englishAnswer(article: Article, contact: ContactDetails): string {
  const intro = messages('en', contact).answerIntro;
  return `${intro}\n\n**${article.title}**\n\n${article.summaryEn ?? truncateWords(article.lead, MAX_ANSWER_WORDS)}`;
}

/**
 * The section the question asks about: one whose heading the question names
 * ("wat kost …" → "Kosten"), or one that matches the question clearly better
 * than the lead does; otherwise the core steps. Words of the article's title
 * name its topic, not a section ("boom kappen" does not ask for "Gevaarlijke
 * boom"), unless the question also has words of its own that no heading
 * has ("vergunning voor een terras voor mijn café" → "Terras").
 */
function chooseSection(context: AnswerContext): ArticleSection | undefined {
  const sections = context.candidate.article.sections;
  const termsOf = (section: ArticleSection) => context.headingTerms(section.heading);
  const closest = (candidates: ArticleSection[]) => maxBy(candidates, (section) => similarityOf(context, section.heading));
  const titleTerms = new Set(context.headingTerms(context.candidate.article.title));
  const queryTerms = new Set(context.tokens.flatMap((token) => token.terms));
  const ownTerms = new Set([...queryTerms].filter((term) => !titleTerms.has(term)));
  const core = sections.find((section) => CORE_HEADING.test(section.heading)) ?? sections[0];
  const named = sections.filter((section) => termsOf(section).some((term) => ownTerms.has(term)));
  if (named.length > 0) return closest(named);
  // A question in the title's own words asks for the topic as a whole ("woo verzoek indienen"), or for a heading it repeats ("wat doet het wijkteam?").
  if (ownTerms.size === 0)
    return closest(sections.filter((section) => termsOf(section).length > 0 && termsOf(section).every((term) => queryTerms.has(term)))) ?? core;
  // A rare word of the question that the lead and core steps lack, found in one section's text ("kwijtschelding" → "Weinig inkomen?").
  const shown = (token: QueryToken) =>
    [context.candidate.article.lead, core?.text ?? ''].some((text) => token.terms.some((term) => context.textStems(text).has(term)));
  const missing = context.tokens.filter((token) => !token.whole.some((term) => titleTerms.has(term)) && context.spread(token) < RARE_SPREAD && !shown(token));
  const holding = sections.filter((section) => missing.some((token) => token.terms.some((term) => context.textStems(section.text).has(term))));
  if (holding.length === 1) return holding[0];
  // Otherwise a heading with a title word the question uses still beats a guess ("mag mijn vrouw hem ophalen" → "Iemand anders laten ophalen").
  const echoed = sections.filter((section) => termsOf(section).some((term) => queryTerms.has(term)));
  if (echoed.length > 0) return closest(echoed);
  const best = closest(sections);
  const lead = context.candidate.passages.find((entry) => entry.passage.kind === 'lead')?.similarity ?? 0;
  return best && similarityOf(context, best.heading) > lead + SECTION_MARGIN ? best : core;
}

function similarityOf(context: AnswerContext, heading: string): number {
  return context.candidate.passages.find((entry) => entry.passage.kind === 'section' && entry.passage.heading === heading)?.similarity ?? 0;
}

function maxBy<T>(items: T[], score: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || score(item) > score(best) ? item : best), undefined);
}

const SENTENCES = new Intl.Segmenter('nl', { granularity: 'sentence' });
const HEADING = /^(\*\*[^*]+\*\*|#+ .*)$/;
const LIST_ITEM = /^\s*(\d+[.)]|[-*+])\s/;

/**
 * Cuts Markdown once `limit` words are reached: after whole lines, so lists
 * stay readable, or after whole sentences of a long paragraph. It never ends
 * on a heading without its text: a citizen would see a title and nothing else.
 */
export function truncateWords(markdown: string, limit: number): string {
  const kept: string[] = [];
  let words = 0;
  for (const line of markdown.split('\n')) {
    const count = wordCount(line);
    if (words > 0 && words + count > limit) {
      const start = leadingSentences(line, limit - words);
      if (start) kept.push(start);
      while (kept.length > 0 && (HEADING.test(kept.at(-1)?.trim() ?? '') || kept.at(-1)?.trim() === '')) kept.pop();
      kept.push('', '…');
      break;
    }
    kept.push(line);
    words += count;
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The whole sentences at the start of a paragraph that fit in `room` words,
 * not ending on a question whose answer is cut off ("Huurt u?"); empty when
 * none fit. A list item is kept whole or not at all.
 */
function leadingSentences(line: string, room: number): string {
  if (LIST_ITEM.test(line)) return '';
  const kept: string[] = [];
  for (const { segment } of SENTENCES.segment(line)) {
    if (wordCount([...kept, segment].join('')) > room) break;
    kept.push(segment);
  }
  while (kept.length > 0 && kept.at(-1)?.trim().endsWith('?')) kept.pop();
  return kept.join('').trimEnd();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
