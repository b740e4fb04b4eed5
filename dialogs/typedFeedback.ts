import { isStopword } from '../knowledge/text/stopwords';
import { PhraseMatcher } from './safety/phraseMatcher';
import { FeedbackWhy } from './types';

/** "Verkeerd antwoord", "dat klopt niet": the answer was wrong. */
const WRONG = new PhraseMatcher([
  'verkeerd|fout|slecht antwoord',
  'dat|dit|het klopt ~ niet',
  'klopt niet',
  'dat|dit|het is fout|verkeerd|onjuist',
  'niet wat ik bedoel|bedoelde|vroeg|zocht',
  'dat|dit bedoel|bedoelde ik niet',
  'geen antwoord op mijn vraag',
  'wrong answer',
  'that|this|it is wrong|incorrect',
  'not what i meant|asked|wanted',
]);
/** "Niet duidelijk": the answer was not clear. */
const UNCLEAR = new PhraseMatcher([
  'niet duidelijk|helder',
  'onduidelijk',
  'snap|begrijp ~ niet',
  'not clear',
  'unclear',
  'i do not understand',
  // "kun je dat simpeler uitleggen?": the answer was too hard to follow.
  'kun|kunt|kan je|jij|u dat|dit|het? simpeler|makkelijker|eenvoudiger|duidelijker uitleggen',
  'simpeler|makkelijker|eenvoudiger|duidelijker uitleggen|graag',
  'can|could you explain that|this|it? more? simply|clearly',
  'explain that|this|it? more? simply|clearly',
]);
/** "Niet volledig": something was missing. */
const INCOMPLETE = new PhraseMatcher(['niet volledig|compleet', 'onvolledig', 'incomplete', 'not complete']);
/** "Niet nuttig", "daar heb ik niks aan": unhelpful, without saying why. */
const UNHELPFUL = new PhraseMatcher([
  'niet nuttig',
  'heb|had ik niks|niets aan',
  'helpt|hielp niet',
  'nutteloos',
  'not helpful',
  'useless',
  'does not|doesnt help',
]);
const FILLER = new Set(['nee', 'no', 'sorry', 'helaas', 'maar', 'but', 'echt', 'really', 'totaal', 'helemaal', 'gewoon', 'antwoord', 'answer']);

/**
 * A rating typed instead of pressed, right after an answer: on channels
 * without buttons, and by citizens who type. Only a message that is the
 * rating and nothing more counts ("het klopt niet dat mijn container …" is
 * a question).
 */
export function readTypedFeedback(text: string): { why?: FeedbackWhy } | undefined {
  const filler = (word: string) => isStopword(word) || FILLER.has(word);
  if (WRONG.isWholeMessage(text, filler)) return { why: 'wrong' };
  if (UNCLEAR.isWholeMessage(text, filler)) return { why: 'unclear' };
  if (INCOMPLETE.isWholeMessage(text, filler)) return { why: 'incomplete' };
  if (UNHELPFUL.isWholeMessage(text, filler)) return {};
  return undefined;
}
