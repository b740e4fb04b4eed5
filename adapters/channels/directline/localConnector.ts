import { Activity } from 'botbuilder';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Request, Response, Server } from 'restify';
import { ChatTranscriptStore } from './chatTranscriptStore';

/**
 * The Bot Connector endpoint the bot replies to for chat-page conversations
 * (the role Azure's channel service plays for other channels). Its path holds
 * a key derived from Loket's secret, so only Loket can put messages into a
 * citizen's chat, and conversation references stay valid after a restart
 * (agent messages are delivered to them later, possibly by another process).
 */
export class LocalConnector {
  readonly key: string;

  private baseUrl = '';

  constructor(
    private readonly store: ChatTranscriptStore,
    secret: string,
  ) {
    this.key = createHmac('sha256', secret).update('loket-local-connector').digest('base64url');
  }

  /** Sets the loopback address the bot reaches this process on, once the port is known. */
  listenOn(baseUrl: string): void {
    this.baseUrl = baseUrl;
  }

  /** The serviceUrl to put on activities from the chat page. */
  get serviceUrl(): string {
    if (!this.baseUrl) throw new Error('the local connector has no address yet');
    return `${this.baseUrl}/connector/${this.key}/`;
  }

  register(server: Server): void {
    const handler = async (req: Request, res: Response) => {
      await this.receive(req, res);
    };
    server.post('/connector/:key/v3/conversations/:conversationId/activities', handler);
    server.post('/connector/:key/v3/conversations/:conversationId/activities/:activityId', handler);
    server.put('/connector/:key/v3/conversations/:conversationId/activities/:activityId', handler);
  }

  private async receive(req: Request, res: Response): Promise<void> {
    if (!this.keyMatches(String(req.params?.key ?? ''))) return void res.send(404, { error: { code: 'NotFound', message: 'Not found.' } });
    const conversationId = String(req.params?.conversationId ?? '');
    if (!(await this.store.owner(conversationId))) return void res.send(404, { error: { code: 'ConversationNotFound', message: 'Unknown conversation.' } });
    const body = (req.body ?? {}) as Partial<Activity>;
    const batch = await this.store.append(conversationId, { ...body, timestamp: new Date() } as Activity);
    res.send(200, { id: batch.activities[0]?.id ?? '' });
  }

  private keyMatches(candidate: string): boolean {
    const expected = Buffer.from(this.key);
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
