import { QUESTION_WORDS } from './questionWords';

const QUESTION_WORD = [...QUESTION_WORDS].join('|');
/** A question opens with a question word or a verb ("kan ik …", "is de …", "do I …"). */
const OPENS_QUESTION = new RegExp(`^(${QUESTION_WORD}|kan|kun|kunt|mag|moet|is|zijn|heb|hebben|wordt|worden|can|may|must|do|does|is|are)\\b`, 'i');
/**
 * Where a message joins a second question to the first: after a question
 * mark, or at "en" / "and" (or "en ook", "and also") before a question word
 * ("hoe vraag ik een paspoort aan en wat kost een rijbewijs"). Not before a verb: in "ik ga scheiden en
 * moet het huis uit" the "en" goes on with the same story.
 */
const JOIN = new RegExp(`\\?\\s+(?=\\S)|[,;]?\\s+(?:en|and)\\s+(?:(?:ook|also)\\s+)?(?=(?:${QUESTION_WORD})\\b)`, 'i');
/**
 * How a first question may open before its question word: a greeting and
 * "ik wil graag weten", "ik vroeg me af", "I'd like to know" ("hoi ik wil
 * graag weten hoe ik een paspoort aanvraag en ook wat een rijbewijs kost").
 */
const LEAD_IN =
  /^(?:(?:hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|dag)[,!.]?\s+)?(?:ik\s+(?:wil|wou|zou)\s+(?:graag\s+)?(?:weten|vragen)|ik\s+vroeg\s+me\s+af|i(?:\s+want|\s+would\s+like|['’]d\s+like)\s+to\s+know|i\s+was\s+wondering)\s+/i;
const MIN_WORDS = 3;

/** The two questions of a message that asks two, or undefined when it asks one. */
export function splitQuestions(text: string): { first: string; second: string } | undefined {
  const match = JOIN.exec(text);
  if (!match) return undefined;
  const first = text.slice(0, match.index).trim();
  // "Hoe vraag ik een paspoort aan? En hoe lang …": the "en" only joins.
  const second = text
    .slice(match.index + match[0].length)
    .trim()
    .replace(/^(en|and)\s+/i, '');
  const words = (part: string) => part.split(/\s+/).filter(Boolean).length;
  if (words(first) < MIN_WORDS || words(second) < MIN_WORDS) return undefined;
  return OPENS_QUESTION.test(first.replace(LEAD_IN, '')) && OPENS_QUESTION.test(second) ? { first, second } : undefined;
}
