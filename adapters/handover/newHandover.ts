import { randomUUID } from 'node:crypto';
import { Handover, HandoverMessage, PRIORITY } from '../../dialogs/handover/handover';
import { HandoverRequest } from '../../dialogs/handover/handoverDesk';

// Pure builders, apart from the contact centre, so what a new handover holds is read in one place.

/** A queued handover for a citizen's request, created at `at`. */
export function newHandover(request: HandoverRequest, at: number): Handover {
  const firstQuestion = request.callback?.question ?? request.history.find((turn) => turn.from === 'citizen')?.text ?? '';
  return {
    id: randomUUID(),
    conversationId: request.conversationId,
    channelId: request.channelId,
    reason: request.reason,
    ...(request.detail ? { detail: request.detail } : {}),
    priority: PRIORITY[request.reason],
    status: 'queued',
    lang: request.lang,
    firstQuestion,
    createdAt: at,
    ...(request.callback ? { callback: request.callback } : {}),
    reference: request.reference,
  };
}

/** The conversation so far, as the handover's first transcript lines. */
export function openingTranscript(handoverId: string, request: HandoverRequest): HandoverMessage[] {
  return request.history.map((turn) => ({ ...turn, id: randomUUID(), handoverId }));
}
