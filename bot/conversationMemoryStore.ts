import { Storage, StoreItem, TurnContext } from 'botbuilder';
import { ConversationMemory, EMPTY_MEMORY } from '../dialogs/types';

/** The property of the stored conversation state that holds Loket's memory (as with `ConversationState.createProperty('loket')`). */
const PROPERTY = 'loket';

/** What one turn read, and the memory it leaves, kept in the turn's own state. */
interface TurnMemory {
  stored: StoreItem;
  changed?: ConversationMemory;
}

/**
 * Conversation memory in a Bot Framework `Storage`, under the same key, in the
 * same shape and with the same load / set / saveChanges steps as botbuilder's
 * `ConversationState` with a `loket` property, so stored conversations carry
 * over. Unlike `ConversationState` it does not hash the whole state (a JSON
 * string and SHA-256) on load, before saving and after saving to find out
 * whether it changed: a turn that sets the memory has changed it (its history
 * grows every turn), so the three hashes only cost time, some 5% of a turn.
 */
export class ConversationMemoryStore {
  private readonly turnKey = Symbol('loket conversation memory');

  constructor(private readonly storage: Storage) {}

  async get(context: TurnContext): Promise<ConversationMemory> {
    const key = storageKey(context);
    const stored = (await this.storage.read([key]))[key] ?? {};
    context.turnState.set(this.turnKey, { stored } satisfies TurnMemory);
    return (stored[PROPERTY] as ConversationMemory | undefined) ?? { ...EMPTY_MEMORY };
  }

  /** Takes effect in `saveChanges`, at the end of the turn. */
  set(context: TurnContext, memory: ConversationMemory): void {
    const turn = context.turnState.get<TurnMemory | undefined>(this.turnKey);
    if (!turn) throw new Error('conversation memory set before it was read in this turn');
    turn.changed = memory;
  }

  /** Writes the memory set in this turn, if any; last write wins (eTag "*"), as in `ConversationState`, for the conversation lock keeps turns apart. */
  async saveChanges(context: TurnContext): Promise<void> {
    const turn = context.turnState.get<TurnMemory | undefined>(this.turnKey);
    if (!turn?.changed) return;
    await this.storage.write({ [storageKey(context)]: { ...turn.stored, [PROPERTY]: turn.changed, eTag: '*' } });
  }
}

/** `ConversationState`'s key: channel and conversation, with its empty namespace. */
function storageKey(context: TurnContext): string {
  const { channelId, conversation } = context.activity;
  if (!channelId) throw new Error('missing activity.channelId');
  if (!conversation?.id) throw new Error('missing activity.conversation.id');
  return `${channelId}/conversations/${conversation.id}/`;
}
