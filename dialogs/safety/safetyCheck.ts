import { HUMAN_WORDS, IMPATIENT_FILLER, POLITE_FILLER, SAFETY_RULES, SafetyCategory, SafetyRuleGroup } from './safetyRules';
import { wordsOf } from '../../knowledge/text/normalize';
import { clauseWords, isTypoOf, normaliseWord, normaliseWords, PhraseMatcher, ReadWords, withoutSpans, WordReader } from './phraseMatcher';
import { realWordVeto } from './realWords';

export interface SafetySignal {
  category: SafetyCategory;
  /** The rule phrase that matched, for logs and tests (never the citizen's text). */
  phrase: string;
}

/** Most urgent first: when a message is both, the crisis wins. */
const PRIORITY: SafetyCategory[] = ['suicide', 'abuse', 'emergency', 'human'];

interface CompiledGroup {
  category: SafetyCategory;
  withinClause: boolean;
  unlessPerSentence: boolean;
  phrases: PhraseMatcher;
  unless?: PhraseMatcher;
  idioms?: PhraseMatcher;
}

/**
 * Recognises, before any retrieval, messages that need a person or an
 * emergency number instead of an article: thoughts of suicide, domestic
 * violence or child abuse, emergencies, and requests for a human.
 */
export class SafetyCheck {
  private readonly groups: CompiledGroup[];
  /** One reading of a message for every group's matchers. */
  private readonly reader: WordReader;

  constructor(rules: SafetyRuleGroup[] = SAFETY_RULES) {
    const isRealWord = realWordVeto(rules.flatMap((rule) => [...rule.phrases, ...(rule.unless ?? []), ...(rule.idioms ?? [])]));
    this.groups = rules.map((rule) => ({
      category: rule.category,
      withinClause: rule.withinClause ?? false,
      unlessPerSentence: rule.unlessPerSentence ?? false,
      phrases: new PhraseMatcher(rule.phrases, isRealWord),
      ...(rule.unless ? { unless: new PhraseMatcher(rule.unless, isRealWord) } : {}),
      ...(rule.idioms ? { idioms: new PhraseMatcher(rule.idioms, isRealWord) } : {}),
    }));
    this.reader = WordReader.for(
      this.groups.flatMap((group) => [group.phrases, group.unless, group.idioms]),
      isRealWord,
    );
  }

  check(text: string): SafetySignal | undefined {
    // Read once: the rules match the phrase matcher's reading, the bare check the words as written.
    const written = wordsOf(text);
    const words = written.map(normaliseWord);
    if (words.length === 0) return undefined;
    const read = this.reader.read(words);
    let clauses: ReadWords | undefined;
    const found: SafetySignal[] = [];
    for (const group of this.groups) {
      const groupWords = withoutIdioms(group, group.withinClause ? (clauses ??= this.reader.read(clauseWords(text))) : read);
      const phrase = group.phrases.findIn(groupWords);
      if (!phrase) continue;
      if (!group.unless?.findIn(groupWords)) found.push({ category: group.category, phrase });
      else if (group.unlessPerSentence) {
        const unvetoed = this.unvetoedSentencePhrase(group, text);
        if (unvetoed) found.push({ category: group.category, phrase: unvetoed });
      }
    }
    if (isBareHumanRequest(written)) found.push({ category: 'human', phrase: '<human word>' });
    found.sort((a, b) => PRIORITY.indexOf(a.category) - PRIORITY.indexOf(b.category));
    return found[0];
  }

  /** The first phrase in a sentence without a veto of its own (see `unlessPerSentence`); read only once a veto was found. */
  private unvetoedSentencePhrase(group: CompiledGroup, text: string): string | undefined {
    for (const { segment } of SENTENCES.segment(text)) {
      const words = group.withinClause ? clauseWords(segment) : normaliseWords(segment);
      const read = withoutIdioms(group, this.reader.read(words));
      const phrase = group.phrases.findIn(read);
      if (phrase && !group.unless?.findIn(read)) return phrase;
    }
    return undefined;
  }
}

/** The reading with the group's idioms taken out, when there are any in it (rarely). */
function withoutIdioms(group: CompiledGroup, read: ReadWords): ReadWords {
  const spans = group.idioms?.spans(read) ?? [];
  return spans.length > 0 ? withoutSpans(read, spans) : read;
}

/** Sentence boundaries as Unicode defines them ("Dhr. Jansen" and "3.5" stay whole). */
const SENTENCES = new Intl.Segmenter('nl', { granularity: 'sentence' });

let standard: SafetyCheck | undefined;

/** The safety check with Loket's own rules, compiled once per process (it is immutable). */
export function standardSafetyCheck(): SafetyCheck {
  standard ??= new SafetyCheck();
  return standard;
}

/** The words as written ("iemand", which reading makes "iemant"); long ones also mistyped ("mederwerker"). */
function isBareHumanRequest(words: string[]): boolean {
  return words.some(isHumanWord) && words.every((word) => isHumanWord(word) || POLITE_FILLER.has(word) || IMPATIENT_FILLER.has(word));
}

function isHumanWord(word: string): boolean {
  return HUMAN_WORDS.has(word) || LONG_HUMAN_WORDS.some((human) => isTypoOf(word, human));
}

const LONG_HUMAN_WORDS = [...HUMAN_WORDS].filter((word) => word.length >= 9);
