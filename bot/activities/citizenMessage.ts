import { Activity } from 'botbuilder';
import { z } from 'zod';
import { HANDOVER_REASONS } from '../../dialogs/handover/handover';
import { CitizenAction, CitizenMessage, FEEDBACK_WHY } from '../../dialogs/types';

/** Button values Loket puts on its own buttons; anything else in `value` is ignored. */
const actionValue = z.discriminatedUnion('loket', [
  z.object({ loket: z.literal('choose'), articleId: z.string().max(200) }),
  z.object({ loket: z.literal('feedback'), helpful: z.boolean(), articleId: z.string().max(200), why: z.enum(FEEDBACK_WHY).optional() }),
  z.object({ loket: z.literal('erase'), confirm: z.boolean() }),
  z.object({ loket: z.literal('handover'), reason: z.enum(HANDOVER_REASONS).optional() }),
  z.object({ loket: z.literal('decline') }),
  z.object({ loket: z.literal('cancel-handover') }),
  z.object({ loket: z.literal('callback'), method: z.enum(['phone', 'email']).optional() }),
  z.object({ loket: z.literal('language'), lang: z.enum(['nl', 'en']) }),
  z.object({ loket: z.literal('ask-here') }),
]);

/** Translates a Bot Framework message activity into Loket's own input type. */
export function toCitizenMessage(activity: Activity): CitizenMessage {
  const action = toAction(activity.value);
  return {
    text: typeof activity.text === 'string' ? activity.text : '',
    attachmentCount: Array.isArray(activity.attachments) ? activity.attachments.length : 0,
    ...(action ? { action } : {}),
    ...(typeof activity.locale === 'string' && activity.locale ? { locale: activity.locale } : {}),
  };
}

export function toActionValue(action: CitizenAction): Record<string, unknown> {
  const { type, ...rest } = action;
  return { loket: type, ...rest };
}

function toAction(value: unknown): CitizenAction | undefined {
  const parsed = actionValue.safeParse(value);
  if (!parsed.success) return undefined;
  const { loket, ...rest } = parsed.data;
  return { type: loket, ...rest } as CitizenAction;
}
