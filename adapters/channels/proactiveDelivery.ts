import { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import { CitizenDelivery } from '../handover/contactCentre';
import { Handover, HandoverMessage } from '../../dialogs/handover/handover';

export interface ProactiveDeliveryDeps {
  /** The adapter for Loket's own chat page, and the channel id its conversations carry. */
  local: { adapter: CloudAdapter; channelId: string };
  /** The adapter for Bot Framework channels (`/api/messages`) and the bot's app id there. */
  channel: { adapter: CloudAdapter; appId: string };
}

/**
 * Reaches a citizen outside their own turn, the Bot Framework way: a
 * proactive message on the stored conversation reference. Any process can
 * deliver, because the reference names the channel's service URL (for the
 * chat page: the local connector of the process the citizen is connected to).
 */
export class ProactiveDelivery implements CitizenDelivery {
  constructor(private readonly deps: ProactiveDeliveryDeps) {}

  async send(handover: Handover, message: HandoverMessage): Promise<void> {
    const local = handover.channelId === this.deps.local.channelId;
    const adapter = local ? this.deps.local.adapter : this.deps.channel.adapter;
    let failure: unknown;
    // The adapter's turn-error handler would swallow a failed send; the contact centre must know, to retry it.
    await adapter.continueConversationAsync(local ? '' : this.deps.channel.appId, handover.reference as Partial<ConversationReference>, async (context) => {
      try {
        await context.sendActivity(toActivity(handover, message));
      } catch (error) {
        failure = error;
      }
    });
    if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  }
}

/** Agent text goes out as plain text (never Markdown or HTML), named, so the citizen knows a person wrote it. */
function toActivity(handover: Handover, message: HandoverMessage): Partial<Activity> {
  const locale = handover.lang === 'en' ? 'en-US' : 'nl-NL';
  if (message.from === 'agent') {
    const role = handover.lang === 'en' ? 'employee' : 'medewerker';
    return {
      type: 'message',
      text: `${message.agent ?? ''} (${role}): ${message.text}`,
      textFormat: 'plain',
      locale,
      channelData: { loket: { kind: 'agent', agent: message.agent, messageId: message.id } },
    };
  }
  return {
    type: 'message',
    text: message.text,
    textFormat: 'markdown',
    locale,
    channelData: { loket: { kind: 'notice', reason: 'handover:notice', messageId: message.id } },
  };
}
