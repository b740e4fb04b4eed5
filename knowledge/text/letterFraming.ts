import { casedWordsOf, CLAUSE_END, wordsOf } from './normalize';
import { isStopword } from './stopwords';

/**
 * What frames a citizen's question like a letter and names no topic: an
 * introduction ("mijn naam is …"), courtesies ("Bij voorbaat dank") and a
 * closing with a name ("Met vriendelijke groet, Jan Jansen"). Each is taken
 * out of the question before it is searched; articles keep their words.
 */

/**
 * "mijn naam is Sarah de Vries, …", "Hoi! Ik ben Sarah en …": a name says
 * who asks, not what about, and unknown to every article it made a plain
 * question look out of scope (29 of 102 titles after "mijn naam is …").
 * After "ik ben" or "I am" only a capitalised word no article has is a
 * name: "ik ben Nederlander" says something.
 */
export function withoutIntroduction(text: string, words: string[], isKnown: (word: string) => boolean): string[] {
  const found = firstIntroduction(words);
  if (!found) return words;
  const { start, introduction } = found;
  const cased = casedWordsOf(text);
  const written = (at: number) => /^\p{Lu}/u.test(cased[at] ?? '') && cased[at]?.toLowerCase() === words[at];
  const isName = (at: number) => !isStopword(words[at] ?? '') && written(at) && (!introduction.onlyUnknown || !isKnown(words[at] ?? ''));
  let end = start + introduction.length;
  if (!isName(end)) return words;
  while (end < words.length && end - start - introduction.length < NAME_WORDS && (isName(end) || (NAME_PARTICLES.has(words[end] ?? '') && isName(end + 1))))
    end++;
  return [...words.slice(0, start), ...words.slice(end)];
}

/**
 * "…, met vriendelijke groet, Jan Jansen", "… Kind regards, John Smith": a
 * letter's closing and the name after it name no topic, and a name can look
 * like one ("Jansen" stems to "jans"). Only at the end, after a question and
 * before words written as a name: "ok bedankt, en de hondenbelasting?" is a
 * question after thanks.
 */
export function withoutClosing(text: string, words: string[]): string[] {
  const from = Math.max(1, words.length - 1 - NAME_WORDS);
  const index = words.findIndex((word, at) => at >= from && CLOSINGS.has(word));
  const openers = CLOSINGS.get(words[index] ?? '');
  // Most questions end without one: only then is the text read again, with its capitals.
  if (!openers || text.trim().endsWith('?') || words.slice(0, index).every(isStopword)) return words;
  const cased = casedWordsOf(text);
  const isName = (word: string, at: number) => isStopword(word) || NAME_PARTICLES.has(word) || /^\p{Lu}/u.test(cased[at] ?? '');
  if (cased.length !== words.length || !words.every((word, at) => at <= index || isName(word, at))) return words;
  let start = index;
  // "Kind regards": the Dutch "kind" is a child.
  while (start > 1 && openers.has(words[start - 1] ?? '')) start--;
  return words.slice(0, start);
}

/**
 * "…? Looking forward to hearing from you.", "Bij voorbaat dank", "Ik zie uw
 * antwoord graag tegemoet": a clause of courtesies only names no topic, and
 * its words ("reactie", "advance", "hoop") drew questions to articles that
 * happen to have them, or out of scope. A clause needs one of the words that
 * make it a courtesy: "Geen reactie." after a report is a complaint. Left as
 * it is when nothing else would remain.
 */
export function withoutCourtesies(text: string): string {
  // Most questions have none: one pattern test instead of reading every clause.
  if (!COURTESY_MARK.test(text)) return text;
  // Clauses and the punctuation between them; punctuation has no words, so it is never a courtesy and is kept.
  const pieces = text.split(CLAUSE_BREAKS).map((piece) => ({ piece, words: wordsOf(piece) }));
  const kept = pieces.filter(({ words }) => !isCourtesy(words));
  return kept.some(({ words }) => words.some((word) => !isStopword(word))) ? kept.map(({ piece }) => piece).join('') : text;
}

function isCourtesy(words: string[]): boolean {
  return words.some((word) => COURTESY_MARKS.has(word)) && words.every((word) => isStopword(word) || COURTESY_WORDS.has(word) || COURTESY_MARKS.has(word));
}

/** `CLAUSE_END`, kept in the split's result so the text can be put together again. */
const CLAUSE_BREAKS = new RegExp(`(${CLAUSE_END.source})`);
/** The words without which a clause is no courtesy. */
const COURTESY_MARKS = new Set([
  ...['voorbaat', 'tegemoet', 'alvast', 'graag', 'hoop', 'hopelijk', 'hoor', 'horen', 'dank', 'bedankt', 'dankjewel', 'dankuwel', 'zsm'],
  ...['forward', 'advance', 'hearing', 'hear', 'hope', 'thanks', 'thank', 'please', 'pls', 'asap'],
  // "sorry voor mijn slechte Nederlands", "sorry for my bad Dutch": the asker's language, not the topic.
  ...['sorry', 'excuses', 'excuus', 'apologies', 'pardon', 'nederlands', 'dutch', 'engels', 'english'],
]);
const COURTESY_MARK = new RegExp(`(?<!\\p{L})(?:${[...COURTESY_MARKS].join('|')})(?!\\p{L})`, 'iu');
/** Words a courtesy has besides its marks and function words. */
const COURTESY_WORDS = new Set([
  ...['reactie', 'antwoord', 'snel', 'snelle', 'spoedig', 'spoedige', 'mogelijk', 'zie', 'belangstelling', 'moeite', 'hulp', 'laat', 'weten'],
  ...['looking', 'look', 'reply', 'response', 'answer', 'soon', 'quick', 'quickly', 'much', 'very', 'many', 'help', 'time', 'let', 'know'],
  ...['slecht', 'slechte', 'goed', 'niet', 'taal', 'taalfouten', 'fouten', 'spelling', 'spreek', 'storen'],
  ...['bad', 'poor', 'good', 'not', 'language', 'mistakes', 'spelling', 'speak', 'bother', 'bothering'],
]);

/** Words that introduce the one who writes, and whether only a word no article has is a name after them. */
const INTRODUCTIONS: { words: string[]; onlyUnknown: boolean }[] = [
  { words: ['mijn', 'naam', 'is'], onlyUnknown: false },
  { words: ['ik', 'heet'], onlyUnknown: false },
  { words: ['u', 'spreekt', 'met'], onlyUnknown: false },
  { words: ['je', 'spreekt', 'met'], onlyUnknown: false },
  { words: ['my', 'name', 'is'], onlyUnknown: false },
  { words: ['ik', 'ben'], onlyUnknown: true },
  { words: ['i', 'am'], onlyUnknown: true },
];

/** Where the first introduction starts, with how many words it has and what counts as a name after it. */
function firstIntroduction(words: string[]): { start: number; introduction: { length: number; onlyUnknown: boolean } } | undefined {
  for (let start = 0; start < words.length; start++) {
    const found = INTRODUCTIONS.find((introduction) => introduction.words.every((word, offset) => words[start + offset] === word));
    if (found) return { start, introduction: { length: found.words.length, onlyUnknown: found.onlyUnknown } };
  }
  return undefined;
}

/** "Maria van den Berg", "Jan ter Horst". */
const NAME_PARTICLES = new Set(['van', 'de', 'den', 'der', 'ter', 'ten', 'el', 'al', 'bin']);

/** Words of a name after a closing ("Maria van den Berg"). */
const NAME_WORDS = 4;
/** Closing words, each with the words that may open it ("met vriendelijke groet", "kind regards"). */
const DUTCH_OPENERS = new Set(['met', 'vriendelijke', 'hartelijke', 'lieve', 'veel', 'alvast']);
const ENGLISH_OPENERS = new Set(['kind', 'best', 'warm', 'warmest', 'many', 'yours']);
const CLOSINGS = new Map<string, ReadonlySet<string>>([
  ...['groet', 'groeten', 'groetjes', 'mvg', 'gr', 'bedankt', 'dank'].map((word) => [word, DUTCH_OPENERS] as const),
  ...['regards', 'sincerely', 'cheers', 'thanks', 'thx'].map((word) => [word, ENGLISH_OPENERS] as const),
]);
