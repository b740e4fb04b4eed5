/**
 * The first step of every turn: strip what a citizen cannot see, then reject
 * what Loket cannot answer with a specific, polite reason.
 */

/**
 * Invisible characters that can hide instructions or break matching: Unicode
 * tag characters, zero-width and other format characters (including
 * bidirectional overrides), and control characters other than line breaks and tabs.
 */
const INVISIBLE = /[\u{E0000}-\u{E007F}\p{Cf}]|[^\P{Cc}\n\t]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFC').trim();
}

/**
 * Markup typed or pasted into a chat message: the bot reads the words, not
 * the tags ("<b>" would match "B&B"), and a script or style is no question.
 * Only tag-shaped text goes, so "ik <3 Lindewijk" and "a < b" stay.
 */
const MARKUP_BLOCK = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/gi;
const MARKUP_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

export function withoutMarkup(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(MARKUP_BLOCK, ' ')
    .replace(MARKUP_TAG, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

export type InputProblem = 'attachment' | 'empty' | 'only-emoji' | 'too-long';

export interface GuardedInput {
  /** What the bot reads: without invisible characters and markup. */
  text: string;
  /** What the citizen sent, without invisible characters: the log and the agent's transcript show it as typed. */
  sent: string;
  problem?: InputProblem;
}

export function guardInput(rawText: string, attachmentCount: number, maxLength: number): GuardedInput {
  const sent = stripInvisible(rawText);
  if (sent.length > maxLength) return { text: '', sent: '', problem: 'too-long' };
  const text = withoutMarkup(sent);
  if (!LETTER_OR_DIGIT.test(text)) {
    if (attachmentCount > 0) return { text: '', sent, problem: 'attachment' };
    return { text: '', sent, problem: PICTOGRAPH.test(text) ? 'only-emoji' : 'empty' };
  }
  return { text, sent, ...(attachmentCount > 0 ? { problem: 'attachment' as const } : {}) };
}
