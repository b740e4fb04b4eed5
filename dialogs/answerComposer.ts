import { Article, ArticleSection } from '../knowledge/articles/article';
import { ArticleCandidate } from '../knowledge/retrieval/hybridRetriever';
import { QueryToken } from '../knowledge/text/analyzer';
import { sentencesOf } from '../knowledge/text/sentences';
import { ContactDetails, messages } from './messages';
import { namesAPerson } from './storyPeople';
import { Lang, Reply, ReplyButton } from './types';

const MAX_ANSWER_WORDS = 110;
/** Headings an article uses for its core steps (docs/authoring.md). */
const CORE_HEADING = /^(zo regelt u het|hoe werkt het|wat moet u doen|aanvragen)/i;
/** A word in fewer than this share of the articles is rare enough to point at one section. */
const RARE_SPREAD = 0.1;
/** A section is shown instead of the core steps only when it matches the question clearly better than the lead. */
const SECTION_MARGIN = 0.1;
/**
 * "niet" in a heading is about what does not happen ("Container niet
 * geleegd?"); "geen" is often the answer to "moet ik …?" ("Geen vergunning nodig").
 */
const NEGATIONS = new Set(['niet', 'not']);

export interface AnswerContext {
  candidate: ArticleCandidate;
  tokens: QueryToken[];
  /** The last question's words when this message is the rest of it ("en voor een kind?" after "wat kost een paspoort?"). */
  carried: QueryToken[];
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
 * The section the question asks about in words, or else the one the question
 * it completes asked about ("en voor een kind?" after "wat kost een
 * paspoort?" → "Kosten"), or else one the search ranks clearly above the
 * lead; otherwise the core steps.
 */
function chooseSection(context: AnswerContext): ArticleSection | undefined {
  const own = new SectionWords(context, context.tokens);
  const asked = context.carried.length > 0 ? askedWithCarried(context, own) : own.asked();
  if (asked) return asked;
  // Only the title's words ("woo verzoek indienen"): the core steps, not a heading that shares a title word.
  if (own.namesTopicOnly()) return own.core;
  return own.echoed() ?? closerThanLead(context) ?? own.core;
}

/** "en voor een kind?" after "wat kost een ID-kaart?": the child says for whom; what is asked is still the cost. */
function askedWithCarried(context: AnswerContext, own: SectionWords): ArticleSection | undefined {
  const what = new SectionWords(
    context,
    context.tokens.filter((token) => !namesAPerson(token)),
  );
  return what.asked() ?? new SectionWords(context, context.carried).asked() ?? own.asked();
}

/** What a question's words say about the sections of the article it is answered from. */
class SectionWords {
  readonly core: ArticleSection | undefined;
  private readonly sections: ArticleSection[];
  private readonly titleTerms: Set<string>;
  private readonly queryTerms: Set<string>;
  /** The words themselves and their synonyms, without the parts of compounds ("hond" of "hondenbelasting"). */
  private readonly wordTerms: Set<string>;
  /** The terms that are not the article's topic (its title). */
  private readonly ownTerms: Set<string>;
  /** Terms that are only other forms of the question's verbs ("betaalt" for "betalen"). */
  private readonly forms: Set<string>;

  constructor(
    private readonly context: AnswerContext,
    private readonly tokens: QueryToken[],
  ) {
    this.sections = context.candidate.article.sections;
    this.core = this.sections.find((section) => CORE_HEADING.test(section.heading)) ?? this.sections[0];
    this.titleTerms = new Set(context.headingTerms(context.candidate.article.title));
    this.queryTerms = new Set(tokens.flatMap((token) => token.terms));
    this.wordTerms = new Set(tokens.flatMap((token) => [...token.whole, ...token.related]));
    // A title word's synonyms name the topic too: "honden" lends "dog", which the heading "Hond afmelden" also has.
    const ofTitleWord = (token: QueryToken) => token.whole.some((term) => this.titleTerms.has(term));
    this.ownTerms = new Set(
      tokens.flatMap((token) => token.terms.filter((term) => !this.titleTerms.has(term) && !(ofTitleWord(token) && token.related.includes(term)))),
    );
    this.forms = new Set(tokens.flatMap((token) => token.forms));
  }

  /**
   * A section the words ask for: one whose heading they name ("wat kost …" →
   * "Kosten"), or that alone holds a rare word of theirs. Words of the
   * article's title name its topic, not a section ("boom kappen" does not ask
   * for "Gevaarlijke boom"), unless the words also have some of their own that
   * no heading has ("vergunning voor een terras voor mijn café" → "Terras").
   */
  asked(): ArticleSection | undefined {
    const named = this.sections.filter((section) => this.fitsNegation(section) && this.termsOf(section).some((term) => this.ownTerms.has(term)));
    // "kan niet betalen": "Betalen" has the word itself, "Welke belastingen betaalt u?" only another form of it.
    const itself = named.filter((section) => this.termsOf(section).some((term) => this.ownTerms.has(term) && !this.forms.has(term)));
    if (named.length > 0) return this.closest(itself.length > 0 ? itself : named);
    // A question in the title's own words asks for the topic as a whole ("woo verzoek indienen"), or for a heading it repeats ("wat doet het wijkteam?").
    if (this.ownTerms.size === 0) {
      return this.closest(
        this.sections.filter((section) => this.termsOf(section).length > 0 && this.termsOf(section).every((term) => this.queryTerms.has(term))),
      );
    }
    // A rare word of the question that the lead and core steps lack, found in one section's text ("kwijtschelding" → "Weinig inkomen?").
    const { context } = this;
    const shown = (token: QueryToken) =>
      [context.candidate.article.lead, this.core?.text ?? ''].some((text) => token.terms.some((term) => context.textStems(text).has(term)));
    const missing = this.tokens.filter(
      (token) => !token.whole.some((term) => this.titleTerms.has(term)) && context.spread(token) < RARE_SPREAD && !shown(token),
    );
    const holding = this.sections.filter((section) => missing.some((token) => token.terms.some((term) => context.textStems(section.text).has(term))));
    if (holding.length !== 1) return undefined;
    // With two sets of steps, the one whose heading has the question's word wins over a word a text mentions in passing
    // ("ik heb een kat gevonden" → "Zo regelt u het: dier gevonden", not "Dood dier op straat", which mentions "een dode kat").
    const steps = this.echoed();
    return steps && CORE_HEADING.test(steps.heading) ? steps : holding[0];
  }

  namesTopicOnly(): boolean {
    return this.ownTerms.size === 0;
  }

  /** A heading with a title word the question uses still beats a guess ("mag mijn vrouw hem ophalen" → "Iemand anders laten ophalen"). */
  echoed(): ArticleSection | undefined {
    return this.closest(this.sections.filter((section) => this.fitsNegation(section) && this.termsOf(section).some((term) => this.wordTerms.has(term))));
  }

  /**
   * A heading that names what is not done ("Wat nemen wij niet mee?") is not
   * asked for by a question without a negation ("mag een matras ook mee?"):
   * it would read as a no. A word only that section holds still finds it ("en verf?").
   */
  private fitsNegation(section: ArticleSection): boolean {
    const negates = (terms: Iterable<string>) => [...terms].some((term) => NEGATIONS.has(term));
    // In "Afval niet opgehaald" the negation is the topic, not a section's.
    return !negates(this.termsOf(section)) || negates(this.queryTerms) || negates(this.titleTerms);
  }

  private termsOf(section: ArticleSection): string[] {
    return this.context.headingTerms(section.heading);
  }

  private closest(candidates: ArticleSection[]): ArticleSection | undefined {
    return maxBy(candidates, (section) => similarityOf(this.context, section.heading));
  }
}

/** The section that matches the question clearly better than the lead, by the search's own similarity. */
function closerThanLead(context: AnswerContext): ArticleSection | undefined {
  const best = maxBy(context.candidate.article.sections, (section) => similarityOf(context, section.heading));
  const lead = context.candidate.passages.find((entry) => entry.passage.kind === 'lead')?.similarity ?? 0;
  return best && similarityOf(context, best.heading) > lead + SECTION_MARGIN ? best : undefined;
}

function similarityOf(context: AnswerContext, heading: string): number {
  return context.candidate.passages.find((entry) => entry.passage.kind === 'section' && entry.passage.heading === heading)?.similarity ?? 0;
}

function maxBy<T>(items: T[], score: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || score(item) > score(best) ? item : best), undefined);
}

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
  for (const sentence of sentencesOf(line)) {
    if (wordCount([...kept, sentence].join(' ')) > room) break;
    kept.push(sentence);
  }
  while (kept.length > 0 && kept.at(-1)?.endsWith('?')) kept.pop();
  return kept.join(' ');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
