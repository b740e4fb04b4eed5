import { isStopword } from '../knowledge/text/stopwords';

// The words small talk is made of: greetings, thanks, praise, sign-offs, goodbyes, "ok". Shared by the reading of short
// small talk (smallTalk.ts) and of the longer ways to end a chat (closings.ts).

export const GREETINGS = new Set([
  'hallo',
  'hoi',
  'hey',
  'hee',
  'hi',
  'hello',
  'goedemorgen',
  'goedemiddag',
  'goedenavond',
  'dag',
  'daag',
  'morgen',
  'good',
  'morning',
  'afternoon',
  'evening',
  'yo',
  'beste',
  'goeiedag',
  'goeiemorgen',
  'allo',
]);

export const THANKS = new Set([
  'bedankt',
  'dank',
  'dankjewel',
  'dankuwel',
  'dankje',
  'thx',
  'tnx',
  'thnx',
  'thanx',
  'je',
  'u',
  'wel',
  'thanks',
  'thank',
  'you',
  'merci',
  'top',
  'super',
  'ok',
  'oke',
  'okay',
  'prima',
  'fijn',
  'duidelijk',
  'helder',
  'cheers',
  'great',
  'perfect',
  'mooi',
  'zo',
  'heel',
  'erg',
  'veel',
  'very',
  'much',
  'a',
  'lot',
]);

const THANK_WORDS = new Set(['bedankt', 'dank', 'dankjewel', 'dankuwel', 'dankje', 'thanks', 'thank', 'merci', 'thx', 'tnx', 'thnx', 'thanx', 'cheers']);

/** Thanks, also misspelled: "dankjewell", "bedank", "thankss". */
export function isThankWord(word: string): boolean {
  return THANK_WORDS.has(word) || /^(?:be)?dank/.test(word) || /^thank/.test(word);
}

/** What a citizen thanks for: "bedankt voor de hulp", "thanks for the info". */
export const THANKED_FOR = new Set([
  ...['hulp', 'help', 'info', 'informatie', 'information', 'antwoord', 'answer', 'uitleg', 'moeite', 'snelle', 'reactie'],
  ...['tijd', 'time', 'geduld', 'patience', 'advies', 'advice', 'tips'],
]);

/** Sounds and fillers around thanks: "allee, merci", "ah ok dankje", "cheers mate". */
const INTERJECTIONS = new Set(['ah', 'aha', 'oh', 'och', 'hé', 'he', 'allee', 'allez', 'amai', 'mate', 'wow', 'zo']);

/** Saying goodbye, Dutch, Flemish and English: "doei", "tot ziens", "houdoe", "salukes", "bye". */
export const GOODBYE_WORDS = new Set([
  'doei',
  'doeg',
  'daag',
  'dagdag',
  'ziens',
  'later',
  'straks',
  'bye',
  'byebye',
  'goodbye',
  'ciao',
  'houdoe',
  'salut',
  'salukes',
  'adios',
]);

export const GOODBYES = new Set([
  ...GOODBYE_WORDS,
  'tot',
  'see',
  'you',
  'have',
  'a',
  'nice',
  'day',
  'fijne',
  'prettige',
  'dag',
  'avond',
  'groetjes',
  'groeten',
]);

/** Praise of the help and wishes that come with thanks: "u heeft me enorm geholpen", "you helped me a lot", "fijne dag nog". */
const PRAISE = new Set([
  ...['geholpen', 'helped', 'enorm', 'super', 'goed', 'hartelijk', 'hartelijke', 'vriendelijk', 'vriendelijke', 'snel', 'snelle', 'behulpzaam'],
  ...['uitgebreid', 'uitgebreide', 'heldere', 'duidelijke', 'goede', 'clear', 'quick', 'detailed', 'useful', 'nuttige'],
  // "je bent een topper", "you're a star".
  ...['bent', 'zijt', 'schat', 'held', 'topper', 'star', 'hero', 'legend', 'lifesaver'],
  ...['fijne', 'prettige', 'nice', 'kind', 'helpful', 'so', 'really', 'great', 'day', 'avond', 'weekend', 'dag'],
]);

/** Sign-offs after which a name may follow: "Groetjes Marieke", "Regards, John". */
const SIGN_OFFS = new Set(['groetjes', 'groeten', 'groet', 'mvg', 'gr', 'grtz', 'grts', 'regards', 'cheers', 'greetings']);

/** A sign-off, also misspelled: "groetjs", "groetn". */
export function isSignOff(word: string): boolean {
  return SIGN_OFFS.has(word) || /^groet/.test(word);
}

/** Function words that turn thanks into something else: "bedankt, maar het lukt niet", "ik ben er niet meer". */
export const NEGATIONS = new Set(['niet', 'nie', 'geen', 'meer', 'not', 'anymore', 'never', 'nooit']);

/** Laughter, typed: "haha", "hihi", "lol", "xD". */
const LAUGHTER = /^(?:a?(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|lo+l+|lmf?ao+|rofl|xd+)$/;

export function isLaughter(word: string): boolean {
  return LAUGHTER.test(word);
}

/**
 * "ok", "ja", "prima" after an answer: the citizen has read it. Read as a
 * question, it repeated the whole answer (and "nee" got the article on
 * objections, which lists "nee" in a citizen question).
 */
export const ACKNOWLEDGING = new Set([
  'ok',
  'oke',
  'okay',
  'okey',
  'oki',
  'okido',
  'ja',
  'jawel',
  'hoor',
  'jep',
  'jup',
  'yes',
  'yep',
  'prima',
  'top',
  'super',
  'fijn',
  'mooi',
  'duidelijk',
  'helder',
  'begrepen',
  'perfect',
  'great',
  'cool',
  'alright',
  'understood',
  'got',
  'it',
  // Praise as the whole reply: "geweldig", "da's goed", "awesome".
  ...['goed', 'goedzo', 'geweldig', 'fantastisch', 'uitstekend', 'netjes', 'toppie', 'topper', 'okidoki', 'aha', 'excellent', 'awesome', 'nice'],
  // Done already: "gelukt!", "gedaan, heb t net gemeld".
  ...['gelukt', 'gedaan', 'done'],
]);

/** The words that decline: the rest ("hoor", "verder") only goes with them. */
export const NO_WORDS = new Set(['nee', 'neen', 'nope', 'no', 'nah']);

/** Thanks, praise, greetings and sign-offs: what a closing is made of besides its point. */
export function isCourtesyWord(word: string): boolean {
  return (
    isStopword(word) ||
    isLaughter(word) ||
    isThankWord(word) ||
    isSignOff(word) ||
    [THANKS, GREETINGS, THANKED_FOR, PRAISE, INTERJECTIONS, ACKNOWLEDGING].some((set) => set.has(word))
  );
}
