import { distance } from 'fastest-levenshtein';
import { wordsOf } from '../../knowledge/text/normalize';

/**
 * Finds phrases in a message, tolerant of typos and informal spelling.
 *
 * Phrase syntax, word by word:
 *   `dood`        the word, or a word within a small edit distance of it
 *   `zelfmoord*`  any word starting with it ("zelfmoordgedachten")
 *   `me|mij`      one of several single words (for alternatives of several
 *                 words, write separate phrases)
 *   `er?`         an optional word
 *   `~`           up to three other words in between
 * Words must otherwise follow each other directly, so "ik wil dood" does not
 * match "ik wil een dood dier melden".
 */
export class PhraseMatcher {
  private readonly phrases: CompiledPhrase[];
  private readonly cache = new Map<string, Set<string>>();
  private readonly vocabulary: string[];

  constructor(phrases: readonly string[]) {
    this.phrases = phrases.map(compile);
    this.vocabulary = [...new Set(this.phrases.flatMap((phrase) => phrase.steps.flatMap((step) => (step.kind === 'word' ? step.options : []))))];
  }

  /** The first phrase found in `text`, or undefined. */
  find(text: string): string | undefined {
    return this.findInWords(normaliseWords(text));
  }

  findInWords(words: string[]): string | undefined {
    const matches = words.map((word) => this.matchesOf(word));
    for (const phrase of this.phrases) {
      for (let start = 0; start < words.length; start++) {
        if (matchFrom(phrase.steps, 0, words, matches, start)) return phrase.source;
      }
    }
    return undefined;
  }

  /** Which phrase words `word` counts as: itself, a prefix pattern, or a near spelling. */
  private matchesOf(word: string): Set<string> {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const found = new Set<string>();
    for (const option of this.vocabulary) if (wordMatches(word, option)) found.add(option);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }
}

/** Folded words with stretched letters shortened ("dooood" → "dood", "zelfmoooord" → "zelfmoord"). */
export function normaliseWords(text: string): string[] {
  return wordsOf(text).map((word) => word.replace(/(\p{L})\1{2,}/gu, '$1$1'));
}

type Step = { kind: 'word'; options: string[]; optional: boolean } | { kind: 'gap' };

interface CompiledPhrase {
  source: string;
  steps: Step[];
}

const MAX_GAP = 3;

function compile(source: string): CompiledPhrase {
  const steps: Step[] = source
    .trim()
    .split(/\s+/)
    .map((part) => {
      if (part === '~') return { kind: 'gap' };
      const optional = part.endsWith('?');
      return { kind: 'word', optional, options: part.replace(/\?$/, '').split('|') };
    });
  return { source, steps };
}

function matchFrom(steps: Step[], stepIndex: number, words: string[], matches: Set<string>[], position: number): boolean {
  const step = steps[stepIndex];
  if (!step) return true;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= MAX_GAP; skip++) if (matchFrom(steps, stepIndex + 1, words, matches, position + skip)) return true;
    return false;
  }
  const here = matches[position];
  if (here && step.options.some((option) => here.has(option)) && matchFrom(steps, stepIndex + 1, words, matches, position + 1)) return true;
  return step.optional && matchFrom(steps, stepIndex + 1, words, matches, position);
}

function wordMatches(word: string, option: string): boolean {
  if (option.endsWith('*')) {
    const stem = option.slice(0, -1);
    if (word.startsWith(stem)) return true;
    if (stem.length < 6 || word.length < stem.length - 1) return false;
    // A typo inside the fixed part: compare prefixes of about its length.
    return [stem.length - 1, stem.length, stem.length + 1].some((length) => distance(word.slice(0, length), stem) <= 1);
  }
  if (word === option) return true;
  // Typos: one edit from 5 letters, two from 9; a different first letter is too far for a short word.
  const allowed = option.length >= 9 ? 2 : option.length >= 5 ? 1 : 0;
  if (allowed === 0 || Math.abs(word.length - option.length) > allowed) return false;
  if (word[0] !== option[0] && option.length < 9) return false;
  return distance(word, option) <= allowed;
}
