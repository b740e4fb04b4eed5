/**
 * Plain-language check for editors writing knowledge articles. Citizens read
 * these answers in a chat window, often on a phone; the government writes at
 * language level B1, so the check looks for what most often breaks B1: long
 * sentences, long words and a low reading ease. It advises; it never blocks.
 */
import { markdownToPlainText } from '../text/normalize';
import { sentencesOf } from '../text/sentences';

export interface PlainLanguageReport {
  sentences: number;
  words: number;
  /** Words per sentence, rounded to 1 decimal. */
  averageSentenceWords: number;
  /** Flesch-Douma reading ease, 0 (very hard) to 100 (very easy), rounded to 1 decimal. */
  readingEase: number;
  level: 'easy' | 'fair' | 'difficult';
  /** Sentences with more than {@link MAX_SENTENCE_WORDS} words, in order, at most 10. */
  longSentences: string[];
  /** Distinct lower-case words with more than 4 syllables or more than 15 letters, at most 20. */
  longWords: string[];
  /** Advice for the editor in Dutch, B1, addressed with "u". */
  advice: string[];
}

/** B1 advice (Rijksoverheid, "Direct Duidelijk"): at most 15 words per sentence. */
export const MAX_SENTENCE_WORDS = 15;
const MAX_WORD_SYLLABLES = 4;
const MAX_WORD_LETTERS = 15;
const MAX_LONG_SENTENCES = 10;
const MAX_LONG_WORDS = 20;
/** Advice names only the first few long words; the full list is in the report. */
const MAX_WORD_ADVICE = 5;

/**
 * Flesch-Douma bands (W.H. Douma, "De leesbaarheid van landbouwbladen", 1960,
 * as applied to Dutch government texts): 60 and above is easy to read (about
 * B1), 40 up to 60 fairly difficult, below 40 difficult.
 */
const EASY_FROM = 60;
const FAIR_FROM = 40;

/**
 * Vowel groups that are spoken as one syllable, longest first so "eeuw" wins
 * over "ee" + "u". "ai" is there for e-mail and detail: Dutch writes a-i that
 * are two syllables with a diaeresis (naïef), which is handled before this.
 */
const VOWEL_GROUP = /eeuw?|ieuw?|aai|ooi|oei|eau|aa|ee|oo|uu|ie|oe|eu|ui|ei|ij|ou|au|ai|[aeiouy]/g;

/** A list item or heading marker at the start of a line: these are sentences of their own. */
const BLOCK_START = /^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)/;

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
  if (words.length === 0) {
    return { sentences: 0, words: 0, averageSentenceWords: 0, readingEase: 0, level: 'easy', longSentences: [], longWords: [], advice: [] };
  }
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  const averageSentenceWords = words.length / sentences.length;
  const readingEase = round(clamp(206.835 - 0.93 * averageSentenceWords - 77 * (syllables / words.length)));
  const level = readingEase >= EASY_FROM ? 'easy' : readingEase >= FAIR_FROM ? 'fair' : 'difficult';
  const longSentences = sentences.filter((sentence) => wordsIn(sentence).length > MAX_SENTENCE_WORDS).slice(0, MAX_LONG_SENTENCES);
  const longWords = [...new Set(words.map((word) => word.toLowerCase()).filter(isLongWord))].slice(0, MAX_LONG_WORDS);
  return {
    sentences: sentences.length,
    words: words.length,
    averageSentenceWords: round(averageSentenceWords),
    readingEase,
    level,
    longSentences,
    longWords,
    advice: advise(level, readingEase, longSentences, longWords),
  };
}

/**
 * Syllables of a Dutch word, counted as its vowel groups with long vowels and
 * diphthongs (aa, ie, ui, eeuw, ooi …) as one. Close enough for Flesch-Douma;
 * loan words such as "website" may be off by one.
 */
export function countSyllables(word: string): number {
  const letters = word
    .toLowerCase()
    .normalize('NFD')
    // A diaeresis marks the start of a new syllable (geüpload, ruïne, ideeën): keep it as a break.
    .replace(/([aeiouy])\u0308/g, '|$1')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z|]/g, '');
  const count = letters.split('|').reduce((sum, part) => sum + (part.match(VOWEL_GROUP)?.length ?? 0), 0);
  return Math.max(1, count);
}

/**
 * The sentences of a Markdown text as a reader sees them. Headings and list
 * items are sentences of their own; within a block, `sentencesOf` decides.
 */
export function splitSentences(markdown: string): string[] {
  return readableBlocks(markdown).flatMap((block) => sentencesOf(block).filter((sentence) => wordsIn(sentence).length > 0));
}

/**
 * Paragraphs, headings and list items as plain text. Lines of one paragraph
 * are joined (Markdown wraps them); front matter, code blocks, HTML and table
 * rules are not read by citizens, so they are left out.
 */
function readableBlocks(markdown: string): string[] {
  const lines = markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '').split(/\r?\n/);
  const blocks: string[] = [];
  let current: string[] = [];
  let inCode = false;
  const flush = (): void => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const line of lines) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      flush();
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    if (line.trim() === '' || /^\s*\|?\s*:?-{3,}/.test(line)) {
      flush();
      continue;
    }
    const isHeading = /^\s{0,3}#{1,6}\s/.test(line);
    if (BLOCK_START.test(line)) flush();
    const text = markdownToPlainText(line.replace(BLOCK_START, ''))
      .replace(/<[^>]*>/g, ' ')
      .replace(/\|/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) current.push(text);
    // A heading is one line; what follows it starts a new block.
    if (isHeading) flush();
  }
  flush();
  return blocks;
}

/** Words with at least one letter; numbers and amounts are read, but have no syllables to judge. */
function wordsIn(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /\p{L}/u.test(token));
}

/** Web addresses, e-mail addresses and words with digits are not words an editor can replace. */
function isLongWord(word: string): boolean {
  if (/[@/:.\d]/.test(word)) return false;
  return countSyllables(word) > MAX_WORD_SYLLABLES || [...word].length > MAX_WORD_LETTERS;
}

function advise(level: PlainLanguageReport['level'], readingEase: number, longSentences: string[], longWords: string[]): string[] {
  const advice: string[] = [];
  if (level === 'difficult') advice.push(`De tekst is moeilijk te lezen (leesgemak ${readingEase}). Gebruik kortere zinnen en woorden.`);
  if (level === 'fair') advice.push(`De tekst is redelijk te lezen (leesgemak ${readingEase}). Met kortere zinnen en woorden wordt hij makkelijker.`);
  for (const sentence of longSentences) advice.push(`Maak deze zin korter (${wordsIn(sentence).length} woorden): ${sentence}`);
  for (const word of longWords.slice(0, MAX_WORD_ADVICE)) advice.push(`Gebruik een korter of bekender woord dan ‘${word}’.`);
  return advice;
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
