import { ConversationMemory, Lang, Reply, ReplyButton, TurnOutcome } from './types';

/** A reply that tells the citizen something without answering from an article: a confirmation, a step, a limit. */
export function notice(lang: Lang, text: string, reason: string, suggestions?: ReplyButton[]): Reply {
  return { kind: 'notice', lang, text, reason, ...(suggestions ? { suggestions } : {}) };
}

/** A turn that ends with one reply. */
export function single(memory: ConversationMemory, reply: Reply): TurnOutcome {
  return { replies: [reply], memory };
}
