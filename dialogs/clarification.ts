import { Article } from '../knowledge/articles/article';
import { wordsOf } from '../knowledge/text/normalize';
import { ContactDetails, messages } from './messages';
import { Lang, Reply, ReplyButton } from './types';

const ORDINALS: Record<string, number> = {
  '1': 0,
  een: 0,
  eerste: 0,
  eerst: 0,
  bovenste: 0,
  first: 0,
  one: 0,
  top: 0,
  '2': 1,
  twee: 1,
  tweede: 1,
  second: 1,
  two: 1,
  '3': 2,
  drie: 2,
  derde: 2,
  third: 2,
  three: 2,
};
/** Words for the last option, however many there are. */
const LAST = new Set(['laatste', 'onderste', 'last', 'bottom']);
const NONE = new Set(['geen', 'geen van beide', 'geen van deze', 'none', 'neither', 'none of these', 'nee', 'no', 'iets anders', 'something else']);

/** "Bedoelt u …?" with the close articles as buttons, plus "none of these". */
export function clarificationReply(options: Article[], lang: Lang, contact: ContactDetails, confidence: number): Reply {
  const text = messages(lang, contact);
  return {
    kind: 'clarify',
    lang,
    text: text.clarify,
    choices: [...topicButtons(options), { label: text.noneOfThese, action: { type: 'choose' as const, articleId: '' }, text: text.noneOfThese }],
    reason: 'clarify',
    confidence,
  };
}

/** One button per article, by its title: choosing it answers from that article. */
export function topicButtons(options: Article[]): ReplyButton[] {
  return options.map((article) => ({ label: article.title, action: { type: 'choose' as const, articleId: article.id }, text: article.title }));
}

/** A button that answers from an article: a topic or "Bedoelt u …?" option, not "Geen van deze" or the way to a person. */
export function isArticleChoice(button: ReplyButton): button is ReplyButton & { action: { type: 'choose'; articleId: string } } {
  return button.action.type === 'choose' && button.action.articleId !== '';
}

/** The reason of an answer from an article the citizen chose from those offered: the editors' inbox reads it in the log. */
export const CHOSEN_ANSWER = 'answer:chosen';

export type ChoiceResult = { kind: 'chosen'; articleId: string } | { kind: 'none' } | { kind: 'unrelated' };

/**
 * Reads a typed answer to "Bedoelt u …?": a number or ordinal ("de tweede"),
 * words of one option's title ("paspoort"), or "geen van deze". Anything else
 * is a new question.
 */
export function readChoice(text: string, options: Article[]): ChoiceResult {
  const words = wordsOf(text);
  const phrase = words.join(' ');
  if (NONE.has(phrase)) return { kind: 'none' };
  if (words.length <= 3) {
    const ordinal = words.map((word) => (LAST.has(word) ? options.length - 1 : ORDINALS[word])).find((value) => value !== undefined);
    const byOrdinal = ordinal === undefined ? undefined : options[ordinal];
    if (byOrdinal) return { kind: 'chosen', articleId: byOrdinal.id };
  }
  const overlaps = options.map((article) => overlap(words, wordsOf(article.title)));
  const best = Math.max(...overlaps);
  const winners = options.filter((_, index) => overlaps[index] === best);
  // Only a short reply that names one option is a choice; a longer message is a new question.
  if (best > 0 && winners.length === 1 && winners[0] && words.length <= 4) return { kind: 'chosen', articleId: winners[0].id };
  return { kind: 'unrelated' };
}

function overlap(words: string[], titleWords: string[]): number {
  const title = new Set(titleWords.filter((word) => word.length > 2));
  return words.filter((word) => title.has(word)).length;
}
