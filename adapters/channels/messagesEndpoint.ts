import { CloudAdapter, TurnContext } from 'botbuilder';
import { Logger } from 'pino';
import { Request, Response } from 'restify';
import { z } from 'zod';

/**
 * The shape an activity must have before the CloudAdapter sees it. The stock
 * adapter throws on malformed input (a 500) and writes internal error
 * messages into the response; Loket answers 400 with a clear message instead,
 * and never lets an internal message reach the caller.
 */
const activityShape = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(256).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2048),
    conversation: z.object({ id: z.string().min(1).max(512) }).loose(),
    from: z.object({ id: z.string().min(1).max(512) }).loose(),
    recipient: z
      .object({ id: z.string().max(512) })
      .loose()
      .optional(),
    text: z.string().max(100_000).optional(),
    locale: z.string().max(20).optional(),
    attachments: z.array(z.unknown()).max(50).optional(),
  })
  .loose();

const CALLER_MESSAGES: Record<number, string> = {
  401: 'The request is not authenticated for this bot.',
  403: 'The request is not allowed.',
  500: 'The bot could not process this activity.',
};

export function messagesEndpoint(adapter: CloudAdapter, logic: (context: TurnContext) => Promise<void>, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = activityShape.safeParse(req.body);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || 'body';
      res.send(400, { error: { code: 'BadActivity', message: `The request body is not a valid Bot Framework activity (${field}).` } });
      return;
    }
    try {
      await adapter.process(req, withoutInternalMessages(res), logic);
    } catch (error) {
      logger.error({ event: 'messages-endpoint-failed', conversationId: parsed.data.conversation.id, err: error });
      if (!res.headersSent) res.send(500, { error: { code: 'InternalError', message: CALLER_MESSAGES[500] } });
    }
  };
}

/** A response whose error bodies are replaced by fixed messages (the adapter writes err.message there). */
function withoutInternalMessages(res: Response): Response {
  let status = 200;
  return new Proxy(res, {
    get(target, property, receiver) {
      if (property === 'status') {
        return (code: number) => {
          status = code;
          return target.status(code);
        };
      }
      if (property === 'send') {
        return (body?: unknown) =>
          status >= 400 ? target.send({ error: { code: String(status), message: CALLER_MESSAGES[status] ?? 'The request failed.' } }) : target.send(body);
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
