import { isStopword } from '../knowledge/text/stopwords';
import { PhraseMatcher } from './safety/phraseMatcher';

/** "waar staat dat op de website?", "heeft u een link?": where the answer just given can be read in full. */
const ASKING_FOR_SOURCE = new PhraseMatcher([
  'waar staat dat|dit|het op? de? website|site|internet?',
  'waar kan ik dat|dit|het nalezen|lezen|vinden|terugvinden',
  'heb|heeft je|jij|u daar|een link|linkje|bron',
  'link|linkje|bron graag|alstublieft|aub|please?',
  'mag|kan ik de|een link|linkje|bron',
  'where can i read|find that|this|it',
  'where is that|this|it on the website',
  'do you have a link|source',
  'link|source please?',
]);
const FILLER = new Set(['precies', 'ergens', 'meer', 'more', 'exactly', 'dan', 'then', 'graag', 'please', 'daarover', 'about']);

/** A message that only asks where the last answer's information is; a question about websites ("mijn website …") is not. */
export function asksForSource(text: string): boolean {
  return ASKING_FOR_SOURCE.isWholeMessage(text, (word) => isStopword(word) || FILLER.has(word));
}
