import { ConversationEvent } from '../../dialogs/conversationLog';

/** A logged turn; the id's number is its time ("e3" at 3 ms), each in a conversation of its own. */
export function loggedTurn(id: string, text: string, status: ConversationEvent['status'], reason: string): ConversationEvent {
  return {
    id,
    at: Number(id.slice(1)),
    kind: 'turn',
    conversationId: `c${id}`,
    channel: 'directline',
    lang: 'nl',
    text,
    status,
    reason,
  };
}
