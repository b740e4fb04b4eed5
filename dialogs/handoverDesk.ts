/**
 * Where a citizen's request for a human goes. The contact-centre queue
 * (handover issue) implements this; until one is configured, Loket tells the
 * citizen how to reach the organisation instead of pretending to connect.
 */
export interface HandoverRequest {
  conversationId: string;
  channelId: string;
  reason: string;
}

export type HandoverResult = { status: 'queued'; position: number } | { status: 'unavailable' };

export interface HandoverDesk {
  request(handover: HandoverRequest): Promise<HandoverResult>;
}

export const NO_HANDOVER_DESK: HandoverDesk = {
  request: () => Promise.resolve({ status: 'unavailable' }),
};
