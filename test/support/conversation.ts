import { Activity, ActivityTypes, MemoryStorage, Storage, TestAdapter } from 'botbuilder';
import pino, { Logger } from 'pino';
import { ConversationLog } from '../../dialogs/conversationLog';
import { buildBot } from '../../bot/buildBot';
import { loadConfig } from '../../bot/config';
import { LoketBot } from '../../bot/loketBot';
import { AnswerPolicySettings } from '../../dialogs/answerPolicy';
import { KnowledgeAccess } from '../../dialogs/conversationFlow';
import { knowledgeSourceOf } from '../../evals/knowledgeArguments';
import { holderOf } from './knowledge';
import { DEMO_CONTENT } from './paths';

/** A citizen talking to the real LoketBot through the Bot Framework TestAdapter. */
export class TestConversation {
  private readonly adapter: TestAdapter;
  private readonly logic: (context: Parameters<LoketBot['run']>[0]) => Promise<void>;

  /** Web Chat's channel by default, so suggested actions are rendered as they are on the page. */
  readonly id = `test-${Math.random().toString(36).slice(2)}`;

  constructor(bot: LoketBot, locale?: string, channelId = 'directline') {
    const reference = TestAdapter.createConversation(this.id);
    reference.channelId = channelId;
    this.adapter = new TestAdapter(reference, locale ? { locale } : {});
    this.logic = (context) => bot.run(context);
  }

  /** Sends a message (text or a full activity) and returns the bot's replies to it. */
  async say(message: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const activity = typeof message === 'string' ? { type: ActivityTypes.Message, text: message } : { type: ActivityTypes.Message, ...message };
    await this.adapter.processActivity(activity, this.logic);
    return this.adapter.activeQueue.splice(0);
  }

  /** Presses a suggested-action button of an earlier reply, as Web Chat does (messageBack). */
  async press(reply: Partial<Activity> | undefined, label: RegExp): Promise<Partial<Activity>[]> {
    const action = reply?.suggestedActions?.actions.find((candidate) => label.test(candidate.title));
    if (!action) throw new Error(`no button matching ${label}`);
    return this.say({ text: action.text, value: action.value });
  }
}

export function testBot(
  knowledge: KnowledgeAccess,
  storage: Storage = new MemoryStorage(),
  policy: Partial<AnswerPolicySettings> = {},
  extra: { conversationLog?: ConversationLog; logger?: Logger } = {},
): LoketBot {
  const config = loadConfig({});
  return buildBot({
    config: { ...config, answerPolicy: { ...config.answerPolicy, ...policy } },
    knowledge,
    storage,
    logger: extra.logger ?? pino({ level: 'silent' }),
    ...(extra.conversationLog ? { conversationLog: extra.conversationLog } : {}),
  });
}

export function loketData(reply: Partial<Activity> | undefined): { kind?: string; reason?: string; articleId?: string; options?: string[]; handover?: string } {
  return ((reply?.channelData as { loket?: object } | undefined)?.loket ?? {}) as ReturnType<typeof loketData>;
}

/** Loket over the demo knowledge base with its synonym list, as `npm start` runs it. */
export async function demoBot(policy: Partial<AnswerPolicySettings> = {}): Promise<LoketBot> {
  return testBot(await holderOf(knowledgeSourceOf({ knowledge: DEMO_CONTENT, format: 'markdown' })), new MemoryStorage(), policy);
}
