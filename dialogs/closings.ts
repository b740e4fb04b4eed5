import { QUESTION_WORDS } from './questionWords';
import { PhraseMatcher } from './safety/phraseMatcher';
import { GOODBYE_WORDS, GOODBYES, isCourtesyWord, isSignOff, isThankWord, NEGATIONS, NO_WORDS } from './courtesyWords';

/** How a chat may end: understood or a step of one's own, nothing more to ask, or a goodbye. */
export type Closing = 'acknowledged' | 'declined' | 'goodbye';

const MAX_COURTESY_WORDS = 12;
const MAX_NAME_WORDS = 3;

/** Understood, or the next step one will take oneself: "ik begrijp het, dank u", "super, ik ga het proberen", "alles duidelijk". */
const UNDERSTOOD = new PhraseMatcher([
  'begrijp|snap het|t|dat|alles',
  'begrijp|snap ik het|t|dat|alles',
  'helpt|hielp ~ me|mij|ons ~ verder',
  'is|was|alles|helemaal ~ duidelijk|helder',
  'weet ik genoeg|voldoende',
  'ik weet genoeg|voldoende',
  'ga ik ~ het|dat|dit|da ~ doen|proberen',
  'ik ga ~ het|dat|dit|da ~ doen|proberen',
  // A plan with the form, the appointment or the visit the answer told of: "ik zal het formulier invullen", "ik maak wel een
  // afspraak", "ok ik kom morgen wel langs". A plan with a topic of its own ("ik ga een paspoort aanvragen") is a question.
  'ik ga|zal ~ het|dat|dit|die|da|formulier|afspraak|aanvraag|melding ~ invullen|aanvragen|regelen|maken|indienen|opsturen|doen',
  'ga|zal ik ~ het|dat|dit|die|da|formulier|afspraak|aanvraag|melding ~ invullen|aanvragen|regelen|maken|indienen|opsturen',
  'maak|vul|regel ik ~ wel',
  'ik maak|vul|regel ~ wel',
  'ik kom|ga ~ langs',
  'kom|ga ik ~ langs',
  'ik ga ~ daar|der|er ~ mee weg|verder',
  'i ll|will ~ book|make|fill|submit|apply|check|read ~ it|that|this|one|appointment|form|out',
  // Read and done: "ik lees het even door", "heb t net gemeld", "'t is in orde".
  'ik lees|kijk ~ het|dat|dit ~ door|na',
  'lees|kijk ik ~ het|dat|dit ~ door|na',
  'heb ik|ik heb ~ het|t|dat ~ al|net|zojuist ~ gedaan|gemeld|aangevraagd|ingevuld|geregeld',
  'heb ~ het|t|dat ~ al|net|zojuist ~ gedaan|gemeld|aangevraagd|ingevuld|geregeld',
  'in orde',
  // "ah zo", "top, daar kan ik wat mee", "daar heb ik wat aan".
  'ah|aha|oh|o zo',
  'daar kan ik ~ wat|iets|verder ~ mee',
  'daar heb ik ~ wat|iets|veel ~ aan',
  // Looking it up oneself: "ik kijk het even na", "dan zoek ik het zelf wel uit".
  'ik kijk|zoek ~ het|dat|dit ~ na|uit|op',
  'kijk|zoek ik ~ het|dat|dit ~ na|uit|op',
  // Calling or mailing them oneself: "Ok, dan ga ik morgen even bellen", "ok thanks I'll call them".
  'ga ik ~ bellen|mailen',
  'ik ga ~ bellen|mailen',
  'bel|mail ik',
  'ik bel|mail',
  'i ll|will ~ call|email|contact ~ them|you|her|him',
  'i understand|see',
  'makes sense',
  'i ll|will ~ do|try ~ that|it|this',
  'that helps|helped',
  'that s|is helpful|useful',
]);

/** Nothing more to ask: "nee, dat was het, bedankt", "ik heb geen vragen meer", "that's all". */
const DONE = new PhraseMatcher([
  'dat was|is het|t|alles',
  'geen vragen|vraag meer',
  'verder niets|niks',
  'that|thats is|was? all|it',
  'no more questions',
  'nothing else',
  // Giving up on it without a question: "ok laat maar", "nou ja, jammer dan", "never mind".
  'laat maar',
  'laat maar zitten',
  'jammer|helaas|pech',
  'never mind',
  'nevermind',
  'forget it',
]);

/** Wishes on leaving: "fijne dag nog!", "prettig weekend", "have a nice day". */
const WISHES = new PhraseMatcher([
  'fijne|prettige|goede|fijn|prettig dag|avond|middag|weekend|feestdagen|vakantie',
  'have a nice|good|great day|evening|weekend',
  'nice|good|great day|evening|weekend',
]);

/** When one will do it oneself, or for how long one is done: "dan ga ik morgen even bellen", "that's all for now". */
const CLOSING_TIME = new Set([
  ...['dan', 'then', 'nu', 'now', 'even', 'morgen', 'straks', 'later', 'tomorrow', 'voorlopig', 'today', 'vandaag'],
  ...['meteen', 'direct', 'gelijk', 'zelf', 'myself'],
]);

/** "nee, dat was het niet" says the answer missed: no end of the conversation. */
const NOT = new Set(['niet', 'nie', 'not', 'isnt', 'wasnt']);

/** What may stand around those phrases: "Ok, dan weet ik genoeg", "Super, ik ga het proberen". */
function closingFiller(word: string): boolean {
  return isCourtesyWord(word) || GOODBYES.has(word) || NO_WORDS.has(word) || CLOSING_TIME.has(word);
}

/**
 * Thanks with praise, wishes and a signature, and nothing else: "Heel erg
 * bedankt, u heeft me enorm geholpen! Groetjes Marieke", "thanks a lot, you
 * helped me a lot". Read as a question, such a message got an unrelated
 * article or "Sorry, daar weet ik geen goed antwoord op". Only the words
 * after the last sign-off may be any words: the name ("Jan de Vries").
 */
export function isCourtesy(words: string[]): boolean {
  if (words.some((word) => NO_WORDS.has(word) || NEGATIONS.has(word))) return false;
  if (!words.some((word) => isThankWord(word) || word === 'geholpen' || word === 'helped')) return false;
  const signOff = words.findLastIndex(isSignOff);
  const text = signOff >= 0 && words.length - 1 - signOff <= MAX_NAME_WORDS ? words.slice(0, signOff + 1) : words;
  return text.length <= MAX_COURTESY_WORDS && text.every(isCourtesyWord);
}

/**
 * The end of an exchange said in words: done ("dat was het, bedankt") or understood ("ik begrijp het, dank u"). Read as
 * questions, "Ik begrijp het, dank u" got the article on the district team and "Super, ik ga het proberen" the one on a
 * website that fails. Never with a question in it, and "understood" never with a negation ("ik begrijp het niet").
 */
export function readClosing(text: string, words: string[]): Closing | undefined {
  if (text.includes('?') || words.some((word, i) => (QUESTION_WORDS.has(word) && !isSomething(words, i)) || NOT.has(word))) return undefined;
  // "in orde, salukes": said with a goodbye, the reply is one.
  const goodbye = words.some((word) => GOODBYE_WORDS.has(word));
  if (DONE.isWholeMessage(text, closingFiller)) return goodbye ? 'goodbye' : 'declined';
  if (!words.some((word) => NEGATIONS.has(word)) && UNDERSTOOD.isWholeMessage(text, closingFiller)) return goodbye ? 'goodbye' : 'acknowledged';
  if (WISHES.isWholeMessage(text, closingFiller)) return 'goodbye';
  return undefined;
}

/** "daar kan ik wat mee": "wat" right after "ik" or "we" means "something", not "what". */
function isSomething(words: string[], at: number): boolean {
  return words[at] === 'wat' && ['ik', 'we', 'wij'].includes(words[at - 1] ?? '');
}
