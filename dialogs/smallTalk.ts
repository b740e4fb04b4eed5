import { wordsOf } from '../knowledge/text/normalize';

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
const THANK_WORDS = new Set(['bedankt', 'dank', 'dankjewel', 'dankuwel', 'dankje', 'thanks', 'thank', 'merci']);

export type SmallTalk = 'greeting' | 'thanks';

/** A message that is only a greeting or only thanks; anything with a question in it is not. */
export function recogniseSmallTalk(text: string): SmallTalk | undefined {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 6) return undefined;
  if (words.every((word) => GREETINGS.has(word))) return 'greeting';
  if (words.some((word) => THANK_WORDS.has(word)) && words.every((word) => THANKS.has(word) || GREETINGS.has(word))) return 'thanks';
  return undefined;
}
