import { GuardedInput, stripInvisible, withoutMarkup } from '../inputGuard';
import { SafetyCheck } from './safetyCheck';
import { asksAboutService } from './serviceQuestion';

/**
 * How much of a message over the length limit the safety rules still read: the rules take some 0.4 ms per 1,000
 * characters, and an HTTP body may hold 256 KB.
 */
export const CRISIS_READ_LIMIT = 20_000;

/**
 * A crisis is never hidden behind the length limit: a long story that says in one sentence "ik wil niet meer leven"
 * gets the crisis numbers and a person, not "your message is too long". Such a message is read as any other (its first
 * CRISIS_READ_LIMIT characters), so the crisis reply and the agent's transcript have its words. Only what the rules
 * name outright counts; a request for a person or a question about a service still gets the polite refusal.
 */
export function crisisBeyondLimit(input: GuardedInput, rawText: string, safety: Pick<SafetyCheck, 'check'>): GuardedInput {
  if (input.problem !== 'too-long') return input;
  // Stripped before it is cut, so invisible padding cannot push a crisis out of the part that is read.
  const sent = stripInvisible(rawText).slice(0, CRISIS_READ_LIMIT);
  const text = withoutMarkup(sent);
  const signal = safety.check(text);
  if (!signal || signal.category === 'human' || asksAboutService(text, safety)) return input;
  return { text, sent };
}
