import { wordsOf } from './normalize';
import { isStopword } from './stopwords';
import { Thesaurus } from './thesaurus';

/** Longest thesaurus phrase looked for in a question, in content words. */
const MAX_PHRASE = 3;

export interface RelatedMatch {
  /** Index of the question's last content word of the matched phrase. */
  position: number;
  /** Search terms of the phrase's synonyms. */
  terms: string[];
  /** The words a one-way rule maps the phrase to, as written ("lost" → "verloren", "kwijt"). */
  translations: string[];
}

/**
 * Finds thesaurus phrases in a question by their stems, so "kliko's" finds
 * the group of "kliko", and returns the search terms of the other members of
 * each group found, or of what a one-way rule maps the phrase to.
 */
export class RelatedTerms {
  private readonly groupsOfKey = new Map<string, RuleEntry[]>();
  private readonly termsOfGroup: string[][];
  private readonly translationsOfGroup: string[][];

  constructor(
    thesaurus: Thesaurus,
    private readonly stems: (word: string) => string[],
  ) {
    // A group is a rule from each of its words to all of them.
    const rules = [
      ...thesaurus.groups.map((group) => ({ from: group, to: group, oneWay: false })),
      ...thesaurus.mappings.map((rule) => ({ ...rule, oneWay: true })),
    ];
    this.termsOfGroup = rules.map((rule, index) => {
      for (const words of phrasesOf(rule.from)) {
        const entry = { group: index, forms: rule.oneWay ? words.map(englishForms) : undefined };
        for (const key of this.keysOf(words)) this.groupsOfKey.set(key, [...(this.groupsOfKey.get(key) ?? []), entry]);
      }
      return [...new Set(phrasesOf(rule.to).flatMap((words) => words.flatMap(stems)))];
    });
    this.translationsOfGroup = rules.map((rule) => (rule.oneWay ? [...rule.to] : []));
  }

  get isEmpty(): boolean {
    return this.groupsOfKey.size === 0;
  }

  /** Phrases of the thesaurus among the question's content words (in order). */
  find(words: string[]): RelatedMatch[] {
    if (this.isEmpty) return [];
    const matches: RelatedMatch[] = [];
    for (let end = 0; end < words.length; end++) {
      const groups = new Set<number>();
      for (let length = 1; length <= MAX_PHRASE && length <= end + 1; length++) {
        const phrase = words.slice(end - length + 1, end + 1);
        for (const key of this.keysOf(phrase)) {
          for (const entry of this.groupsOfKey.get(key) ?? []) if (!entry.forms || isEnglishFormOf(phrase, entry.forms)) groups.add(entry.group);
        }
      }
      if (groups.size === 0) continue;
      const found = [...groups];
      matches.push({
        position: end,
        terms: found.flatMap((group) => this.termsOfGroup[group] ?? []),
        translations: found.flatMap((group) => this.translationsOfGroup[group] ?? []),
      });
    }
    return matches;
  }

  /** A phrase is known by the stems of its words in either language. */
  private keysOf(words: string[]): string[] {
    const perWord = words.map((word) => this.stems(word));
    const dutch = perWord.map((stems) => stems[0] ?? '').join(' ');
    const english = perWord.map((stems) => stems[stems.length - 1] ?? '').join(' ');
    return dutch === english ? [dutch] : [dutch, english];
  }
}

/** A thesaurus rule found by a key: one-way rules keep the English forms of their phrase's words, made once, to check the question's against. */
interface RuleEntry {
  group: number;
  forms: ReadonlySet<string>[] | undefined;
}

/**
 * One-way rules go from English words to Dutch ones, and stems in either
 * language collide with Dutch words of another meaning: "rente" (interest)
 * stems like "rent", "car" like "care", "park" like "parking", "letten"
 * like "letting". A question's words must be the rule's words or their
 * English inflections ("dogs", "registered", "collecting").
 */
function isEnglishFormOf(phrase: string[], forms: ReadonlySet<string>[]): boolean {
  return phrase.length === forms.length && phrase.every((word, index) => forms[index]?.has(word) === true);
}

function englishForms(word: string): Set<string> {
  // "dogs" in a rule is "dog" in a question; "organise" is "organising", and "care" never "car".
  const singular = word.replace(/e?s$/, '');
  const stem = word.replace(/e$/, '');
  const y = word.endsWith('y') ? [`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`] : [];
  return new Set([word, singular, `${word}s`, `${word}es`, `${word}d`, `${stem}ed`, `${stem}ing`, ...y]);
}

/** The content words of each phrase short enough to be looked for. */
function phrasesOf(phrases: readonly string[]): string[][] {
  return phrases.map(contentWords).filter((words) => words.length > 0 && words.length <= MAX_PHRASE);
}

export function contentWords(text: string): string[] {
  return wordsOf(text).filter((word) => !isStopword(word));
}
