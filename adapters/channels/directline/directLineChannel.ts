import { Activity, ActivityTypes, CloudAdapter, TurnContext } from 'botbuilder';
import { randomBytes } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Duplex } from 'node:stream';
import { Logger } from 'pino';
import { Request, Response, Server } from 'restify';
import { WebSocket, WebSocketServer } from 'ws';
import { redactPersonalData } from '../../../dialogs/privacy/redactPersonalData';
import { bearerToken, ChatGrant, ChatTokens } from './chatTokens';
import { ActivityBatch, ChatTranscriptStore } from './chatTranscriptStore';
import { sanitiseCitizenActivity } from './citizenActivity';
import { LocalConnector } from './localConnector';

export const CHANNEL_ID = 'directline';
const BOT = { id: 'loket', name: 'Loket', role: 'bot' };
const PREFIX = '/v3/directline';
const KEEPALIVE_MS = 25_000;

export interface DirectLineChannelDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  store: ChatTranscriptStore;
  tokens: ChatTokens;
  /** The local connector that receives the bot's replies. */
  connector: LocalConnector;
  /** How long the page can show a conversation again; told to the citizen on the page. */
  retentionHours: number;
  logger: Logger;
}

/**
 * A Direct Line 3.0-compatible transport served by Loket itself, so the
 * official Web Chat component (its DirectLineJS client) talks to this bot
 * without any cloud account. Implements what DirectLineJS uses: start and
 * resume a conversation, post activities, a WebSocket stream with watermarks,
 * and token refresh. Tokens come from POST /api/chat/token and open one
 * conversation each.
 */
export class DirectLineChannel {
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });

  constructor(private readonly deps: DirectLineChannelDeps) {}

  register(server: Server): void {
    server.post('/api/chat/token', async (_req: Request, res: Response) => {
      await this.newConversationToken(res);
    });
    server.post(`${PREFIX}/tokens/refresh`, async (req: Request, res: Response) => {
      await this.refresh(req, res);
    });
    server.post(`${PREFIX}/conversations`, async (req: Request, res: Response) => {
      await this.start(req, res);
    });
    server.get(`${PREFIX}/conversations/:conversationId`, async (req: Request, res: Response) => {
      await this.resume(req, res);
    });
    server.get(`${PREFIX}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
      await this.poll(req, res);
    });
    server.post(`${PREFIX}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
      await this.post(req, res);
    });
    server.post(`${PREFIX}/conversations/:conversationId/upload`, async (req: Request, res: Response) => {
      await this.upload(req, res);
    });
  }

  /** Handles WebSocket upgrades for `/v3/directline/conversations/:id/stream`; returns false for other paths. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/.exec(url.pathname);
    if (!match?.[1]) return false;
    const grant = this.deps.tokens.verify(url.searchParams.get('t') ?? undefined);
    if (!grant || grant.conversationId !== decodeURIComponent(match[1])) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return true;
    }
    const watermark = Number(url.searchParams.get('watermark') ?? 0) || 0;
    this.sockets.handleUpgrade(request, socket, head, (ws) => void this.stream(ws, grant, watermark));
    return true;
  }

  close(): void {
    for (const client of this.sockets.clients) client.close(1001, 'server shutting down');
    this.sockets.close();
  }

  private async newConversationToken(res: Response): Promise<void> {
    const grant = { conversationId: randomBytes(18).toString('base64url'), userId: `u_${randomBytes(12).toString('base64url')}` };
    await this.deps.store.create(grant.conversationId, grant.userId);
    res.send(200, { ...grant, token: this.deps.tokens.issue(grant), expires_in: this.deps.tokens.ttlSeconds, retentionHours: this.deps.retentionHours });
  }

  private refresh(req: Request, res: Response): void {
    const grant = this.grant(req);
    if (!grant) return void res.send(403, forbidden());
    res.send(200, { conversationId: grant.conversationId, token: this.deps.tokens.issue(grant), expires_in: this.deps.tokens.ttlSeconds });
  }

  /** DirectLineJS starts with POST /conversations; the conversation was created with its token. */
  private async start(req: Request, res: Response): Promise<void> {
    const grant = this.grant(req);
    if (!grant || (await this.deps.store.owner(grant.conversationId)) !== grant.userId) return void res.send(403, forbidden());
    const { watermark } = await this.deps.store.since(grant.conversationId, 0);
    if (watermark === 0) await this.runTurn(this.conversationUpdate(grant));
    res.send(201, this.conversationResponse(req, grant, 0));
  }

  private async resume(req: Request, res: Response): Promise<void> {
    const grant = this.authorised(req);
    if (!grant) return void res.send(403, forbidden());
    res.send(200, this.conversationResponse(req, grant, Number(req.query?.watermark) || 0));
  }

  private async poll(req: Request, res: Response): Promise<void> {
    const grant = this.authorised(req);
    if (!grant) return void res.send(403, forbidden());
    const batch = await this.deps.store.since(grant.conversationId, Number(req.query?.watermark) || 0);
    res.send(200, { activities: batch.activities, watermark: String(batch.watermark) });
  }

  private async post(req: Request, res: Response): Promise<void> {
    const grant = this.authorised(req);
    if (!grant) return void res.send(403, forbidden());
    const activity = sanitiseCitizenActivity(req.body, grant, { serviceUrl: this.deps.connector.serviceUrl, channelId: CHANNEL_ID, bot: BOT });
    if (!activity) return void res.send(400, { error: { code: 'BadArgument', message: 'The activity is not a valid message.' } });
    if (activity.type === ActivityTypes.Typing) return void res.send(200, { id: '' });
    const stored = await this.deps.store.append(grant.conversationId, {
      ...activity,
      text: activity.text ? redactPersonalData(activity.text).text : activity.text,
    });
    const id = stored.activities[0]?.id ?? '';
    // The bot sees what the citizen typed; the transcript keeps the redacted text only.
    await this.runTurn({ ...activity, id });
    res.send(200, { id });
  }

  /** Files are not read (Loket cannot use them); the bot is told a file arrived so it can say so. */
  private async upload(req: Request, res: Response): Promise<void> {
    const grant = this.authorised(req);
    if (!grant) return void res.send(403, forbidden());
    const activity = sanitiseCitizenActivity({ type: 'message', text: '', attachments: [{ contentType: 'application/octet-stream' }] }, grant, {
      serviceUrl: this.deps.connector.serviceUrl,
      channelId: CHANNEL_ID,
      bot: BOT,
    });
    if (!activity) return void res.send(400, { error: { code: 'BadArgument', message: 'Upload not accepted.' } });
    const stored = await this.deps.store.append(grant.conversationId, activity);
    await this.runTurn({ ...activity, id: stored.activities[0]?.id ?? '' });
    res.send(200, { id: stored.activities[0]?.id ?? '' });
  }

  private async stream(ws: WebSocket, grant: ChatGrant, watermark: number): Promise<void> {
    const send = (batch: ActivityBatch) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ activities: batch.activities, watermark: String(batch.watermark) }));
    };
    const unsubscribe = this.deps.store.subscribe(grant.conversationId, send);
    const keepalive = setInterval(() => ws.ping(), KEEPALIVE_MS);
    ws.on('close', () => {
      unsubscribe();
      clearInterval(keepalive);
    });
    ws.on('message', () => undefined);
    const backlog = await this.deps.store.since(grant.conversationId, watermark);
    if (backlog.activities.length > 0) send(backlog);
  }

  private async runTurn(activity: Activity): Promise<void> {
    try {
      await this.deps.adapter.processActivityDirect('', activity, this.deps.logic);
    } catch (error) {
      this.deps.logger.error({ event: 'directline-turn-failed', conversationId: activity.conversation.id, err: error });
    }
  }

  private conversationUpdate(grant: ChatGrant): Activity {
    return {
      type: ActivityTypes.ConversationUpdate,
      id: `${grant.conversationId}|start`,
      channelId: CHANNEL_ID,
      serviceUrl: this.deps.connector.serviceUrl,
      timestamp: new Date(),
      conversation: { id: grant.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: grant.userId, name: '', role: 'user' },
      recipient: BOT,
      membersAdded: [BOT, { id: grant.userId, name: '' }],
    } as Activity;
  }

  private conversationResponse(req: Request, grant: ChatGrant, watermark: number) {
    const token = this.deps.tokens.issue(grant);
    // An absolute URL: older browsers do not resolve relative WebSocket URLs.
    const origin = `${req.isSecure() || req.headers['x-forwarded-proto'] === 'https' ? 'wss' : 'ws'}://${req.headers.host ?? 'localhost'}`;
    return {
      conversationId: grant.conversationId,
      token,
      expires_in: this.deps.tokens.ttlSeconds,
      streamUrl: `${origin}${PREFIX}/conversations/${encodeURIComponent(grant.conversationId)}/stream?watermark=${watermark}&t=${encodeURIComponent(token)}`,
    };
  }

  private grant(req: Request): ChatGrant | undefined {
    return this.deps.tokens.verify(bearerToken(req.headers.authorization));
  }

  /** The token's grant, only if it is for the conversation in the path. */
  private authorised(req: Request): ChatGrant | undefined {
    const grant = this.grant(req);
    return grant && grant.conversationId === req.params?.conversationId ? grant : undefined;
  }
}

function forbidden() {
  return { error: { code: 'TokenInvalid', message: 'This token does not give access to this conversation.' } };
}
