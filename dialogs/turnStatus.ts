import { Reply, TurnOutcome } from './types';

/** What the bot did with one turn, as one value: the unit of the conversation log and the editors' figures. */
export const TURN_STATUSES = [
  'answered',
  'clarified',
  'abstained',
  'guardrail',
  'handover-offered',
  'handed-over',
  'handover-unavailable',
  'with-agent',
  'feedback',
  'error',
  'other',
] as const;
export type TurnStatus = (typeof TURN_STATUSES)[number];

/**
 * Reads the status from the turn's replies. Order matters: a crisis that
 * also queued the citizen is a guardrail; an answer that offers a person is
 * still an answer.
 */
export function turnStatus(outcome: Pick<TurnOutcome, 'replies' | 'handoverStarted'>): TurnStatus {
  const replies = outcome.replies;
  if (replies.some((reply) => reply.kind === 'crisis')) return 'guardrail';
  if (outcome.handoverStarted) return 'handed-over';
  if (replies.some((reply) => reply.reason === 'handover:unavailable')) return 'handover-unavailable';
  if (replies.length === 0 || replies.some((reply) => reply.reason === 'handover:relayed')) return 'with-agent';
  // Still starting counts as a failure to serve: the operator's figures must show it.
  if (replies.some((reply) => reply.reason === 'error' || reply.reason === 'starting')) return 'error';
  const main = mainReply(replies);
  if (main?.reason.startsWith('feedback:')) return 'feedback';
  if (main?.kind === 'answer') return 'answered';
  if (main?.kind === 'clarify') return 'clarified';
  if (main?.kind === 'abstain') return 'abstained';
  if (main?.kind === 'handover') return 'handover-offered';
  return 'other';
}

/**
 * The reply that says what the turn was: a crisis reply, also when the
 * turn's own reply follows a check-in; otherwise the last one that is not a
 * notice ("Ik verbind u door" after an answer is still an answer).
 */
export function mainReply(replies: Reply[]): Reply | undefined {
  return replies.find((reply) => reply.kind === 'crisis') ?? [...replies].reverse().find((reply) => reply.kind !== 'notice') ?? replies.at(-1);
}
