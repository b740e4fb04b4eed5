import { wordsOf } from '../knowledge/text/normalize';

const STARTERS = new Set(['en', 'and', 'ook', 'also', 'maar', 'but', 'dus', 'so']);
const REFERRING = new Set([
  'dat',
  'dit',
  'die',
  'deze',
  'daarvan',
  'ervoor',
  'daarvoor',
  'daar',
  'het',
  'ervan',
  'hiervoor',
  'it',
  'that',
  'this',
  'those',
  'them',
  'there',
  // A person from the previous question ("mijn dochter is geboren" → "moet ik haar aangeven?").
  'haar',
  'hem',
  'hij',
  'zij',
  'ze',
  'her',
  'him',
  'she',
  'he',
  'they',
  // "moet ik ook naar de politie?" adds to the topic rather than starting one.
  'ook',
  'also',
  'too',
]);
const MAX_WORDS = 10;

/**
 * A short message that leans on the previous answer: it starts with "en …" /
 * "and …" or refers back with "dat", "dit", "it", "haar", "ook" ("en wat kost dat?").
 */
export function looksLikeFollowUp(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  return STARTERS.has(words[0] ?? '') || words.some((word) => REFERRING.has(word));
}
