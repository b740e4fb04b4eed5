import { PARTICLES } from './dutchVerbs';
import { isStopword } from './stopwords';

const MIN_PART = 3;
const MIN_COMPOUND = 6;
const MAX_PARTS = 4;
/** Dutch linking sounds between compound parts: "verhuizing-s-formulier", "kind-er-opvang". */
const LINKS = ['s', 'e', 'er'];
/**
 * Unstressed verb prefixes are no compound parts, though "ver" is a word too:
 * "verhuizen" is no "ver" + "huizen", "vertrouwen" no "ver" + "trouwen",
 * "verstopt" no "ver" + "stopt".
 */
const PREFIXES = new Set(['ver', 'her', 'ont']);

type Segmentation = string[] | undefined;

/**
 * Splits a Dutch compound into parts that occur on their own in `vocabulary`
 * ("afvalstoffenheffing" → ["afvalstoffen", "heffing"]). Prefers the fewest,
 * then the most even parts. Returns `[word]` when no split is found.
 * Snowball stemming alone does not split compounds (see stack notes).
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (word.length < MIN_COMPOUND) return [word];
  const best: Segmentation[] = new Array<Segmentation>(word.length + 1);
  best[word.length] = [];
  for (let start = word.length - MIN_PART; start >= 0; start--) {
    best[start] = bestFrom(word, start, best, vocabulary);
  }
  const parts = best[0];
  return parts && parts.length > 1 ? parts : [word];
}

function bestFrom(word: string, start: number, best: Segmentation[], vocabulary: ReadonlySet<string>): Segmentation {
  let chosen: Segmentation;
  // The whole word is never its own split: we look for its parts.
  const lastEnd = start === 0 ? word.length - MIN_PART : word.length;
  for (let end = start + MIN_PART; end <= lastEnd; end++) {
    const rest = best[end];
    if (!rest || rest.length >= MAX_PARTS) continue;
    const part = knownPart(word.slice(start, end), vocabulary);
    if (!part) continue;
    const candidate = [part, ...rest];
    if (!chosen || isBetter(candidate, chosen)) chosen = candidate;
  }
  return chosen;
}

function knownPart(piece: string, vocabulary: ReadonlySet<string>): string | undefined {
  if (isUsablePart(piece, vocabulary)) return piece;
  for (const link of LINKS) {
    const bare = piece.slice(0, -link.length);
    if (piece.endsWith(link) && isUsablePart(bare, vocabulary)) return bare;
  }
  return undefined;
}

function isUsablePart(piece: string, vocabulary: ReadonlySet<string>): boolean {
  return piece.length >= MIN_PART && vocabulary.has(piece) && !isStopword(piece) && !PREFIXES.has(piece);
}

function isBetter(candidate: string[], current: string[]): boolean {
  if (candidate.length !== current.length) return candidate.length < current.length;
  return shortest(candidate) > shortest(current);
}

function shortest(parts: string[]): number {
  return Math.min(...parts.map((part) => part.length));
}

const MIN_HEAD = 4;
/** An unknown beginning this long is likely a word of its own ("driezits-"); a shorter one may be a piece of a plain word ("kwar-taal", "gere-geld"). */
const MIN_UNKNOWN_MODIFIER = 6;

/**
 * The longest known last part of a word that splitCompound cannot split
 * whole, when what comes before it looks like a word: "driezitsbank" →
 * "bank", "knieoperatie" → "operatie", but "kwartaal" is no "taal". Dutch
 * compounds put their kind last. `shortWords`: real words of up to five
 * letters, for the beginnings the corpus does not have ("knie").
 */
export function compoundHead(word: string, vocabulary: ReadonlySet<string>, shortWords: ReadonlySet<string>): string | undefined {
  for (let start = MIN_PART; start <= word.length - MIN_HEAD; start++) {
    const head = word.slice(start);
    if (isUsablePart(head, vocabulary) && isLikelyModifier(word.slice(0, start), vocabulary, shortWords)) return head;
  }
  return undefined;
}

/** A verb's particle counts as a beginning, with a past participle's "ge" too: "bij-houden", "op-ge-maakt". */
function isLikelyModifier(piece: string, vocabulary: ReadonlySet<string>, shortWords: ReadonlySet<string>): boolean {
  if (piece.length >= MIN_UNKNOWN_MODIFIER || shortWords.has(piece) || knownPart(piece, vocabulary) !== undefined) return true;
  return PARTICLES.has(piece) || (piece.endsWith('ge') && PARTICLES.has(piece.slice(0, -2)));
}
