import { randomBytes } from 'node:crypto';
import { TurnStatus } from './turnStatus';
import { FeedbackWhy, Lang } from './types';

/**
 * One line of the conversation log. `turn`: what a citizen asked (redacted)
 * and what the bot did; `feedback`: a rating of an answer; `agent-answer`: what
 * an agent replied in a handover they marked resolved (a draft for editors);
 * `review`: an editor's decision on logged questions.
 */
export interface ConversationEvent {
  id: string;
  at: number;
  kind: 'turn' | 'feedback' | 'agent-answer' | 'review';
  conversationId: string;
  channel: string;
  lang: Lang;
  /** Citizen text after redaction, or the agent's redacted answer. Never raw. */
  text?: string;
  status?: TurnStatus;
  /** The reply's finer reason ("abstain:low-confidence", "crisis:suicide"). */
  reason?: string;
  articleId?: string;
  score?: number;
  feedback?: { helpful: boolean; why?: FeedbackWhy };
  /** Display name of the agent, for agent answers. */
  agent?: string;
  /** The question that led to the handover, for agent answers. */
  question?: string;
  review?: ReviewDecision;
  ms?: number;
}

export interface ReviewDecision {
  action: 'linked' | 'dismissed' | 'written';
  eventIds: string[];
  articleId?: string;
  /** Login name of the editor. */
  by: string;
}

/**
 * Where conversation events are kept: an append-only log with two ways to
 * remove entries, the retention purge and a citizen's erasure request.
 */
export interface ConversationLog {
  append(event: ConversationEvent): Promise<void>;
  /** Every event at or after `since` (ms), oldest first. */
  read(since: number): Promise<ConversationEvent[]>;
  /** Removes all events of one conversation; returns how many. */
  erase(conversationId: string): Promise<number>;
  /** Removes events older than `before` (ms); returns how many (or files, for the file log). */
  purge(before: number): Promise<number>;
  close(): Promise<void>;
}

/** Time-ordered and unique without coordination between processes. */
export function newEventId(at: number): string {
  return `${at.toString(36).padStart(9, '0')}-${randomBytes(5).toString('hex')}`;
}
