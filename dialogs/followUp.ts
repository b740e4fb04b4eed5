import { wordsOf } from '../knowledge/text/normalize';
import { isStopword } from '../knowledge/text/stopwords';

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
  return STARTERS.has(words[0] ?? '') || words.some((word, n) => (REFERRING.has(word) || POINTING_BACK.test(word)) && standsAlone(word, words[n + 1]));
}

/** Words that ask something of their own: a message with one is a question, not the rest of the last one. */
const ASKING = new Set([
  'wat',
  'hoe',
  'hoeveel',
  'hoelang',
  'wanneer',
  'waar',
  'waarom',
  'wie',
  'welke',
  'welk',
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
  'what',
  'how',
  'when',
  'where',
  'why',
  'who',
  'which',
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

function standsAlone(word: string, next: string | undefined): boolean {
  return !ALSO_DETERMINERS.has(word) || next === undefined || isStopword(next);
}
