import { wordsOf } from '../knowledge/text/normalize';
import { isStopword } from '../knowledge/text/stopwords';
import { QUESTION_WORDS } from './questionWords';

const STARTERS = new Set(['en', 'and', 'ook', 'also', 'maar', 'but', 'dus', 'so']);
const REFERRING = new Set([
  'dat',
  'da',
  'dees',
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
/** "daarop", "ervoor", "hiermee": a preposition joined to "daar", "er" or "hier" points at what was said. */
const POINTING_BACK = /^(daar|er|hier)(aan|achter|af|bij|door|in|mee|na|naar|om|onder|op|over|tegen|toe|uit|van|voor)$/;
const MAX_WORDS = 10;
/**
 * Words that refer back only when they stand alone: "wat kost het?", "kan dat
 * ook online?" lean on the last answer; "het station", "dit jaar", "haar
 * paspoort" do not, they name a topic of their own.
 */
const ALSO_DETERMINERS = new Set(['het', 'dat', 'da', 'dit', 'die', 'deze', 'dees', 'haar', 'that', 'this', 'those']);

/**
 * A short message that leans on the previous answer: it starts with "en …" /
 * "and …" or refers back with "dat", "dit", "it", "haar", "ook" ("en wat kost dat?").
 */
export function looksLikeFollowUp(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  return (
    STARTERS.has(words[0] ?? '') ||
    words.some(
      (word, n) => (REFERRING.has(word) || POINTING_BACK.test(word)) && (standsAlone(word, words[n + 1]) || isSubject(words, n) || isThingDone(words, n)),
    )
  );
}

/** Words that ask something of their own: a message with one is a question, not the rest of the last one. */
const ASKING = new Set([
  ...QUESTION_WORDS,
  'kan',
  'kun',
  'kunt',
  'mag',
  'moet',
  'heb',
  'heeft',
  'ben',
  'is',
  'zijn',
  'wil',
  'can',
  'could',
  'may',
  'must',
  'should',
  'do',
  'does',
  'are',
  'will',
]);
const ELLIPSIS_WORDS = 6;

/**
 * The rest of the last question, not a question of its own: "en voor mijn
 * zoon?" after "wat kost een paspoort?" asks what it costs for a child, "en
 * een ID-kaart?" what an ID card costs. It starts with "en", "ook", "maar" or
 * "voor" and asks nothing itself.
 */
export function continuesQuestion(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > ELLIPSIS_WORDS) return false;
  return (STARTERS.has(words[0] ?? '') || words[0] === 'voor' || words[0] === 'for') && !words.some((word) => ASKING.has(word));
}

/** Kept as search words, but no noun a "dat" could go with: "kan ik dat niet online doen?". */
const NEGATIONS = new Set(['niet', 'geen', 'not']);

function standsAlone(word: string, next: string | undefined): boolean {
  return !ALSO_DETERMINERS.has(word) || next === undefined || isStopword(next) || NEGATIONS.has(next);
}

/** Demonstratives; not "het": "waar is het stadhuis" names a topic. */
const DEMONSTRATIVES = new Set(['dat', 'da', 'dit', 'die', 'deze', 'dees', 'that', 'this', 'those']);
/** Verbs that ask something of a subject: "is dat gratis?", "blijft die geldig?", "kost dat veel?". */
const ASKING_VERBS = new Set(['is', 'zijn', 'was', 'blijft', 'wordt', 'kost', 'duurt', 'kan', 'mag', 'moet', 'are', 'does']);

/** The subject of such a question comes early: "is dat …", "hoe lang is die …", "tot wanneer is die …". */
const SUBJECT_WITHIN = 3;

/**
 * A demonstrative right after such a verb at the start, with only function
 * words between it and the message's last word, is the subject the last word
 * says something of ("is dat gratis?", "hoe lang is die nog geldig?"), not a
 * determiner of a noun ("dat formulier", "wie wint het songfestival dit
 * jaar"). Late in a longer message it is part of a question of its own
 * ("mogen pampers bij het gft of is dat restafval").
 */
function isSubject(words: string[], index: number): boolean {
  if (!DEMONSTRATIVES.has(words[index] ?? '') || !ASKING_VERBS.has(words[index - 1] ?? '')) return false;
  return index <= SUBJECT_WITHIN && index + 1 < words.length && words.slice(index + 1, -1).every(isStopword);
}

/** Verbs that stand for the whole matter: "kan ik dat telefonisch doen?". */
const DOING = new Set(['doen', 'regelen', 'aanvragen', 'do', 'arrange']);
const ASKERS = new Set(['ik', 'u', 'je', 'jij', 'we', 'wij', 'i', 'you']);
/** Between "dat" and the verb: one word of manner ("telefonisch", "ook schriftelijk"), not a topic of its own. */
const MANNER_WORDS = 1;

/**
 * "kan ik dat telefonisch doen?": a demonstrative right after the one who
 * asks, and a word of manner before a verb for the whole matter, is what the
 * last answer was about; "dat paspoort voor mijn zoon aanvragen" names more.
 */
function isThingDone(words: string[], index: number): boolean {
  if (!DEMONSTRATIVES.has(words[index] ?? '') || !ASKERS.has(words[index - 1] ?? '') || !DOING.has(words.at(-1) ?? '')) return false;
  const between = words.slice(index + 1, -1);
  return between.filter((word) => !isStopword(word)).length <= MANNER_WORDS;
}

/**
 * "is dat verplicht?", "hoe lang is die geldig?", "kan ik dat telefonisch
 * doen?": asks something of the last answer's topic, whatever other article
 * has that word.
 */
export function asksOfIt(text: string): boolean {
  const words = wordsOf(text);
  return words.length <= MAX_WORDS && words.some((_, index) => isSubject(words, index) || isThingDone(words, index));
}
