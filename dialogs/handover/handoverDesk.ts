import { Lang } from '../types';
import { CallbackRequest, HandoverReason, TurnRecord } from './handover';

export interface HandoverRequest {
  conversationId: string;
  channelId: string;
  reason: HandoverReason;
  detail?: string;
  lang: Lang;
  /** The conversation so far, redacted. */
  history: TurnRecord[];
  /** The channel's conversation reference (opaque). */
  reference: unknown;
  callback?: CallbackRequest;
}

/** `unavailable`: no contact centre behind this chat at all; the citizen gets the phone number. */
export type Availability =
  { status: 'open' } | { status: 'closed'; holiday?: string; nextOpening?: Date } | { status: 'no-agents' } | { status: 'unavailable' };

export interface QueuePlace {
  handoverId: string;
  position: number;
  /** Minutes, only when recent waiting times allow an honest estimate. */
  waitMinutes?: number;
}

export type HandoverState = { state: 'queued'; place: QueuePlace } | { state: 'assigned'; agent: string } | { state: 'ended' };

/**
 * What the conversation flow needs from the contact centre. The flow never
 * sees queues, agents or Redis; the contact centre (adapters/handover)
 * implements this, and without one the citizen gets the phone number.
 */
export interface HandoverDesk {
  availability(): Promise<Availability>;
  start(request: HandoverRequest): Promise<QueuePlace>;
  /** Leaves a question to be answered later by phone or e-mail. */
  leaveCallback(request: HandoverRequest & { callback: CallbackRequest }): Promise<void>;
  state(handoverId: string): Promise<HandoverState>;
  /** A citizen message during a handover, for the agent. */
  relay(handoverId: string, text: string): Promise<void>;
  cancel(handoverId: string): Promise<void>;
}

export const NO_HANDOVER_DESK: HandoverDesk = {
  availability: () => Promise.resolve({ status: 'unavailable' }),
  start: () => Promise.reject(new Error('no contact centre is configured')),
  leaveCallback: () => Promise.reject(new Error('no contact centre is configured')),
  state: () => Promise.resolve({ state: 'ended' }),
  relay: () => Promise.resolve(),
  cancel: () => Promise.resolve(),
};
