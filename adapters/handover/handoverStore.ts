import { Handover, HandoverMessage, HandoverStatus } from '../../dialogs/handover/handover';

/** Something changed; every process's consoles and deliveries listen to these. */
export type HandoverEvent =
  | { type: 'handover'; handover: Handover }
  | { type: 'message'; handoverId: string; message: HandoverMessage }
  /** The set of online agents changed. */
  | { type: 'agents' };

/** An agent message (or notice) that could not reach the citizen yet; retried until it does or is given up. */
export interface PendingDelivery {
  handoverId: string;
  messageId: string;
  attempts: number;
}

/**
 * Where handovers, their transcripts and the live relay live. Two
 * implementations with the same contract (test/integration/handoverStore.test.ts):
 * in memory for one process, Redis for several. Status changes are atomic
 * compare-and-set, so two agents can never claim the same conversation.
 */
export interface HandoverStore {
  /** Stores a new handover with its transcript so far and, when queued, puts it in the queue. */
  create(handover: Handover, messages: HandoverMessage[]): Promise<void>;
  get(id: string): Promise<Handover | undefined>;
  /** The active (queued or assigned) handover of a conversation. */
  activeFor(conversationId: string): Promise<Handover | undefined>;
  /** Queued handovers, most urgent first, then longest waiting. */
  queued(): Promise<Handover[]>;
  /** Assigned handovers (all agents). */
  assigned(): Promise<Handover[]>;
  /**
   * Applies `changes` only if the handover's status is one of `from`; returns
   * the updated handover, or undefined when it was not (someone else was first).
   */
  transition(id: string, from: HandoverStatus[], changes: Partial<Handover>): Promise<Handover | undefined>;
  append(message: HandoverMessage): Promise<void>;
  messages(handoverId: string): Promise<HandoverMessage[]>;
  /** Remembers how long a claimed handover waited, for honest wait estimates. */
  recordWait(ms: number): Promise<void>;
  recentWaits(): Promise<number[]>;
  /** Agent presence, by heartbeat. */
  markOnline(agent: string, at: number): Promise<void>;
  markOffline(agent: string): Promise<void>;
  onlineAgents(since: number): Promise<string[]>;
  /** Deliveries to retry; `takeDelivery` hands each one to exactly one process. */
  deferDelivery(delivery: PendingDelivery): Promise<void>;
  takeDelivery(): Promise<PendingDelivery | undefined>;
  publish(event: HandoverEvent): Promise<void>;
  subscribe(listener: (event: HandoverEvent) => void): () => void;
  /** Removes closed handovers (with any callback details) closed before `before`. */
  purgeClosed(before: number): Promise<number>;
  close(): Promise<void>;
}
