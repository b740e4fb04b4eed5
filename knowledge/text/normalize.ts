/**
 * Text normalisation shared by indexing and querying. Both sides must use the
 * same steps, otherwise stems and n-grams stop matching.
 */

/** Punctuation that ends a clause: a separable verb's particle ends its clause, and a courtesy is a clause of its own. */
export const CLAUSE_END = /[.!?;:,()\n]+/;

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
  return withoutElisions(text)
    .split(NON_WORD)
    .filter((word) => word.length > 0);
}

/**
 * Words shortened with an apostrophe, read as the words they stand for: split
 * at the apostrophe, "I don't understand" held the unknown words "don" and "t",
 * "won't" the Dutch "woont", and "auto's" a stray "s". Case-insensitive, so
 * that `casedWordsOf` and `wordsOf` keep the same number of words.
 */
function withoutElisions(text: string): string {
  const spelled = BARE_CONTRACTION.test(text) ? BARE_CONTRACTIONS.reduce((result, [pattern, words]) => result.replace(pattern, words), text) : text;
  if (!APOSTROPHE.test(spelled)) return spelled;
  return ELISIONS.reduce((result, [pattern, words]) => result.replace(pattern, words), spelled.replace(APOSTROPHES, "'"));
}

/** Chat English leaves the apostrophe out ("i dont know", "cant", "im new"): the same words. Not "wont", a slip of the Dutch "woont". */
const BARE_CONTRACTIONS: [RegExp, string][] = [
  [/\bcant\b/giu, 'can not'],
  [/\b(do|does|did|is|was|are|were|could|would|should|have|has|had|must|need)nt\b/giu, '$1 not'],
  [/\bim\b/giu, 'i am'],
  [/\bive\b/giu, 'i have'],
  // As "what's" below: the word itself.
  [/\b(what|that|how|where|who|there|here)s\b/giu, '$1'],
];
/** Any of them, for one test before the replacements (without the g flag, as `APOSTROPHE`). */
const BARE_CONTRACTION = new RegExp(BARE_CONTRACTIONS.map(([pattern]) => pattern.source).join('|'), 'iu');

const APOSTROPHE = /['‘’ʼ`]/u;
/** The same, every one: `APOSTROPHE` stays without the g flag, whose `test` would remember where it stopped. */
const APOSTROPHES = new RegExp(APOSTROPHE.source, 'gu');
const ELISIONS: [RegExp, string][] = [
  [/\bcan't\b/giu, 'can not'],
  [/\bwon't\b/giu, 'will not'],
  [/\bshan't\b/giu, 'shall not'],
  [/(\p{L})n't\b/giu, '$1 not'],
  [/(\p{L})'m\b/giu, '$1 am'],
  [/(\p{L})'re\b/giu, '$1 are'],
  [/(\p{L})'ve\b/giu, '$1 have'],
  [/(\p{L})'ll\b/giu, '$1 will'],
  [/(\p{L})'d\b/giu, '$1 would'],
  // "what's", "John's", and the Dutch plural "auto's", "foto's": the word itself.
  [/(\p{L})'s\b/giu, '$1'],
  [/\bm'n\b/giu, 'mijn'],
  [/\bz'n\b/giu, 'zijn'],
  [/\bd'r\b/giu, 'haar'],
  [/\bzo'n\b/giu, 'zo een'],
  // "'s avonds", "'t is", "'n paar".
  [/(^|[^\p{L}])'s\b/giu, '$1'],
  [/(^|[^\p{L}])'t\b/giu, '$1het'],
  [/(^|[^\p{L}])'n\b/giu, '$1een'],
];

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
