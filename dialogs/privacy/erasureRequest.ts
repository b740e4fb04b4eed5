import { wordsOf } from '../../knowledge/text/normalize';

const ERASE_VERBS = new Set(['verwijder', 'verwijderen', 'verwijderd', 'wis', 'wissen', 'delete', 'erase', 'remove', 'vergeet', 'forget']);
const DATA_WORDS = new Set(['gegevens', 'data', 'gesprek', 'chat', 'conversation', 'persoonsgegevens', 'info', 'informatie', 'me', 'mij', 'alles']);

/**
 * "verwijder mijn gegevens", "wis dit gesprek", "delete my data",
 * "forget me": a short message with an erase verb and what to erase. A long
 * message ("hoe verwijder ik gegevens uit de BRP?") is a question for the
 * knowledge base, so the rule only fires on a few words.
 */
export function isErasureRequest(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 6) return false;
  return words.some((word) => ERASE_VERBS.has(word)) && words.some((word) => DATA_WORDS.has(word)) && !words.includes('hoe') && !words.includes('how');
}
