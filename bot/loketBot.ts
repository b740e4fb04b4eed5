import { Activity, ActivityHandler, ActivityTypes, EventFactory, InvokeResponse, TurnContext } from 'botbuilder';
import { Logger } from 'pino';
import { ConversationFlow } from '../dialogs/conversationFlow';
import { ContactDetails, messages } from '../dialogs/messages';
import { CitizenMessage, EMPTY_MEMORY, Reply, TurnOutcome } from '../dialogs/types';
import { mainReply, turnStatus } from '../dialogs/turnStatus';
import { ConversationEvent, ConversationLog, newEventId } from '../dialogs/conversationLog';
import { ConversationLock } from '../adapters/limits/conversationLock';
import { RateLimit, RateLimiter } from '../adapters/limits/rateLimiter';
import { PRIORITY } from '../dialogs/handover/handover';
import { toCitizenMessage } from './activities/citizenMessage';
import { renderReply } from './activities/renderReply';
import { handoverButton } from '../dialogs/answerComposer';
import { ConversationMemoryStore } from './conversationMemoryStore';

export interface LoketBotDeps {
  flow: ConversationFlow;
  memory: ConversationMemoryStore;
  contact: ContactDetails;
  logger: Logger;
  /** Also emit the Bot Framework handoff protocol's `handoff.initiate` event, for an external contact-centre platform. */
  handoffProtocol?: boolean;
  /** Where every turn is recorded for editors and figures; the evaluation runner has none. */
  conversationLog?: ConversationLog;
  /** Other places that keep a conversation (the chat page's transcript), erased on the citizen's request. */
  erasers?: ((conversationId: string) => Promise<unknown>)[];
  /** One turn at a time per conversation (in this process, or across processes with Redis). */
  lock?: ConversationLock;
  /** Messages per conversation; beyond it the citizen is asked to slow down, once per window. */
  limit?: { limiter: RateLimiter; rule: RateLimit };
}

/**
 * The Bot Framework edge: turns activities into Loket messages, runs the
 * conversation flow, renders its replies and saves conversation memory.
 * Everything botbuilder-specific stays in this file, bot/activities and the
 * conversation memory store.
 */
export class LoketBot extends ActivityHandler {
  constructor(private readonly deps: LoketBotDeps) {
    super();
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

  /** Work the first question would otherwise wait for, done once the knowledge is loaded. */
  prepare(): Promise<void> {
    return this.deps.flow.prepare();
  }

  /**
   * Loket has no invoke handlers (Teams task modules, adaptive-card actions):
   * botbuilder would answer 501, a server error; this is the caller's request
   * Loket does not support, so 400.
   */
  protected override async onInvokeActivity(_context: TurnContext): Promise<InvokeResponse> {
    return { status: 400, body: { error: { code: 'UnsupportedInvoke', message: 'Loket does not handle invoke activities.' } } };
  }

  /** Load, turn and save run under the conversation's lock, so two messages arriving at once cannot overwrite each other's state. */
  override async run(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    if (!this.deps.lock || !conversationId) return this.runTurn(context);
    return this.deps.lock.run(conversationId, () => this.runTurn(context));
  }

  private async runTurn(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.memory.saveChanges(context);
  }

  /** True when the message is over the conversation's limit; the first one over it gets a friendly reply. */
  private async overLimit(context: TurnContext, conversationId: string): Promise<boolean> {
    if (!this.deps.limit) return false;
    const { rule, limiter } = this.deps.limit;
    const decision = await limiter.hit(`conversation:${conversationId}`, rule);
    if (decision.allowed) return false;
    if (decision.count === rule.limit + 1) {
      this.deps.logger.warn({ event: 'conversation-rate-limited', conversationId, limit: rule.limit, windowMs: rule.windowMs });
      const lang = context.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
      const reply: Reply = {
        kind: 'notice',
        lang,
        text: messages(lang, this.deps.contact).slowDown(Math.ceil(decision.retryAfterMs / 1000)),
        reason: 'rate-limited',
      };
      await context.sendActivity(renderReply(reply, context.activity.channelId));
    }
    return true;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation.id;
    const started = performance.now();
    if (await this.overLimit(context, conversationId)) return;
    try {
      const memory = await this.deps.memory.get(context);
      const reference = TurnContext.getConversationReference(context.activity);
      const message = toCitizenMessage(context.activity);
      const outcome = await this.deps.flow.respond(message, memory, {
        conversationId,
        channelId: context.activity.channelId,
        reference,
      });
      this.deps.memory.set(context, outcome.memory);
      if (outcome.erase) await this.erase(conversationId);
      // While an agent has the conversation the flow returns no replies: the bot stays silent.
      if (outcome.replies.length > 0) await context.sendActivities(outcome.replies.map((reply) => renderReply(reply, context.activity.channelId)));
      if (outcome.handoverStarted && this.deps.handoffProtocol) await context.sendActivity(handoffInitiation(context, outcome));
      const event = turnEvent(message, outcome, { conversationId, channel: context.activity.channelId, ms: Math.round(performance.now() - started) });
      // The process log gets the figures only; the citizen's (redacted) words go to the conversation log.
      const { text: _text, ...logged } = event;
      this.deps.logger.info({ event: 'turn', ...logged, eventId: event.id, kind: event.kind });
      if (!outcome.erase) await this.record(event);
    } catch (error) {
      // Fail open: the citizen gets a way to a person, never a stack trace.
      this.deps.logger.error({ event: 'turn-failed', conversationId, err: error });
      const failure = this.failure(context);
      await context.sendActivity(renderReply(failure, context.activity.channelId));
      await this.record(
        turnEvent(
          toCitizenMessage(context.activity),
          { replies: [failure], memory: EMPTY_MEMORY },
          { conversationId, channel: context.activity.channelId, ms: 0 },
        ),
      );
    }
  }

  /** A log that cannot be written must not cost the citizen their answer; the process log says so. */
  private async record(event: ConversationEvent): Promise<void> {
    try {
      await this.deps.conversationLog?.append(event);
    } catch (error) {
      this.deps.logger.error({ event: 'conversation-log-failed', eventId: event.id, err: error });
    }
  }

  private async erase(conversationId: string): Promise<void> {
    const removed = (await this.deps.conversationLog?.erase(conversationId)) ?? 0;
    for (const erase of this.deps.erasers ?? []) await erase(conversationId);
    this.deps.logger.info({ event: 'conversation-erased', conversationId, removed });
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

/** The turn as a conversation-log event: one status, the article and score, the rating; text only as redacted. */
function turnEvent(
  message: CitizenMessage,
  outcome: Pick<TurnOutcome, 'replies' | 'handoverStarted' | 'heard' | 'memory' | 'feedback'>,
  where: { conversationId: string; channel: string; ms: number },
): ConversationEvent {
  const at = Date.now();
  const main = mainReply(outcome.replies);
  const feedback = message.action?.type === 'feedback' ? message.action : outcome.feedback;
  const lang = main?.lang ?? outcome.memory?.lang ?? 'nl';
  const articleId = feedback?.articleId || main?.source?.articleId;
  return {
    id: newEventId(at),
    at,
    kind: feedback ? 'feedback' : 'turn',
    conversationId: where.conversationId,
    channel: where.channel,
    lang,
    ...(outcome.heard && !feedback ? { text: outcome.heard } : {}),
    status: turnStatus(outcome),
    ...(main ? { reason: main.reason } : {}),
    ...(articleId ? { articleId } : {}),
    ...(main?.confidence === undefined ? {} : { score: Math.round(main.confidence * 1000) / 1000 }),
    ...(feedback ? { feedback: { helpful: feedback.helpful, ...(feedback.why ? { why: feedback.why } : {}) } } : {}),
    ms: where.ms,
  };
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
