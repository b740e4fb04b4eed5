/*
 * Sentences of plain text: one splitter for article text (the plain-language
 * check, and where a long answer is cut short) and for citizens' messages
 * (which sentence asks the question), so "bijv." or "1.5" reads the same in all.
 */

/**
 * Abbreviations common in Dutch public texts and in citizens' messages. Their
 * full stops do not end a sentence, so "bijv. op maandag" stays one sentence.
 * "t/m" has no full stop and needs no entry.
 */
const ABBREVIATIONS = [
  'bijv.',
  'bv.',
  'b.v.',
  'o.a.',
  'd.w.z.',
  'enz.',
  'etc.',
  'nr.',
  'z.s.m.',
  'incl.',
  'excl.',
  'ca.',
  'e.d.',
  'i.p.v.',
  'm.b.t.',
  't.a.v.',
  'z.o.z.',
  'mr.',
  'dhr.',
  'mevr.',
  'e.g.',
  'i.e.',
];
/** These close a list, so often a sentence too: before a capital letter they do end one. */
const CLOSING_ABBREVIATIONS = new Set(['enz.', 'etc.']);
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${[...ABBREVIATIONS]
    .sort((a, b) => b.length - a.length)
    .map((abbreviation) => abbreviation.replace(/\./g, '\\.'))
    .join('|')})`,
  'giu',
);
/** Stands in for a full stop that does not end a sentence while the text is split. */
const KEPT_STOP = '\u0001';
/** A sentence ends at . ! or ? (possibly followed by a closing quote or bracket) before white space. */
const SENTENCE_END = /(?<=[.!?][)"'”’]*)\s+/u;
/** In a message, a colon ends one too: "… vroeg me dit te vragen: …". */
const SENTENCE_OR_COLON_END = /(?<=[.!?:][)"'”’]*)\s+/u;

/**
 * The sentences of a plain-text paragraph, trimmed, none empty. Abbreviations,
 * decimals (1.5) and times (09.00 uur) do not end a sentence, except "enz." or
 * "etc." before a capital; with `colonEnds` a colon before a space does.
 */
export function sentencesOf(text: string, options: { colonEnds?: boolean } = {}): string[] {
  return text
    .replace(ABBREVIATION, (abbreviation: string, offset: number, whole: string) =>
      CLOSING_ABBREVIATIONS.has(abbreviation.toLowerCase()) && /^\s+\p{Lu}/u.test(whole.slice(offset + abbreviation.length))
        ? abbreviation
        : abbreviation.replace(/\./g, KEPT_STOP),
    )
    .replace(/(\d)\.(?=\d)/g, `$1${KEPT_STOP}`)
    .split(options.colonEnds ? SENTENCE_OR_COLON_END : SENTENCE_END)
    .map((sentence) => sentence.replaceAll(KEPT_STOP, '.').trim())
    .filter((sentence) => sentence.length > 0);
}
