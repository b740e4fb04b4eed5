import { detectAll } from 'tinyld';
import { wordsOf } from './normalize';

export type Language = 'nl' | 'en';

/**
 * Frequent function words of each language. "of" is in neither: it is Dutch
 * for "or" ("Dier gevonden of vermist") as much as English.
 */
const DUTCH = new Set([
  'ik',
  'de',
  'het',
  'een',
  'hoe',
  'wat',
  'waar',
  'wanneer',
  'mijn',
  'is',
  'van',
  'voor',
  'met',
  'kan',
  'moet',
  'niet',
  'geen',
  'wil',
  'u',
  'uw',
  'je',
  'jullie',
  'bij',
  'naar',
  'ook',
  'dat',
  'er',
  'wordt',
  'zijn',
  'heb',
  'mag',
  'welke',
  'graag',
  'aan',
  'op',
  'om',
  'te',
  'nog',
  'maar',
  'ze',
  'hij',
  'zij',
  'wij',
  'we',
  'al',
]);
const ENGLISH = new Set([
  'i',
  'the',
  'a',
  'an',
  'how',
  'what',
  'where',
  'when',
  'my',
  'for',
  'with',
  'can',
  'must',
  'not',
  'no',
  'want',
  'you',
  'your',
  'do',
  'does',
  'to',
  'is',
  'are',
  'at',
  'on',
  'it',
  'this',
  'that',
  'which',
  'please',
  'need',
  'get',
  'have',
  'has',
  'there',
  'who',
  'why',
  'should',
  'could',
  'would',
  'am',
  'me',
  'we',
  'our',
  'and',
  'or',
  'by',
  'from',
  'about',
  'if',
  'will',
  'any',
  'also',
]);

/**
 * Tells Dutch from English. Function words decide most messages at once;
 * only when they do not, a character n-gram model (tinyld) is asked. Returns
 * undefined when the text gives too little to go on ("paspoort", "hallo"), so
 * the caller falls back to the channel locale or the conversation's language.
 */
export function detectLanguage(text: string): Language | undefined {
  // Quoted words are someone else's: "mn dochter post steeds 'see you on the other side', ik vertrouw het niet" is Dutch.
  // A message that is all quote is read whole.
  const own = text.replace(QUOTED, ' ');
  const ownWords = wordsOf(own);
  const [read, words] = ownWords.length >= 2 ? [own, ownWords] : [text, wordsOf(text)];
  // One word ("paspoort", "passport") is too little for a character model.
  return byFunctionWords(words) ?? (words.length >= 2 ? byCharacters(read) : undefined);
}

function byFunctionWords(words: string[]): Language | undefined {
  let dutch = 0;
  let english = 0;
  for (const word of words) {
    if (DUTCH.has(word)) dutch++;
    if (ENGLISH.has(word)) english++;
  }
  if (dutch >= english + 2 || (dutch > 0 && english === 0)) return 'nl';
  if (english >= dutch + 2 || (english > 0 && dutch === 0)) return 'en';
  return undefined;
}

/**
 * Words in double quotes, or in single quotes that are no apostrophes ("'k", "m'n", "it's" stay): the opening
 * quote not after a letter, the closing one not before one.
 */
const QUOTED = /["“„][^"“”„]{1,200}["”“]|(?<![\p{L}\p{N}])['‘][^'‘’]{1,200}['’](?![\p{L}\p{N}])/gu;

function byCharacters(text: string): Language | undefined {
  const [best, second] = detectAll(text, { only: ['nl', 'en'] });
  if (!best) return undefined;
  const margin = best.accuracy - (second?.accuracy ?? 0);
  if (best.accuracy < 0.1 || margin < 0.05) return undefined;
  return best.lang === 'en' ? 'en' : 'nl';
}
