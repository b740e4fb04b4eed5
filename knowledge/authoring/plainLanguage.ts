import { markdownToPlainText } from '../text/normalize';

export interface PlainLanguageReport {
  sentences: number;
  words: number;
  averageSentenceWords: number;
  /** Flesch-Douma reading ease, 0 (very hard) to 100 (very easy). */
  readingEase: number;
  level: 'easy' | 'fair' | 'difficult';
  longSentences: string[];
  longWords: string[];
  advice: string[];
}

/** B1 advice (Direct Duidelijk, Rijksoverheid): sentences of at most 15 words. */
export const MAX_SENTENCE_WORDS = 15;
const MAX_WORD_SYLLABLES = 4;
const MAX_WORD_LETTERS = 15;
/**
 * Flesch-Douma bands as used for Dutch government texts: 60 and above is
 * easy to read (about B1), 40–60 fairly difficult, below 40 difficult.
 */
const EASY = 60;
const FAIR = 40;

const ABBREVIATIONS = ['bijv.', 'bv.', 'b.v.', 'o.a.', 'd.w.z.', 'enz.', 'etc.', 'nr.', 'z.s.m.', 'incl.', 'excl.', 'ca.', 'e.d.', 'i.p.v.', 'm.b.t.', 't.a.v.', 'z.o.z.', 'mr.', 'dhr.', 'mevr.'];
const VOWEL_GROUP = /(?:eeuw|ieuw|aai|ooi|oei|eau|aa|ee|oo|uu|ie|oe|eu|ui|ei|ij|ou|au|[aeiouy])/g;

/**
 * Checks a draft article against the plain-language rules editors work to:
 * sentence length, long words and the Flesch-Douma reading ease (the Dutch
 * adaptation of Flesch: 206.835 − 0.93 × words per sentence − 77 × syllables
 * per word). Markdown is read as a citizen sees it; headings and list items
 * count as sentences of their own.
 */
export function checkPlainLanguage(markdown: string): PlainLanguageReport {
  const sentences = splitSentences(markdown);
  const words = sentences.flatMap(wordsIn);
  if (words.length === 0) return { sentences: 0, words: 0, averageSentenceWords: 0, readingEase: 100, level: 'easy', longSentences: [], longWords: [], advice: [] };
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const average = words.length / sentences.length;
  const readingEase = clamp(206.835 - 0.93 * average - 77 * (syllables / words.length));
  const longSentences = sentences.filter((sentence) => wordsIn(sentence).length > MAX_SENTENCE_WORDS).slice(0, 10);
  const longWords = [...new Set(words.map((word) => word.toLowerCase()).filter(isLongWord))].slice(0, 20);
  const level = readingEase >= EASY ? 'easy' : readingEase >= FAIR ? 'fair' : 'difficult';
  return {
    sentences: sentences.length,
    words: words.length,
    averageSentenceWords: round(average),
    readingEase: round(readingEase),
    level,
    longSentences,
    longWords,
    advice: advise(level, readingEase, longSentences, longWords),
  };
}

/** Syllables of a Dutch word: its vowel groups, with diphthongs and long vowels counted once. */
export function countSyllables(word: string): number {
  const letters = word
    .toLowerCase()
    .normalize('NFKD')
    // A diaeresis starts a new syllable (geüpload, ruïne): keep it as a break.
    .replace(/([aeiouy])\u0308/g, '|$1')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z|]/g, '');
  const count = letters.split('|').reduce((sum, part) => sum + (part.match(VOWEL_GROUP)?.length ?? 0), 0);
  return Math.max(1, count);
}

/** Sentences as a reader sees them; abbreviations, decimals and times do not end a sentence. */
export function splitSentences(markdown: string): string[] {
  const blocks = markdown
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)/, '').trim())
    .filter(Boolean)
    .map((line) => markdownToPlainText(line));
  const sentences: string[] = [];
  for (const block of blocks) {
    let protectedText = block;
    ABBREVIATIONS.forEach((abbreviation, i) => {
      protectedText = protectedText.split(abbreviation).join(`\u0000${i}\u0000`);
    });
    // Decimals, amounts and times (12,50 · 1.5 · 09.00 uur) are not sentence ends.
    protectedText = protectedText.replace(/(\d)\.(\d)/g, '$1\u0001$2');
    for (const part of protectedText.split(/(?<=[.!?])\s+/)) {
      const restored = part
        .replace(/\u0000(\d+)\u0000/g, (_, i: string) => ABBREVIATIONS[Number(i)] ?? '')
        .replace(/\u0001/g, '.')
        .trim();
      if (wordsIn(restored).length > 0) sentences.push(restored);
    }
  }
  return sentences;
}

function wordsIn(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /\p{L}/u.test(token));
}

function isLongWord(word: string): boolean {
  if (/[@/:]|^www\.|\d/.test(word)) return false;
  return countSyllables(word) > MAX_WORD_SYLLABLES || word.length > MAX_WORD_LETTERS;
}

function advise(level: PlainLanguageReport['level'], readingEase: number, longSentences: string[], longWords: string[]): string[] {
  const advice: string[] = [];
  if (level === 'difficult') advice.push(`De tekst is moeilijk te lezen (leesgemak ${round(readingEase)}). Gebruik kortere zinnen en woorden.`);
  else if (level === 'fair') advice.push(`De tekst is redelijk te lezen (leesgemak ${round(readingEase)}). Kortere zinnen maken hem makkelijker.`);
  for (const sentence of longSentences) advice.push(`Maak deze zin korter (${wordsIn(sentence).length} woorden): ${sentence}`);
  for (const word of longWords.slice(0, 5)) advice.push(`Gebruik een korter of bekender woord dan ‘${word}’, of leg het uit.`);
  return advice;
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
