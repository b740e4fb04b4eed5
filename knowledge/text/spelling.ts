/** Shorter words are left alone: too many real words lie one letter apart. */
const MIN_LENGTH = 5;
/** From this length two slips ("evenementenvergunnig", "urgentieverklaing") are still one clear word. */
const TWO_EDITS_FROM = 9;
const MAX_SUGGESTIONS = 3;

/**
 * Spelling correction of a citizen's word against the words of the knowledge
 * base, before stemming. Correcting stems afterwards misses slips that change
 * the stem ("urgentieverklaing" stems far from "urgentieverklaring"), and
 * long words often carry two slips. Candidates share the first letter (slips
 * there are rare) and are within two of the word's length, so a lookup
 * compares a few hundred words, not the whole vocabulary.
 */
export class SpellingCorrector {
  private readonly byFirstLetter = new Map<string, string[]>();

  constructor(vocabulary: Iterable<string>) {
    for (const word of vocabulary) {
      if (word.length < MIN_LENGTH - 1) continue;
      const first = word[0] ?? '';
      const words = this.byFirstLetter.get(first) ?? [];
      words.push(word);
      this.byFirstLetter.set(first, words);
    }
  }

  /** The closest known words (fewest edits; up to three), or none when the word is short or nothing is close. */
  suggest(word: string): string[] {
    if (word.length < MIN_LENGTH || /\d/.test(word)) return [];
    const allowed = word.length >= TWO_EDITS_FROM ? 2 : 1;
    let best = allowed + 1;
    let found: string[] = [];
    for (const candidate of this.byFirstLetter.get(word[0] ?? '') ?? []) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const distance = editDistance(word, candidate, best);
      if (distance < best) {
        best = distance;
        found = [candidate];
      } else if (distance === best && distance <= allowed) {
        found.push(candidate);
      }
    }
    return best <= allowed ? found.slice(0, MAX_SUGGESTIONS) : [];
  }
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and
 * swaps of neighbours), giving up once every path costs more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
