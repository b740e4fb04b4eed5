/** Question words, Dutch and English: a message with one asks something ("ja maar hoe dan?"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'wat',
  'hoe',
  'hoeveel',
  'hoelang',
  'wanneer',
  'waar',
  'waarom',
  'wie',
  'welke',
  'welk',
  'what',
  'how',
  'when',
  'where',
  'why',
  'who',
  'which',
]);

/** Whether a message asks something: a question mark or a question word. */
export function asksSomething(words: readonly string[], text: string): boolean {
  return text.includes('?') || words.some((word) => QUESTION_WORDS.has(word));
}
