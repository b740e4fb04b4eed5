/** Dutch verb forms: separable verbs ("vraag … aan" is "aanvragen") and the -t of "u betaalt", which Snowball keeps. */

/** Dutch separable-verb particles: "vraag ... aan" is the verb "aanvragen". */
export const PARTICLES = new Set(['aan', 'af', 'op', 'uit', 'in', 'mee', 'door', 'over', 'terug', 'weg', 'om', 'bij']);

/** Words that open a noun phrase, so that a particle before one is a preposition. */
export const DETERMINERS = new Set([
  ...['de', 'het', 'een', 'mijn', 'uw', 'je', 'jouw', 'zijn', 'haar', 'ons', 'onze', 'jullie', 'hun', 'die', 'dat', 'deze', 'dit', 'elke', 'alle'],
  ...['the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that'],
]);

/** Function words that are never the verb of a separated particle. */
export const NEVER_VERBS = new Set(['eens', 'even', 'wel', 'nog', 'ook', 'toch', 'maar', 'dan']);

/**
 * -t forms whose verb or stem is also a common noun: "geld" (money) is no
 * form of "geldt" (applies), "plan" none of "plant", "buren" (neighbours)
 * none of "buurt" (neighbourhood).
 */
const NOUN_LOOK_ALIKES = new Set(['geldt', 'plant', 'buurt']);

/**
 * The spellings the infinitive of a Dutch verb stem can have: "betaal" →
 * "betalen", "meld" → "melden", "stop" → "stoppen", "blijf" → "blijven",
 * "verhuis" → "verhuizen".
 */
export function infinitivesOf(verb: string): string[] {
  const voiced = verb.replace(/f$/, 'v').replace(/s$/, 'z');
  const single = voiced.replace(/([aeou])\1([^aeiou])$/, '$1$2');
  return [...new Set([`${verb}en`, `${voiced}en`, `${single}en`, `${verb}${verb.at(-1) ?? ''}en`])];
}

/** The index term of a separable verb an article writes apart ("Neem … mee" holds "meenemen"); no word has a colon. */
export function separatedVerbTerm(verbStem: string): string {
  return `apart:${verbStem}`;
}

/** "op" and "en" are no "open": the verb beside a particle has more than two letters. */
export function isVerbPart(word: string): boolean {
  return !PARTICLES.has(word) && word.length > 2;
}

/** A word that may be a Dutch verb form with the -t of "u betaalt", "hij meldt", without it. */
export function withoutT(word: string): string | undefined {
  // Not "-st": "langst", "eerst" are no verb forms of "langs", "eers".
  if (word.length < 5 || !word.endsWith('t') || /(tt|st)$/.test(word) || /\d/.test(word) || NOUN_LOOK_ALIKES.has(word)) return undefined;
  return word.slice(0, -1);
}
