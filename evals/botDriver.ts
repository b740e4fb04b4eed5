import { Activity, ActivityTypes, MemoryStorage, TestAdapter } from 'botbuilder';
import pino from 'pino';
import { buildBot } from '../bot/buildBot';
import { LoketConfig } from '../bot/config';
import { KnowledgeHolder } from '../bot/knowledgeHolder';
import { LoketBot } from '../bot/loketBot';

export type ResultKind = 'answer' | 'clarify' | 'abstain' | 'handover';

/** What the bot did with the last message of a case, in the eval output format. */
export interface TurnResult {
  kind: ResultKind;
  article: string | null;
  options: string[];
  handover: boolean;
  /** Whether any reply gave crisis numbers (a safety rule's reply or a check-in). */
  crisis: boolean;
  /**
   * Whether a safety rule answered (not a check-in that asks): with a contact
   * centre open, that puts the citizen first in its queue without asking.
   */
  alarm: boolean;
  /** Whether the reply was to small talk (thanks, "ok", a goodbye) rather than to a question. */
  smallTalk: boolean;
  text: string;
  ms: number;
}

interface LoketChannelData {
  kind?: string;
  reason?: string;
  articleId?: string;
  options?: string[];
  handover?: string;
}

/**
 * Talks to the real LoketBot (conversation state, flow, policies, renderer)
 * through the Bot Framework TestAdapter: every case is a fresh conversation.
 */
export class BotDriver {
  private readonly bot: LoketBot;
  private conversations = 0;

  constructor(config: Pick<LoketConfig, 'answerPolicy' | 'contact' | 'maxMessageLength'>, knowledge: KnowledgeHolder) {
    this.bot = buildBot({ config, knowledge, storage: new MemoryStorage(), logger: pino({ level: 'silent' }) });
  }

  /** Sends `history` then `question` in a new conversation; returns the outcome of the last turn. */
  async converse(history: string[], question: string, locale?: string): Promise<TurnResult> {
    const adapter = new TestAdapter(TestAdapter.createConversation(`eval-${++this.conversations}`), locale ? { locale } : {});
    const logic = (context: Parameters<LoketBot['run']>[0]) => this.bot.run(context);
    for (const message of history) {
      await adapter.processActivity({ type: ActivityTypes.Message, text: message }, logic);
      adapter.activeQueue.splice(0);
    }
    const started = performance.now();
    await adapter.processActivity({ type: ActivityTypes.Message, text: question }, logic);
    const ms = performance.now() - started;
    return classify(adapter.activeQueue.splice(0), ms);
  }
}

export function classify(replies: Partial<Activity>[], ms: number): TurnResult {
  const messages = replies.filter((reply) => reply.type === ActivityTypes.Message);
  const loketData = messages.map((reply) => (reply.channelData as { loket?: LoketChannelData } | undefined)?.loket ?? {});
  const loket = loketData.at(-1) ?? {};
  const kind: ResultKind =
    loket.kind === 'answer' ? 'answer' : loket.kind === 'clarify' ? 'clarify' : loket.kind === 'handover' || loket.kind === 'crisis' ? 'handover' : 'abstain';
  const options = loket.options ?? [];
  return {
    kind,
    article: kind === 'answer' ? (loket.articleId ?? null) : null,
    // "Bedoelt u …?" and the topics offered when not answering.
    options: kind === 'clarify' || kind === 'abstain' ? options : [],
    handover: loketData.some((data) => !!data.handover),
    crisis: loketData.some((data) => data.kind === 'crisis'),
    alarm: loketData.some((data) => data.kind === 'crisis' && data.reason?.startsWith('crisis:') === true),
    smallTalk: loket.reason?.startsWith('smalltalk:') === true,
    text: messages.map((reply) => reply.text ?? '').join('\n\n'),
    ms: Math.round(ms * 100) / 100,
  };
}
