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

export type InputProblem = 'attachment' | 'empty' | 'only-emoji' | 'too-long';

export interface GuardedInput {
  text: string;
  problem?: InputProblem;
}

export function guardInput(rawText: string, attachmentCount: number, maxLength: number): GuardedInput {
  const text = stripInvisible(rawText);
  if (text.length > maxLength) return { text: '', problem: 'too-long' };
  if (!LETTER_OR_DIGIT.test(text)) {
    if (attachmentCount > 0) return { text: '', problem: 'attachment' };
    return { text: '', problem: PICTOGRAPH.test(text) ? 'only-emoji' : 'empty' };
  }
  return { text, ...(attachmentCount > 0 ? { problem: 'attachment' as const } : {}) };
}
