/**
 * Text normalisation shared by indexing and querying. Both sides must use the
 * same steps, otherwise stems and n-grams stop matching.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, without diacritics ("financiële" → "financiele"), NFKC-folded. */
export function foldText(text: string): string {
  return withoutDiacritics(text).toLowerCase();
}

/** The words of `wordsOf` as written, capitals kept ("Jansen"), where their number is the same. */
export function casedWordsOf(text: string): string[] {
  return splitWords(withoutDiacritics(text));
}

function withoutDiacritics(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFKC');
}

function splitWords(text: string): string[] {
  return text.split(NON_WORD).filter((word) => word.length > 0);
}

/** Splits folded text into word tokens; punctuation and symbols separate words. */
export function wordsOf(text: string): string[] {
  return splitWords(foldText(text));
}

/**
 * Markdown to the words a reader sees: link targets, emphasis marks and list
 * markers removed, so URLs do not count as content in search.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`>]+/g, '');
}
