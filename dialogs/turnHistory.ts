import { isArticleChoice } from './clarification';
import { TurnRecord } from './handover/handover';
import { withoutPlaceholders } from './privacy/redactPersonalData';
import { CitizenMessage, ConversationMemory, Reply } from './types';

/** Turns kept in a conversation's memory: enough for an agent's context, little to store. */
const HISTORY_TURNS = 12;
const HISTORY_TEXT = 400;

/** What the citizen said (already redacted), or the button pressed. */
export function citizenRecord(message: CitizenMessage, text: string): TurnRecord {
  const said = text || (message.action ? `[${message.action.type}]` : '');
  return { from: 'citizen', text: said.slice(0, HISTORY_TEXT), at: Date.now() };
}

/** What Loket replied, with the article it answered from and the topics it offered: the agent console shows them. */
export function botRecord(reply: Reply): TurnRecord {
  const offered = (reply.choices ?? []).filter(isArticleChoice).map((choice) => choice.label);
  return {
    from: 'bot',
    text: reply.text.slice(0, HISTORY_TEXT),
    at: Date.now(),
    kind: reply.kind,
    ...(reply.source ? { articleTitle: reply.source.title } : {}),
    ...(offered.length > 0 ? { offered } : {}),
  };
}

/** Adds records, keeping the last turns only. */
export function remember(memory: ConversationMemory, ...records: TurnRecord[]): ConversationMemory {
  return { ...memory, history: [...(memory.history ?? []), ...records].slice(-HISTORY_TURNS * 2) };
}

/**
 * The citizen's question that the last reply answered, when the last reply
 * was an answer; the history ends with the message being read now.
 */
export function questionAnsweredLast(history: TurnRecord[] | undefined): string | undefined {
  const earlier = (history ?? []).slice(0, -1);
  const asked = earlier.findLastIndex((record) => record.from === 'citizen');
  if (asked < 0 || earlier.at(-1)?.kind !== 'answer') return undefined;
  return withoutPlaceholders(earlier[asked]?.text ?? '');
}
