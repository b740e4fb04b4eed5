import { distance } from 'fastest-levenshtein';
import { CLAUSE_END, wordsOf } from '../../knowledge/text/normalize';

/**
 * Finds phrases in a message, tolerant of typos and informal spelling.
 *
 * Phrase syntax, word by word:
 *   `dood`        the word, or a word within a small edit distance of it
 *   `zelfmoord*`  any word starting with it ("zelfmoordgedachten")
 *   `me|mij`      one of several single words (for alternatives of several
 *                 words, write separate phrases)
 *   `er?`         an optional word
 *   `~`           up to three other words in between, within one clause
 *                 when the words come from `clauseWords`
 * Words must otherwise follow each other directly, so "ik wil dood" does not
 * match "ik wil een dood dier melden".
 */
export class PhraseMatcher {
  private readonly phrases: CompiledPhrase[];
  /** Every word and prefix pattern of the phrases. */
  readonly vocabulary: readonly string[];
  /** Made on first use: matchers inside the safety and distress checks read through their check's shared reader. */
  private reader?: WordReader;
  /** The whole words of the phrases, for `isWholeMessage`, made once: it runs on every message. */
  private readonly wholeWords: Set<string>;

  /** `realWords`: correctly spelled words, which are never read as a typo of a phrase word. */
  constructor(
    phrases: readonly string[],
    private readonly realWords: (word: string) => boolean = () => false,
  ) {
    this.phrases = phrases.map(compile);
    this.vocabulary = [...new Set(this.phrases.flatMap((phrase) => phrase.steps.flatMap((step) => (step.kind === 'word' ? step.options : []))))];
    this.wholeWords = new Set(this.words);
  }

  /** The whole words (not prefixes) this matcher looks for. */
  get words(): string[] {
    return this.vocabulary.filter((option) => !option.endsWith('*'));
  }

  /** The fixed parts of the prefix patterns ("zelfmoord" of "zelfmoord*"). */
  get prefixes(): string[] {
    return this.vocabulary.filter((option) => option.endsWith('*')).map((option) => option.slice(0, -1));
  }

  /** The first phrase found in `text`, or undefined. */
  find(text: string): string | undefined {
    return this.findInWords(normaliseWords(text));
  }

  /**
   * Whether the message is one of the phrases and nothing more: every other
   * word is a function word or one `alsoAllowed` accepts. "wat kun je?" is
   * about the assistant; "wat kun je doen tegen ratten" is a question.
   */
  isWholeMessage(text: string, alsoAllowed: (word: string) => boolean): boolean {
    const written = wordsOf(text);
    const words = written.map(normaliseWord);
    if (!this.findInWords(words)) return false;
    // The other words as written: lists of filler hold "goed" and "weekend", which reading makes "goet" and "weekent".
    return words.every((word, i) => this.wholeWords.has(word) || alsoAllowed(written[i] as string));
  }

  findInWords(words: string[]): string | undefined {
    this.reader ??= new WordReader(this.vocabulary, this.realWords);
    return this.findIn(this.reader.read(words));
  }

  /**
   * The first phrase found in words already read by a `WordReader` whose
   * vocabulary holds this matcher's: many matchers over one message read it once.
   */
  findIn({ words, matches, present }: ReadWords): string | undefined {
    for (const phrase of this.phrases) {
      if (!mayOccur(phrase, present)) continue;
      for (let start = 0; start < words.length; start++) {
        if (matchFrom(phrase.steps, 0, words, matches, start)) return phrase.source;
      }
    }
    return undefined;
  }

  /** Where the phrases occur, as [start, end) word positions: from every start, the first match (each gap as short as it can be). */
  spans({ words, matches, present }: ReadWords): [number, number][] {
    const found: [number, number][] = [];
    for (const phrase of this.phrases) {
      if (!mayOccur(phrase, present)) continue;
      for (let start = 0; start < words.length; start++) {
        const end = matchEnd(phrase.steps, 0, words, matches, start);
        if (end >= 0) found.push([start, end]);
      }
    }
    return found;
  }
}

/** Most phrases lack a word the message has nowhere: skipping them halves the safety check (46 → 23 µs a message). */
function mayOccur(phrase: CompiledPhrase, present: ReadonlySet<string>): boolean {
  return phrase.required.every((options) => options.some((option) => present.has(option)));
}

/** The same reading with the words in `spans` counting as no phrase word at all. */
export function withoutSpans(read: ReadWords, spans: readonly [number, number][]): ReadWords {
  const none: ReadonlySet<string> = new Set();
  const matches = read.matches.map((found, position) => (spans.some(([start, end]) => position >= start && position < end) ? none : found));
  return { words: read.words, matches, present: presentIn(matches) };
}

/** Every phrase word some word counts as. */
function presentIn(matches: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  const present = new Set<string>();
  for (const found of matches) for (const option of found) present.add(option);
  return present;
}

/** A message's words with the phrase words each counts as, and all of those together. */
export interface ReadWords {
  words: string[];
  matches: ReadonlySet<string>[];
  present: ReadonlySet<string>;
}

/**
 * Reads words against a vocabulary of phrase words: which ones each word
 * counts as (itself, a prefix pattern, a near spelling). The safety check's
 * forty-odd matchers share one reader, so a message is read once, not once
 * per matcher (337 → 59 µs a message over the 5,129 evaluation and example messages).
 */
export class WordReader {
  private readonly cache = new Map<string, ReadonlySet<string>>();
  /** The whole words (not prefixes) of the vocabulary. */
  private readonly wholeWords: ReadonlySet<string>;

  constructor(
    private readonly vocabulary: readonly string[],
    private readonly realWords: (word: string) => boolean = () => false,
  ) {
    this.wholeWords = new Set(vocabulary.filter((option) => !option.endsWith('*')));
  }

  /** Whether `word`, as the matcher reads words, is a whole phrase word as it is. */
  isWholeWord(word: string): boolean {
    return this.wholeWords.has(word);
  }

  /** One reader for all these matchers' words (absent ones skipped), for their `findIn`. */
  static for(matchers: readonly (PhraseMatcher | undefined)[], realWords: (word: string) => boolean): WordReader {
    return new WordReader([...new Set(matchers.flatMap((matcher) => matcher?.vocabulary ?? []))], realWords);
  }

  read(words: string[]): ReadWords {
    const matches = words.map((word) => this.optionsOf(word));
    return { words, matches, present: presentIn(matches) };
  }

  /** The phrase words `word` counts as. */
  optionsOf(word: string): ReadonlySet<string> {
    const cached = this.cache.get(word);
    if (cached) return cached;
    let found = this.matching(word);
    // Dutch typed with y for ij ("aan de lyn", "altyd", "bly"), when the word is no phrase word nor a real word as it is.
    if (found.size === 0 && word.length >= 3 && word.includes('y') && !this.realWords(word)) found = this.matching(word.replace(/y/g, 'ij'));
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }

  private matching(word: string): Set<string> {
    const found = new Set<string>();
    for (const option of this.vocabulary) if (wordMatches(word, option, this.realWords)) found.add(option);
    return found;
  }
}

/** Whether `word` is `option` or begins with a prefix pattern's fixed part, read as typed: no typo reading. */
function isExactly(word: string, option: string): boolean {
  if (!option.endsWith('*')) return word === option;
  const stem = option.slice(0, -1);
  // Words arrive with a final d written as t (normaliseWord); a stem may end in that d ("bloed*").
  return word.startsWith(stem) || (word.endsWith('t') && `${word.slice(0, -1)}d`.startsWith(stem));
}

/**
 * Folded words with stretched letters shortened ("dooood" → "dood") and a
 * final d, t or dt written alike, the most common Dutch spelling slip
 * ("brant" for "brand", "zelfmoort").
 */
export function normaliseWords(text: string): string[] {
  return normaliseWritten(wordsOf(text));
}

/** `normaliseWords` of words already split from the text. */
export function normaliseWritten(written: readonly string[]): string[] {
  return joinSpelledOut(written).map((word) => normaliseWord(withoutLeet(word)));
}

/**
 * Letters typed one by one with spaces, as young people write a word filters would catch: "s e w e r s l i d e",
 * "z e l f m o o r d" (crisis batch 86). Four or more single letters in a row are one word; "u" or "a" alone stay.
 */
function joinSpelledOut(words: readonly string[]): string[] {
  const joined: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 4) joined.push(run.join(''));
    else joined.push(...run);
    run = [];
  };
  for (const word of words) {
    if (word.length === 1 && /\p{L}/u.test(word)) run.push(word);
    else {
      flush();
      joined.push(word);
    }
  }
  flush();
  return joined;
}

const LEET: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/**
 * Digits written for the letters they look like, to get past filters: "z3lfm00rd" (crisis batch 86). Only in a word that
 * starts with a letter and has two or more, so "14e", "2e" and "112" stay as typed.
 */
function withoutLeet(word: string): string {
  if (!/\d/.test(word) || !/^\p{L}(?:.*\p{L})/u.test(word)) return word;
  return word.replace(/[03457]/g, (digit) => LEET[digit] ?? digit);
}

/** Put after each clause by `clauseWords`; no `~` reaches across it. */
export const CLAUSE_MARK = '<eos>';

/**
 * `normaliseWords` with a mark after each clause, so that a phrase stays in
 * one clause ("we praten niet meer met elkaar, is er iemand die kan
 * bemiddelen" asks for a mediator, not for an employee) or can require that
 * the clause ends.
 */
export function clauseWords(text: string): string[] {
  return joinAbbreviations(text)
    .split(CLAUSE_END)
    .flatMap((clause) => [...normaliseWords(clause), CLAUSE_MARK]);
}

/**
 * A dotted abbreviation of single letters ("a.u.b.", "s.v.p.", "z.s.m.") that no letter follows, and the capital that
 * may follow it: "bedankt u.Ik wil" is two sentences with the space left out, not an abbreviation "u.I".
 */
const DOTTED_ABBREVIATION = /(?<![\p{L}\p{N}.])(\p{L}(?:\.\p{L})+)(?!\p{L})\.?(\s*\p{Lu})?/gu;

/**
 * "a.u.b." as one word, so its full stops do not end the clause: "zet mij a.u.b. eens door" is one request. A capital
 * after it, with or without a space, starts a new sentence, so that full stop still ends the clause.
 */
function joinAbbreviations(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(DOTTED_ABBREVIATION, (_match, letters: string, capital?: string) =>
    capital ? `${letters.replaceAll('.', '')}.${capital}` : letters.replaceAll('.', ''),
  );
}

export function normaliseWord(word: string): string {
  // Start-up runs this on every form of 450,000 dictionary words: the pattern only where a letter may repeat.
  const shortened = mayStretch(word) ? word.replace(/(\p{L})\1{2,}/gu, '$1$1') : word;
  if (shortened.length < 4) return shortened;
  if (shortened.endsWith('dt')) return `${shortened.slice(0, -2)}t`;
  return shortened.endsWith('d') ? `${shortened.slice(0, -1)}t` : shortened;
}

/** Three equal characters in a row, or characters outside the basic plane (whose repeats this loop cannot see). */
function mayStretch(word: string): boolean {
  let previous = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    run = code === previous ? run + 1 : 1;
    if (run >= 3) return true;
    previous = code;
  }
  return false;
}

type Step = { kind: 'word'; options: string[]; optional: boolean } | { kind: 'gap' };

interface CompiledPhrase {
  source: string;
  steps: Step[];
  /** The options of each word that is not optional: a message must have one of each somewhere to match. */
  required: string[][];
}

const MAX_GAP = 3;

function compile(source: string): CompiledPhrase {
  const steps: Step[] = source
    .trim()
    .split(/\s+/)
    .map((part) => {
      if (part === '~') return { kind: 'gap' };
      const optional = part.endsWith('?');
      const options = part
        .replace(/\?$/, '')
        .split('|')
        .map((option) => (option.endsWith('*') ? option : normaliseWord(option)));
      return { kind: 'word', optional, options };
    });
  const required = steps.flatMap((step) => (step.kind === 'word' && !step.optional ? [step.options] : []));
  return { source, steps, required };
}

function matchFrom(steps: Step[], stepIndex: number, words: string[], matches: readonly ReadonlySet<string>[], position: number): boolean {
  return matchEnd(steps, stepIndex, words, matches, position) >= 0;
}

/** The position after the phrase's last word when its steps match from `position`, or -1. */
function matchEnd(steps: Step[], stepIndex: number, words: string[], matches: readonly ReadonlySet<string>[], position: number): number {
  const step = steps[stepIndex];
  if (!step) return position;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      if (skip > 0 && words[position + skip - 1] === CLAUSE_MARK) return -1;
      const end = matchEnd(steps, stepIndex + 1, words, matches, position + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const here = matches[position];
  if (here && step.options.some((option) => here.has(option))) {
    const end = matchEnd(steps, stepIndex + 1, words, matches, position + 1);
    if (end >= 0) return end;
  }
  return step.optional ? matchEnd(steps, stepIndex + 1, words, matches, position) : -1;
}

/** Edits allowed for a typo of `option`: one from 5 letters, two from 9. */
export function typoAllowance(option: string): number {
  return option.length >= 9 ? 2 : option.length >= 5 ? 1 : 0;
}

/** Whether `word` would be read as a typo of the whole word `option`. */
export function isTypoOf(word: string, option: string): boolean {
  const allowed = typoAllowance(option);
  if (word === option || allowed === 0 || Math.abs(word.length - option.length) > allowed) return false;
  // Typos rarely hit the first letter; requiring it keeps "staat" from reading as "slaat".
  if (word[0] !== option[0]) return false;
  return allowed === 1 ? withinOneEdit(word, option) : distance(word, option) <= allowed;
}

/**
 * Whether `word` starts with a misspelling of the prefix `stem` (long stems
 * only). A start that is itself a real word is no misspelling: "moestuin"
 * begins with "moest", not with a slip of "molest".
 */
export function isPrefixTypoOf(word: string, stem: string, realWord: (word: string) => boolean = () => false): boolean {
  if (stem.length < 6 || word.length < stem.length - 1 || word[0] !== stem[0]) return false;
  return [stem.length - 1, stem.length, stem.length + 1].some((length) => {
    const start = word.slice(0, length);
    return withinOneEdit(start, stem) && !(start.length < word.length && realWord(start));
  });
}

/** One insertion, deletion or substitution apart, in one pass (far cheaper than a full edit distance). */
function withinOneEdit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // Past the first difference, the rest must be equal with one letter of the longer word skipped (of both, when as long).
  for (let rest = short.length === long.length ? i + 1 : i, other = i + 1; rest < short.length; rest++, other++) {
    if (short.charCodeAt(rest) !== long.charCodeAt(other)) return false;
  }
  return true;
}

function wordMatches(word: string, option: string, realWord: (word: string) => boolean): boolean {
  if (isExactly(word, option)) return true;
  if (realWord(word)) return false;
  return option.endsWith('*') ? isPrefixTypoOf(word, option.slice(0, -1), realWord) : isTypoOf(word, option);
}
