import { HUMAN_WORDS, POLITE_FILLER, SAFETY_RULES, SafetyCategory, SafetyRuleGroup } from './safetyRules';
import { isPrefixTypoOf, isTypoOf, normaliseWord, normaliseWords, PhraseMatcher, typoAllowance } from './phraseMatcher';
import { realWords } from './realWords';

export interface SafetySignal {
  category: SafetyCategory;
  /** The rule phrase that matched, for logs and tests (never the citizen's text). */
  phrase: string;
}

/** Most urgent first: when a message is both, the crisis wins. */
const PRIORITY: SafetyCategory[] = ['suicide', 'abuse', 'emergency', 'human'];

interface CompiledGroup {
  category: SafetyCategory;
  phrases: PhraseMatcher;
  unless?: PhraseMatcher;
}

/**
 * Recognises, before any retrieval, messages that need a person or an
 * emergency number instead of an article: thoughts of suicide, domestic
 * violence or child abuse, emergencies, and requests for a human.
 */
export class SafetyCheck {
  private readonly groups: CompiledGroup[];

  constructor(rules: SafetyRuleGroup[] = SAFETY_RULES) {
    // Compared as the matcher sees words: "insured" arrives as "insuret", one letter from "injured" ("injuret").
    const mistakable = typoFilter(rules);
    const ruleWords = new Set(rules.flatMap((rule) => new PhraseMatcher(rule.phrases).words));
    const confusable = new Set([...realWords((word) => mistakable(normaliseWord(word)), ruleWords)].map(normaliseWord));
    const isRealWord = (word: string) => confusable.has(word);
    this.groups = rules.map((rule) => ({
      category: rule.category,
      phrases: new PhraseMatcher(rule.phrases, isRealWord),
      ...(rule.unless ? { unless: new PhraseMatcher(rule.unless, isRealWord) } : {}),
    }));
  }

  check(text: string): SafetySignal | undefined {
    const words = normaliseWords(text);
    if (words.length === 0) return undefined;
    const found: SafetySignal[] = [];
    for (const group of this.groups) {
      const phrase = group.phrases.findInWords(words);
      if (phrase && !group.unless?.findInWords(words)) found.push({ category: group.category, phrase });
    }
    if (isBareHumanRequest(words)) found.push({ category: 'human', phrase: '<human word>' });
    found.sort((a, b) => PRIORITY.indexOf(a.category) - PRIORITY.indexOf(b.category));
    return found[0];
  }
}

/**
 * Which real words could be read as a typo of a rule word: only those need to
 * be known as real words. Indexed by first letter and length, because the
 * word lists hold some 450,000 words.
 */
function typoFilter(rules: SafetyRuleGroup[]): (word: string) => boolean {
  const matchers = rules.map((rule) => new PhraseMatcher([...rule.phrases, ...(rule.unless ?? [])]));
  const words = [...new Set(matchers.flatMap((matcher) => matcher.words))];
  const prefixes = [...new Set(matchers.flatMap((matcher) => matcher.prefixes))].filter((stem) => stem.length >= 6);
  const byShape = new Map<string, string[]>();
  for (const word of words) {
    const allowed = typoAllowance(word);
    for (let length = word.length - allowed; allowed > 0 && length <= word.length + allowed; length++) {
      const key = `${word[0]}${length}`;
      byShape.set(key, [...(byShape.get(key) ?? []), word]);
    }
  }
  const byInitial = new Map<string, string[]>();
  for (const stem of prefixes) byInitial.set(stem[0] ?? '', [...(byInitial.get(stem[0] ?? '') ?? []), stem]);
  const closeToWord = (candidate: string) => byShape.get(`${candidate[0]}${candidate.length}`)?.some((word) => isTypoOf(candidate, word)) ?? false;
  const closeToPrefix = (candidate: string) =>
    byInitial.get(candidate[0] ?? '')?.some((stem) => !candidate.startsWith(stem) && isPrefixTypoOf(candidate, stem)) ?? false;
  return (candidate) => closeToWord(candidate) || closeToPrefix(candidate);
}

let standard: SafetyCheck | undefined;

/** The safety check with Loket's own rules, compiled once per process (it is immutable). */
export function standardSafetyCheck(): SafetyCheck {
  standard ??= new SafetyCheck();
  return standard;
}

function isBareHumanRequest(words: string[]): boolean {
  return words.some((word) => HUMAN_WORDS.has(word)) && words.every((word) => HUMAN_WORDS.has(word) || POLITE_FILLER.has(word));
}
