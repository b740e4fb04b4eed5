import { Activity, ActivityTypes, ChannelAccount } from 'botbuilder';
import { z } from 'zod';
import { ChatGrant } from './chatTokens';

/**
 * What a chat page may send. Everything else in a posted activity is dropped:
 * the sender, conversation and channel come from the token, never from the
 * client, so nobody can speak in another citizen's name.
 */
const postedActivity = z.object({
  type: z.enum([ActivityTypes.Message, ActivityTypes.Typing]),
  text: z.string().max(100_000).optional(),
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .max(20)
    .optional(),
  value: z.unknown().optional(),
  attachments: z
    .array(z.object({ contentType: z.string().max(200).optional(), name: z.string().max(300).optional() }))
    .max(20)
    .optional(),
  channelData: z
    .object({ clientActivityID: z.string().max(200).optional() })
    .loose()
    .optional(),
});

export interface CitizenActivityContext {
  serviceUrl: string;
  channelId: string;
  bot: ChannelAccount;
}

export function sanitiseCitizenActivity(body: unknown, grant: ChatGrant, context: CitizenActivityContext): Activity | undefined {
  const parsed = postedActivity.safeParse(body);
  if (!parsed.success) return undefined;
  const posted = parsed.data;
  const valueSize = posted.value === undefined ? 0 : JSON.stringify(posted.value).length;
  if (valueSize > 4096) return undefined;
  return {
    type: posted.type,
    text: posted.text ?? '',
    // The echo on the page shows what was typed, never Markdown or HTML.
    textFormat: 'plain',
    ...(posted.locale ? { locale: posted.locale } : {}),
    ...(posted.value === undefined ? {} : { value: posted.value }),
    attachments: (posted.attachments ?? []).map((attachment) => ({
      contentType: attachment.contentType ?? 'application/octet-stream',
      ...(attachment.name ? { name: attachment.name } : {}),
    })),
    channelData: posted.channelData?.clientActivityID ? { clientActivityID: posted.channelData.clientActivityID } : {},
    channelId: context.channelId,
    serviceUrl: context.serviceUrl,
    timestamp: new Date(),
    conversation: { id: grant.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: grant.userId, name: '', role: 'user' },
    recipient: context.bot,
  } as Activity;
}
