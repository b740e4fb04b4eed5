import { wordsOf } from '../../knowledge/text/normalize';
import { isStopword } from '../../knowledge/text/stopwords';

const ERASE_VERBS = new Set(['verwijder', 'verwijderen', 'verwijderd', 'wis', 'wissen', 'delete', 'erase', 'remove', 'vergeet', 'forget']);
const DATA_WORDS = new Set(['gegevens', 'data', 'gesprek', 'chat', 'conversation', 'persoonsgegevens', 'info', 'informatie', 'me', 'mij', 'alles']);

/**
 * "verwijder mijn gegevens", "wis dit gesprek", "delete my data",
 * "forget me": a short message with an erase verb, what to erase and nothing
 * else but function words. A long message ("hoe verwijder ik gegevens uit de
 * BRP?") or one about something else ("info over asbest verwijderen") is a
 * question for the knowledge base.
 */
export function isErasureRequest(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 6 || words.includes('hoe') || words.includes('how')) return false;
  const rest = words.filter((word) => !ERASE_VERBS.has(word) && !DATA_WORDS.has(word));
  return words.some((word) => ERASE_VERBS.has(word)) && words.some((word) => DATA_WORDS.has(word)) && rest.every(isStopword);
}
