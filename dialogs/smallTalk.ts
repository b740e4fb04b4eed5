import { wordsOf } from '../knowledge/text/normalize';
import { isStopword } from '../knowledge/text/stopwords';
import { QUESTION_WORDS } from './questionWords';
import { PhraseMatcher } from './safety/phraseMatcher';
import { handoverButton } from './answerComposer';
import { Closing, isCourtesy, readClosing } from './closings';
import { ACKNOWLEDGING, GOODBYE_WORDS, GOODBYES, GREETINGS, isLaughter, isThankWord, NO_WORDS, THANKED_FOR, THANKS } from './courtesyWords';
import { ContactDetails, messages } from './messages';
import { notice, single } from './replies';
import { ConversationMemory, Lang, TurnOutcome } from './types';

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

const DECLINING = new Set(['nee', 'neen', 'nope', 'no', 'nah', 'hoor', 'nog', 'niets', 'niks', 'verder', 'niet', 'echt', 'really']);
const SHORT = 4;

export type SmallTalk = 'greeting' | 'thanks' | 'about-assistant' | 'english' | 'dutch' | 'chitchat' | Closing;

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
