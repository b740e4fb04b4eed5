import { Activity, ActivityHandler, ActivityTypes, ConversationState, EventFactory, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { Logger } from 'pino';
import { ConversationFlow } from '../dialogs/conversationFlow';
import { ContactDetails, messages } from '../dialogs/messages';
import { ConversationMemory, EMPTY_MEMORY, Reply, TurnOutcome } from '../dialogs/types';
import { PRIORITY } from '../dialogs/handover/handover';
import { toCitizenMessage } from './activities/citizenMessage';
import { renderReply } from './activities/renderReply';
import { handoverButton } from '../dialogs/answerComposer';

export interface LoketBotDeps {
  flow: ConversationFlow;
  conversationState: ConversationState;
  contact: ContactDetails;
  logger: Logger;
  /** Also emit the Bot Framework handoff protocol's `handoff.initiate` event, for an external contact-centre platform. */
  handoffProtocol?: boolean;
}

/**
 * The Bot Framework edge: turns activities into Loket messages, runs the
 * conversation flow, renders its replies and saves conversation memory.
 * Everything botbuilder-specific stays in this file and bot/activities.
 */
export class LoketBot extends ActivityHandler {
  private readonly memory: StatePropertyAccessor<ConversationMemory>;

  constructor(private readonly deps: LoketBotDeps) {
    super();
    this.memory = deps.conversationState.createProperty<ConversationMemory>('loket');
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient.id);
      if (joined) await context.sendActivity(renderReply(this.welcome(context), context.activity.channelId));
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation.id;
    const started = performance.now();
    try {
      const memory = await this.memory.get(context, { ...EMPTY_MEMORY });
      const reference = TurnContext.getConversationReference(context.activity);
      const outcome = await this.deps.flow.respond(toCitizenMessage(context.activity), memory, {
        conversationId,
        channelId: context.activity.channelId,
        reference,
      });
      await this.memory.set(context, outcome.memory);
      // While an agent has the conversation the flow returns no replies: the bot stays silent.
      if (outcome.replies.length > 0) await context.sendActivities(outcome.replies.map((reply) => renderReply(reply, context.activity.channelId)));
      if (outcome.handoverStarted && this.deps.handoffProtocol) await context.sendActivity(handoffInitiation(context, outcome));
      const last = outcome.replies[outcome.replies.length - 1];
      this.deps.logger.info({
        event: 'turn',
        conversationId,
        channelId: context.activity.channelId,
        kind: last?.kind,
        reason: last?.reason,
        articleId: last?.source?.articleId,
        confidence: last?.confidence,
        ms: Math.round(performance.now() - started),
      });
    } catch (error) {
      // Fail open: the citizen gets a way to a person, never a stack trace.
      this.deps.logger.error({ event: 'turn-failed', conversationId, err: error });
      await context.sendActivity(renderReply(this.failure(context), context.activity.channelId));
    }
  }

  private welcome(context: TurnContext): Reply {
    const lang = context.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
    return { kind: 'notice', lang, text: messages(lang, this.deps.contact).welcome, reason: 'welcome' };
  }

  private failure(context: TurnContext): Reply {
    const lang = context.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
    return {
      kind: 'notice',
      lang,
      text: messages(lang, this.deps.contact).failure,
      handover: 'offered',
      suggestions: [{ ...handoverButton(lang, this.deps.contact), action: { type: 'handover', reason: 'bot-error' } }],
      reason: 'error',
    };
  }
}

/** The Bot Framework handoff event (botbuilder's EventFactory), with the redacted conversation so far as its transcript. */
function handoffInitiation(context: TurnContext, outcome: TurnOutcome): Partial<Activity> {
  const started = outcome.handoverStarted as NonNullable<TurnOutcome['handoverStarted']>;
  const activities = started.history.map(
    (turn) =>
      ({
        type: ActivityTypes.Message,
        text: turn.text,
        timestamp: new Date(turn.at),
        from: turn.from === 'citizen' ? context.activity.from : context.activity.recipient,
      }) as Activity,
  );
  return EventFactory.createHandoffInitiation(context, { reason: started.reason, priority: PRIORITY[started.reason] }, { activities });
}
