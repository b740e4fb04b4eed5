import { wordsOf } from '../knowledge/text/normalize';
import { isStopword } from '../knowledge/text/stopwords';
import { QUESTION_WORDS } from './questionWords';
import { PhraseMatcher } from './safety/phraseMatcher';
import { handoverButton } from './answerComposer';
import { ContactDetails, messages } from './messages';
import { notice, single } from './replies';
import { ConversationMemory, Lang, TurnOutcome } from './types';

const GREETINGS = new Set([
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
const THANKS = new Set([
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
function isThankWord(word: string): boolean {
  return THANK_WORDS.has(word) || /^(?:be)?dank/.test(word) || /^thank/.test(word);
}
/** What a citizen thanks for: "bedankt voor de hulp", "thanks for the info". */
const THANKED_FOR = new Set([
  ...['hulp', 'help', 'info', 'informatie', 'information', 'antwoord', 'answer', 'uitleg', 'moeite', 'snelle', 'reactie'],
  ...['tijd', 'time', 'geduld', 'patience', 'advies', 'advice', 'tips'],
]);
/** Sounds and fillers around thanks: "allee, merci", "ah ok dankje", "cheers mate". */
const INTERJECTIONS = new Set(['ah', 'aha', 'oh', 'och', 'hé', 'he', 'allee', 'allez', 'amai', 'mate', 'wow', 'zo']);
/** Saying goodbye, Dutch, Flemish and English: "doei", "tot ziens", "houdoe", "salukes", "bye". */
const GOODBYE_WORDS = new Set([
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
const GOODBYES = new Set([...GOODBYE_WORDS, 'tot', 'see', 'you', 'have', 'a', 'nice', 'day', 'fijne', 'prettige', 'dag', 'avond', 'groetjes', 'groeten']);
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
function isSignOff(word: string): boolean {
  return SIGN_OFFS.has(word) || /^groet/.test(word);
}
const MAX_COURTESY_WORDS = 12;
const MAX_NAME_WORDS = 3;
/** Function words that turn thanks into something else: "bedankt, maar het lukt niet", "ik ben er niet meer". */
const NEGATIONS = new Set(['niet', 'nie', 'geen', 'meer', 'not', 'anymore', 'never', 'nooit']);

/** Questions about the assistant itself: what it is and what it can do. */
const ABOUT_ASSISTANT = new PhraseMatcher([
  'ben|zijt je|jij|u|ge|gij een|echt ~ robot|bot|chatbot|computer|mens|persoon|medewerker',
  'praat|chat|spreek ik met|tegen een|echt ~ robot|bot|chatbot|computer|mens|persoon',
  'wie|wat ben|zijt je|jij|u|ge|gij',
  'wat kun|kan|kunt je|jij|u|ge|gij',
  'waarmee kun|kan|kunt je|jij|u|ge|gij',
  'waar kun|kan|kunt je|jij|u|ge|gij mee helpen',
  'waar kan ik je|jou|u voor gebruiken',
  'are you a|an|real ~ bot|robot|chatbot|computer|human|person',
  'am i talking|chatting|speaking to|with a ~ bot|robot|chatbot|computer|human|person',
  // "ben ik met een mens aan het praten?", "zit ik met een robot te chatten", "is dit een mens of een robot?".
  'ben|zit ik ~ robot|bot|chatbot|computer|mens|persoon ~ praten|chatten|spreken',
  'is dit|dat|het een? ~ robot|bot|chatbot|computer|mens|persoon',
  'is this|it a|an? ~ bot|robot|chatbot|computer|human|person',
  'are you ~ human|person|bot|robot|chatbot|computer',
  'who|what are you',
  'what can you do|help|answer',
  'how can you help',
]);
/** Whether Loket can be used in English. */
const ASKING_FOR_ENGLISH = new PhraseMatcher([
  'spreek|spreekt|praat|begrijp|begrijpt|snap je|jij|u|ge|gij ook? engels',
  'kan|mag het|ik ook? in het? engels',
  'do|can you speak|understand english',
  'can|may i ask|write|talk|chat in english',
  'english please',
  'in english please',
  // Right after an answer: "can you say that in English?", "kun je dat in het Engels zeggen?", "in english?".
  'in english',
  'english',
  'say|tell|explain|write|repeat that|this|it ~ english',
  'in het? engels',
  'engels zeggen|uitleggen|vertalen|herhalen|schrijven',
]);
/** The way back: "in het Nederlands graag", "kan het ook in het Nederlands?", "dutch please". */
const ASKING_FOR_DUTCH = new PhraseMatcher([
  'spreek|spreekt|praat|begrijp|begrijpt|snap je|jij|u|ge|gij ook? nederlands|vlaams',
  'kan|mag het|ik ook? in het? nederlands|vlaams',
  'in het? nederlands|vlaams',
  'nederlands|vlaams graag|alstublieft|aub',
  'do|can you speak|understand dutch',
  'can|may i ask|write|talk|chat in dutch',
  'dutch please',
  'in dutch please',
  'in dutch',
  'say|tell|explain|write|repeat that|this|it ~ dutch',
  'nederlands|vlaams zeggen|uitleggen|vertalen|herhalen|schrijven',
]);
/** A question announced, not yet asked: "hallo, ik heb een vraag", "mag ik iets vragen?", "I have a question". */
const ANNOUNCED_QUESTION = new PhraseMatcher([
  'ik heb|had een? vraag|vraagje|vragen',
  'mag|kan|kun|kunt ik ~ iets|wat vragen',
  'mag|kan|kun|kunt ik ~ vraag|vraagje|vragen stellen',
  'i have|got a|some? question|questions',
  'can|could|may i ask ~ something|question',
]);
/** Chit-chat Loket has no answer to and no search should guess at: the time, the date, the weather, a joke. */
const CHITCHAT = new PhraseMatcher([
  'hoe laat is het|t',
  'welke dag|datum is het',
  'wat is de datum',
  'wat voor weer',
  'wat is het weer',
  'hoe wordt|is het weer',
  'weerbericht',
  'vertel|vertelt|ken|weet ~ mop|moppen|grap|grapje|grappen',
  'what time is it',
  'what day|date is it',
  'what is|s the date|weather|time',
  'how is the weather',
  'tell me a joke',
  'know any jokes',
]);
/** "Ben je er nog?", "test": whether anyone is there. Answered as a greeting, so the citizen knows to ask. */
const PRESENCE = new PhraseMatcher([
  'test|testje|testing',
  'ben|bent|zijt je|jij|u|ge|gij er nog',
  'is daar iemand',
  'werkt dit|het',
  'werkt deze chat',
  'are you still? there',
  'anyone|anybody there|here',
  'does this|it work',
]);
/** Laughter, typed: "haha", "hihi", "lol", "xD". */
const LAUGHTER = /^(?:a?(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|lo+l+|lmf?ao+|rofl|xd+)$/;

function isLaughter(word: string): boolean {
  return LAUGHTER.test(word);
}

/** Words such a question may have besides the phrase and function words; any other word makes it a real question ("wat kunt u doen tegen ratten"). */
const META_FILLER = new Set([
  'could',
  'would',
  'allemaal',
  'doen',
  'helpen',
  'help',
  'echt',
  'really',
  'eigenlijk',
  'nou',
  'chat',
  'hier',
  'here',
  'please',
  'graag',
  'stellen',
  'typen',
  'schrijven',
  'question',
  'questions',
  'nu',
  'now',
  'vandaag',
  'morgen',
  'vanavond',
  'today',
  'tomorrow',
  'tonight',
  'lindewijk',
  'jij',
  'eens',
]);
const MAX_META_WORDS = 8;

/**
 * "ok", "ja", "prima" after an answer: the citizen has read it. Read as a
 * question, it repeated the whole answer (and "nee" got the article on
 * objections, which lists "nee" in a citizen question).
 */
const ACKNOWLEDGING = new Set([
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
const DECLINING = new Set(['nee', 'neen', 'nope', 'no', 'nah', 'hoor', 'nog', 'niets', 'niks', 'verder', 'niet', 'echt', 'really']);
/** The words that decline: the rest ("hoor", "verder") only goes with them. */
const NO_WORDS = new Set(['nee', 'neen', 'nope', 'no', 'nah']);
const SHORT = 4;

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
/** Thanks, praise, greetings and sign-offs: what a closing is made of besides its point. */
function isCourtesyWord(word: string): boolean {
  return (
    isStopword(word) ||
    isLaughter(word) ||
    isThankWord(word) ||
    isSignOff(word) ||
    [THANKS, GREETINGS, THANKED_FOR, PRAISE, INTERJECTIONS, ACKNOWLEDGING].some((set) => set.has(word))
  );
}

/** What may stand around those phrases: "Ok, dan weet ik genoeg", "Super, ik ga het proberen". */
function closingFiller(word: string): boolean {
  return isCourtesyWord(word) || GOODBYES.has(word) || NO_WORDS.has(word) || CLOSING_TIME.has(word);
}

export type SmallTalk = 'greeting' | 'thanks' | 'goodbye' | 'about-assistant' | 'english' | 'dutch' | 'chitchat' | 'acknowledged' | 'declined';

/** A message that is only a greeting, only thanks, a goodbye, or a short question about the assistant itself; anything with a question for the knowledge base is not. */
export function recogniseSmallTalk(text: string): SmallTalk | undefined {
  // Drawn-out words read as themselves: "jaaa", "suuuper".
  const words = wordsOf(text).map((word) => word.replace(/(.)\1{2,}/g, '$1'));
  if (words.length === 0) return undefined;
  if (isCourtesy(words)) return words.some((word) => GOODBYE_WORDS.has(word)) ? 'goodbye' : 'thanks';
  const closing = readClosing(text, words);
  if (closing) return closing;
  if (words.length > MAX_META_WORDS) return undefined;
  const filler = (word: string) => isStopword(word) || META_FILLER.has(word);
  if (ASKING_FOR_ENGLISH.isWholeMessage(text, filler)) return 'english';
  if (ASKING_FOR_DUTCH.isWholeMessage(text, filler)) return 'dutch';
  if (ABOUT_ASSISTANT.isWholeMessage(text, filler)) return 'about-assistant';
  if (CHITCHAT.isWholeMessage(text, filler)) return 'chitchat';
  // Answered as a greeting: "Waar kan ik u mee helpen? Stel uw vraag …".
  if (ANNOUNCED_QUESTION.isWholeMessage(text, (word) => filler(word) || GREETINGS.has(word))) return 'greeting';
  if (PRESENCE.isWholeMessage(text, (word) => filler(word) || GREETINGS.has(word) || /^\d+$/.test(word))) return 'greeting';
  if (words.length > 6) return undefined;
  if (words.some((word) => GOODBYE_WORDS.has(word)) && words.every((word) => GOODBYES.has(word) || THANKS.has(word) || GREETINGS.has(word) || isStopword(word)))
    return 'goodbye';
  if (words.every((word) => GREETINGS.has(word))) return 'greeting';
  // "nee dank je" declines: the answer words are function words to search, not to small talk.
  const declines = words.some((word) => NO_WORDS.has(word));
  if (!declines && words.some(isThankWord) && words.every((word) => THANKS.has(word) || GREETINGS.has(word) || THANKED_FOR.has(word) || isStopword(word)))
    return 'thanks';
  if (words.length > SHORT || words.some((word) => QUESTION_WORDS.has(word))) return undefined;
  if (declines && words.every((word) => DECLINING.has(word) || THANKS.has(word) || isStopword(word))) return 'declined';
  // "it" alone is no acknowledgement: a function word only goes with one. Laughter is one: "haha ok", "lol".
  const acknowledges = (word: string) => (ACKNOWLEDGING.has(word) && word !== 'it') || isLaughter(word);
  if (words.some(acknowledges) && words.every((word) => acknowledges(word) || ACKNOWLEDGING.has(word) || isStopword(word))) return 'acknowledged';
  return undefined;
}

/**
 * Thanks with praise, wishes and a signature, and nothing else: "Heel erg
 * bedankt, u heeft me enorm geholpen! Groetjes Marieke", "thanks a lot, you
 * helped me a lot". Read as a question, such a message got an unrelated
 * article or "Sorry, daar weet ik geen goed antwoord op". Only the words
 * after the last sign-off may be any words: the name ("Jan de Vries").
 */
function isCourtesy(words: string[]): boolean {
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
function readClosing(text: string, words: string[]): SmallTalk | undefined {
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

/** The reason of an answer given again in the language asked for ("in English please?"): no new question, so none for the editors' lists. */
export const ANSWER_IN_OTHER_LANGUAGE = 'answer:other-language';

/** The reply to small talk: short, friendly, and back to what Loket is for. "Can we speak English?" and "in het Nederlands graag" switch the conversation. */
export function smallTalkReply(kind: SmallTalk, memory: ConversationMemory, lang: Lang, contact: ContactDetails): TurnOutcome {
  if (kind === 'english') return single({ ...memory, lang: 'en' }, notice('en', messages('en', contact).english, 'smalltalk:english'));
  if (kind === 'dutch') return single({ ...memory, lang: 'nl' }, notice('nl', messages('nl', contact).dutch, 'smalltalk:dutch'));
  const words = messages(lang, contact);
  if (kind === 'about-assistant') return single(memory, notice(lang, words.aboutAssistant, 'smalltalk:about-assistant', [handoverButton(lang, contact)]));
  const text = {
    greeting: words.greeting,
    thanks: words.youAreWelcome,
    goodbye: words.goodbye,
    chitchat: words.chitchat,
    acknowledged: words.acknowledged,
    declined: words.declined,
  }[kind];
  return single(memory, notice(lang, text, `smalltalk:${kind}`));
}
