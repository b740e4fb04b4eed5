import { Lang } from '../types';

/** Why the bot brought in a person; recorded on every handover. */
export const HANDOVER_REASONS = ['requested', 'crisis', 'repeated-failure', 'not-helpful', 'distress', 'sensitive-topic', 'bot-error', 'callback'] as const;
export type HandoverReason = (typeof HANDOVER_REASONS)[number];

export type HandoverStatus = 'queued' | 'assigned' | 'closed' | 'cancelled';

/** Lower is more urgent: the queue is ordered by priority, then by waiting time. */
export const PRIORITY: Record<HandoverReason, number> = {
  crisis: 0,
  distress: 1,
  'bot-error': 2,
  requested: 2,
  'repeated-failure': 2,
  'not-helpful': 2,
  'sensitive-topic': 2,
  callback: 3,
};

/** A callback task: the one place Loket keeps a citizen's phone number or e-mail address, until the task is closed. */
export interface CallbackRequest {
  method: 'phone' | 'email';
  address: string;
  question: string;
}

/** One conversation handed to the contact centre. */
export interface Handover {
  id: string;
  conversationId: string;
  channelId: string;
  reason: HandoverReason;
  /** Finer reason for agents and logs ("crisis:suicide", an article id). */
  detail?: string;
  priority: number;
  status: HandoverStatus;
  lang: Lang;
  firstQuestion: string;
  createdAt: number;
  claimedAt?: number;
  closedAt?: number;
  /** Login name and display name of the agent who has it. */
  agent?: string;
  agentName?: string;
  outcome?: string;
  /** The queue position the citizen was last told, so they hear only when it improves. */
  toldPosition?: number;
  callback?: CallbackRequest;
  /** The channel's conversation reference, opaque to Loket: how agent messages reach the citizen. */
  reference: unknown;
}

export type MessageSender = 'citizen' | 'bot' | 'agent' | 'system';

/** A line of the handover transcript: what was said before and during the handover. */
export interface HandoverMessage {
  id: string;
  handoverId: string;
  from: MessageSender;
  /** Citizen text is redacted before it gets here. */
  text: string;
  at: number;
  /** Display name of the agent who wrote it. */
  agent?: string;
  /** For bot lines: the reply kind (answer, abstain, …) and the article it used. */
  kind?: string;
  articleTitle?: string;
  /** For bot lines that offered articles to choose ("Bedoelt u …?", topics instead of an answer): their titles. */
  offered?: string[];
}

/** What the conversation flow remembers of earlier turns, copied into a handover so the citizen need not repeat it. */
export type TurnRecord = Omit<HandoverMessage, 'id' | 'handoverId'>;

export function isActive(handover: Pick<Handover, 'status'>): boolean {
  return handover.status === 'queued' || handover.status === 'assigned';
}
