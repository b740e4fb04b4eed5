import { HUMAN_WORDS, IMPATIENT_FILLER, POLITE_FILLER, SAFETY_RULES, SafetyCategory, SafetyRuleGroup } from './safetyRules';
import { wordsOf } from '../../knowledge/text/normalize';
import { clauseWords, isTypoOf, normaliseWord, normaliseWords, normaliseWritten, PhraseMatcher, ReadWords, withoutSpans, WordReader } from './phraseMatcher';
import { realWordVeto } from './realWords';
import { WordSetFiles, WordSetStore } from './wordSetFiles';
import { derivedFromListsDir } from '../../knowledge/text/wordLists';

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

  /** `store` keeps the real-word veto, which takes seconds to derive, for the next process. */
  constructor(rules: SafetyRuleGroup[] = SAFETY_RULES, store?: WordSetStore) {
    const isRealWord = realWordVeto(
      rules.flatMap((rule) => [...rule.phrases, ...(rule.unless ?? []), ...(rule.idioms ?? [])]),
      store,
    );
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
    const readings = this.readings(text);
    if (!readings) return undefined;
    const found = this.signals(text, readings);
    // A phrase word typed in two ("zelf moord", "mede werker", "kill my self") is read whole as well; looked for in the text
    // only when two neighbouring words make one (rarely), since every message passes here.
    const joined = this.mayJoin(readings.written) ? joinSplitWords(text, this.reader) : text;
    // And a sentence typed as one word ("kanikeenmedewerkerspreken", "ikwil"): looked for only when a word may hold one.
    const rejoined = readings.written.some(mayRunTogether) ? splitRunTogether(joined, this.reader) : joined;
    const joinedReadings = rejoined === text ? undefined : this.readings(rejoined);
    // The words a veto needs stay as written: "niemand gewond en …" is not "niemand gewonden …".
    if (joinedReadings) found.push(...this.signals(rejoined, joinedReadings, this.vetoedGroups(readings)));
    found.sort((a, b) => PRIORITY.indexOf(a.category) - PRIORITY.indexOf(b.category));
    return found[0];
  }

  private mayJoin(written: readonly string[]): boolean {
    return written.some((word, i) => i + 1 < written.length && this.reader.isWholeWord(normaliseWord(word + written[i + 1])));
  }

  private signals(text: string, readings: Readings, skipped: ReadonlySet<CompiledGroup> = new Set()): SafetySignal[] {
    const found: SafetySignal[] = [];
    for (const group of this.groups) {
      if (skipped.has(group)) continue;
      const groupWords = readings.of(group);
      const phrase = group.phrases.findIn(groupWords);
      if (!phrase) continue;
      if (!group.unless?.findIn(groupWords)) found.push({ category: group.category, phrase });
      else if (group.unlessPerSentence) {
        const unvetoed = this.unvetoedSentencePhrase(group, text);
        if (unvetoed) found.push({ category: group.category, phrase: unvetoed });
      }
    }
    if (hasBareHumanSentence(text, readings.written)) found.push({ category: 'human', phrase: '<human word>' });
    return found;
  }

  /** The groups a veto of their own cancels somewhere in the text. */
  private vetoedGroups(readings: Readings): Set<CompiledGroup> {
    return new Set(this.groups.filter((group) => group.unless?.findIn(readings.of(group))));
  }

  /** Read once: the rules match the phrase matcher's reading (whole, or by clause), the bare check the words as written. */
  private readings(text: string): Readings | undefined {
    const written = wordsOf(text);
    if (written.length === 0) return undefined;
    const read = this.reader.read(normaliseWritten(written));
    let clauses: ReadWords | undefined;
    return { written, of: (group) => withoutIdioms(group, group.withinClause ? (clauses ??= this.reader.read(clauseWords(text))) : read) };
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

interface Readings {
  written: string[];
  of: (group: CompiledGroup) => ReadWords;
}

/** The reading with the group's idioms taken out, when there are any in it (rarely). */
function withoutIdioms(group: CompiledGroup, read: ReadWords): ReadWords {
  const spans = group.idioms?.spans(read) ?? [];
  return spans.length > 0 ? withoutSpans(read, spans) : read;
}

/**
 * The text with two neighbouring words written as one where together they are a phrase word that neither is alone:
 * "zelf moord" → "zelfmoord", "my self" → "myself". Only whole phrase words, as typed: two words joined are too often one
 * letter from some word, or begin one ("over valpreventie" is no "overval*"). The text itself when nothing joins.
 */
export function joinSplitWords(text: string, reader: Pick<WordReader, 'isWholeWord' | 'optionsOf'>): string {
  const parts = text.split(/(\s+)/);
  for (let i = 0; i + 2 < parts.length; i += 2) {
    const before = parts[i] as string;
    const after = parts[i + 2] as string;
    // Letters meet letters: "zelf moord." joins, "zelf. Moord" does not.
    if (!/\p{L}$/u.test(before) || !/^\p{L}/u.test(after)) continue;
    const [first, ...moreBefore] = wordsOf(before);
    const [second, ...moreAfter] = wordsOf(after);
    // Short words join too easily: "ga me" is no "game", "gewond en" no "gewonden".
    if (!first || !second || moreBefore.length + moreAfter.length > 0 || second.length < 3 || Math.max(first.length, second.length) < 4) continue;
    const joined = normaliseWord(first + second);
    if (!reader.isWholeWord(joined) || reader.optionsOf(normaliseWord(first)).has(joined) || reader.optionsOf(normaliseWord(second)).has(joined)) continue;
    parts.splice(i, 3, `${before}${after}`);
    i -= 2;
  }
  return parts.join('');
}

/** Words this long are read as run-together phrase words too ("ikwildood"); shorter ones only as words of a sentence ("ikwil"). */
const RUN_TOGETHER = 8;
const SHORTEST_RUN = 4;
const RUN_WORD = new RegExp(`\\p{L}{${SHORTEST_RUN},}`, 'gu');
/**
 * A sentence typed as one word holds at least two of these; a compound does not, once no piece is a single letter
 * ("stationswijk" is no "stat i ons wij k", "brandveiligheid" no "brand veilig he id"). Of two or three of them alone
 * the dictionaries' words make only ten, as harmless read apart ("meme", "moetje", "zeik", "cancan").
 */
// Dutch, then English ("me" is both).
const SENTENCE_WORDS = new Set('ik je jij we wij ze zij hij me mij mijn mn kan kun kunt wil wilt mag moet een niet meer can want my you need'.split(' '));

function mayRunTogether(word: string): boolean {
  return word.length >= RUN_TOGETHER || (word.length >= SHORTEST_RUN && sentencePieces(word) !== undefined);
}

/** A short word that is two or three words of a sentence typed together ("ikwil", "kanniet"), as those words. */
function sentencePieces(word: string, left = 3): string[] | undefined {
  if (SENTENCE_WORDS.has(word) && left < 3) return [word];
  if (left === 1) return undefined;
  for (let end = 2; end <= word.length - 2; end++) {
    const rest = SENTENCE_WORDS.has(word.slice(0, end)) ? sentencePieces(word.slice(end), left - 1) : undefined;
    if (rest) return [word.slice(0, end), ...rest];
  }
  return undefined;
}
/** The longest phrase word looked for inside one. */
const LONGEST_PIECE = 20;

/**
 * The text with each word of `RUN_TOGETHER` letters or more that is whole phrase words, as typed, two of them words of a
 * sentence, written as those words: "kanikeenmedewerkerspreken" → "kan ik een medewerker spreken". The fewest pieces win.
 * A shorter word only when it is words of a sentence alone: "ikwil" → "ik wil".
 */
export function splitRunTogether(text: string, reader: Pick<WordReader, 'isWholeWord'>): string {
  return text.replace(RUN_WORD, (word) => {
    const lower = word.toLowerCase();
    return (lower.length >= RUN_TOGETHER ? piecesOf(lower, reader) : sentencePieces(lower))?.join(' ') ?? word;
  });
}

function piecesOf(word: string, reader: Pick<WordReader, 'isWholeWord'>): string[] | undefined {
  // fewest[end]: the fewest whole phrase words that make up the word's first `end` letters.
  const fewest: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++)
    for (let start = Math.max(0, end - LONGEST_PIECE); start < end; start++) {
      const before = fewest[start];
      const piece = word.slice(start, end);
      if (!before || piece.length < 2 || !reader.isWholeWord(normaliseWord(piece))) continue;
      const current = fewest[end];
      if (!current || current.length > before.length + 1) fewest[end] = [...before, piece];
    }
  const pieces = fewest[word.length];
  return pieces && pieces.filter((piece) => SENTENCE_WORDS.has(piece)).length >= 2 ? pieces : undefined;
}

/** Sentence boundaries as Unicode defines them ("Dhr. Jansen" and "3.5" stay whole). */
const SENTENCES = new Intl.Segmenter('nl', { granularity: 'sentence' });

let standard: SafetyCheck | undefined;

/** The safety check with Loket's own rules, compiled once per process (it is immutable). */
export function standardSafetyCheck(): SafetyCheck {
  standard ??= new SafetyCheck(SAFETY_RULES, new WordSetFiles(derivedFromListsDir()));
  return standard;
}

/** The words as written ("iemand", which reading makes "iemant"); long ones also mistyped ("mederwerker"). */
function isBareHumanRequest(words: string[]): boolean {
  return words.some(isHumanWord) && words.every((word) => isHumanWord(word) || POLITE_FILLER.has(word) || IMPATIENT_FILLER.has(word));
}

/**
 * A message, or a sentence of its own, that is only the request: "medewerker aub", and after others that say why, "Drie keer
 * hetzelfde antwoord. Mens. Nu." (a message of one sentence is that sentence).
 */
function hasBareHumanSentence(text: string, written: string[]): boolean {
  if (!written.some(isHumanWord)) return false;
  for (const { segment } of SENTENCES.segment(text)) if (isBareHumanRequest(wordsOf(segment))) return true;
  return false;
}

function isHumanWord(word: string): boolean {
  return HUMAN_WORDS.has(word) || LONG_HUMAN_WORDS.some((human) => isTypoOf(word, human));
}

const LONG_HUMAN_WORDS = [...HUMAN_WORDS].filter((word) => word.length >= 9);
