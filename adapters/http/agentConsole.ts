import { Logger } from 'pino';
import { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { Handover } from '../../dialogs/handover/handover';
import { AgentAccounts, Role } from '../agents/agentAccounts';
import { Session } from '../agents/agentSessions';
import { ConsoleAuth, fail, sessionView, SessionHandler } from './consoleAuth';
import { Agent, ContactCentre, HandoverConflict, MAX_AGENT_MESSAGE } from '../handover/contactCentre';
import { HandoverEvent } from '../handover/handoverStore';

export interface CannedReply {
  title: string;
  text: string;
}

export interface AgentConsoleDeps {
  centre: ContactCentre;
  auth: ConsoleAuth;
  accounts: AgentAccounts;
  cannedReplies: CannedReply[];
  unclaimedAlertSeconds: number;
  logger: Logger;
  /** Told when an agent closes a handover as resolved: their answer may become an editor's draft. */
  onResolved?: (handover: Handover) => void;
  /** How often an open console stream proves the agent is still there. */
  heartbeatMs: number;
}

const messageBody = z.object({
  text: z.string().trim().min(1, 'Typ eerst een bericht.').max(MAX_AGENT_MESSAGE, `Een bericht mag niet langer zijn dan ${MAX_AGENT_MESSAGE} tekens.`),
});
const transferBody = z.object({ to: z.string().trim().min(1).max(40) });
const closeBody = z.object({ outcome: z.enum(['resolved', 'referred', 'callback', 'no-response', 'other']) });
const HANDOVER_ID = /^[0-9a-f-]{36}$/;

interface StreamClient {
  session: Session;
  res: Response;
}

/**
 * The agents' side over HTTP: sign-in, the live queue as Server-Sent Events,
 * claiming, chatting, transferring and closing. One stream hub per process
 * fans the contact centre's events (from any process) out to its consoles.
 */
export class AgentConsole {
  private readonly clients = new Set<StreamClient>();
  private readonly unsubscribe: () => void;
  private snapshotTimer?: NodeJS.Timeout;

  constructor(private readonly deps: AgentConsoleDeps) {
    this.unsubscribe = deps.centre.subscribe((event) => this.onEvent(event));
  }

  register(server: Server): void {
    server.get(
      '/api/agent/session',
      this.signedIn('agent', async (req, res, session) => void res.send(200, sessionView(session))),
    );
    server.post('/api/agent/session', async (req: Request, res: Response) => this.deps.auth.signIn(req, res, 'agent'));
    server.del(
      '/api/agent/session',
      this.signedIn('agent', (req, res, session) => this.signOut(res, session)),
    );
    server.get(
      '/api/agent/queue',
      this.signedIn('agent', async (req, res) => void res.send(200, await this.snapshot())),
    );
    server.get(
      '/api/agent/canned',
      this.signedIn('agent', async (req, res) => void res.send(200, { replies: this.deps.cannedReplies })),
    );
    server.get(
      '/api/agent/events',
      this.signedIn('agent', (req, res, session) => this.stream(req, res, session)),
    );
    server.get(
      '/api/agent/handovers/:id',
      this.signedIn('agent', (req, res) => this.detail(req, res)),
    );
    server.post(
      '/api/agent/handovers/:id/claim',
      this.signedIn('agent', (req, res, session) => this.claim(req, res, session)),
    );
    server.post(
      '/api/agent/handovers/:id/messages',
      this.signedIn('agent', (req, res, session) => this.say(req, res, session)),
    );
    server.post(
      '/api/agent/handovers/:id/transfer',
      this.signedIn('agent', (req, res, session) => this.transfer(req, res, session)),
    );
    server.post(
      '/api/agent/handovers/:id/close',
      this.signedIn('agent', (req, res, session) => this.close(req, res, session)),
    );
  }

  shutdown(): void {
    this.unsubscribe();
    clearTimeout(this.snapshotTimer);
    for (const client of this.clients) client.res.end();
    this.clients.clear();
  }

  private async signOut(res: Response, session: Session): Promise<void> {
    await this.deps.centre.signOff(agentOf(session));
    this.deps.auth.signOut(res);
  }

  private async stream(req: Request, res: Response, session: Session): Promise<void> {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    const client = { session, res };
    this.clients.add(client);
    await this.deps.centre.heartbeat(agentOf(session));
    write(res, 'queue', await this.snapshot());
    const beat = setInterval(() => {
      res.write(': keep-alive\n\n');
      void this.deps.centre.heartbeat(agentOf(session)).catch((error: unknown) => this.deps.logger.warn({ event: 'agent-heartbeat-failed', err: error }));
    }, this.deps.heartbeatMs);
    req.on('close', () => {
      clearInterval(beat);
      this.clients.delete(client);
    });
  }

  private async detail(req: Request, res: Response): Promise<void> {
    const found = await this.deps.centre.detail(handoverId(req));
    if (!found) return fail(res, 404, 'NotFound', 'Dit gesprek bestaat niet (meer).');
    res.send(200, { handover: handoverView(found.handover), messages: found.messages, summary: found.summary });
  }

  private async claim(req: Request, res: Response, session: Session): Promise<void> {
    const id = handoverId(req);
    await this.deps.centre.claim(id, agentOf(session));
    return this.detail(req, res);
  }

  private async say(req: Request, res: Response, session: Session): Promise<void> {
    const body = messageBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'BadRequest', body.error.issues[0]?.message ?? 'Ongeldig bericht.');
    const message = await this.deps.centre.say(handoverId(req), agentOf(session), body.data.text);
    res.send(201, { message });
  }

  private async transfer(req: Request, res: Response, session: Session): Promise<void> {
    const body = transferBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'BadRequest', 'Kies naar wie u het gesprek overdraagt.');
    let to: Agent | 'bot' = 'bot';
    if (body.data.to !== 'bot') {
      const colleague = await this.deps.accounts.find(body.data.to);
      if (!colleague || colleague.name === session.name) return fail(res, 400, 'BadRequest', 'Deze collega bestaat niet.');
      to = { name: colleague.name, displayName: colleague.displayName };
    }
    res.send(200, handoverView(await this.deps.centre.transfer(handoverId(req), agentOf(session), to)));
  }

  private async close(req: Request, res: Response, session: Session): Promise<void> {
    const body = closeBody.safeParse(req.body);
    if (!body.success) return fail(res, 400, 'BadRequest', 'Kies een uitkomst.');
    const closed = await this.deps.centre.close(handoverId(req), agentOf(session), body.data.outcome);
    if (closed.outcome === 'resolved') this.deps.onResolved?.(closed);
    res.send(200, handoverView(closed));
  }

  /** The shared console guard, plus: bad handover ids are 404, claim races are 409. */
  private signedIn(role: Role, handler: SessionHandler) {
    return this.deps.auth.guard(
      role,
      async (req, res, session) => {
        if (req.params?.id !== undefined && !HANDOVER_ID.test(String(req.params.id))) return fail(res, 404, 'NotFound', 'Dit gesprek bestaat niet.');
        await handler(req, res, session);
      },
      (error) => (error instanceof HandoverConflict ? { status: 409, code: 'Conflict', message: error.message } : undefined),
    );
  }

  private async snapshot() {
    const { queued, assigned, agentsOnline } = await this.deps.centre.queue();
    return { handovers: [...queued, ...assigned].map(handoverView), agentsOnline, unclaimedAlertSeconds: this.deps.unclaimedAlertSeconds, now: Date.now() };
  }

  private onEvent(event: HandoverEvent): void {
    if (this.clients.size === 0) return;
    if (event.type === 'message') this.broadcast('message', { handoverId: event.handoverId, message: event.message });
    if (event.type === 'handover') this.broadcast('handover', handoverView(event.handover));
    // Many changes arrive together (a claim moves everyone up): one snapshot for the lot.
    this.snapshotTimer ??= setTimeout(() => {
      this.snapshotTimer = undefined;
      void this.snapshot()
        .then((snapshot) => this.broadcast('queue', snapshot))
        .catch((error: unknown) => this.deps.logger.warn({ event: 'queue-snapshot-failed', err: error }));
    }, 50);
  }

  private broadcast(event: string, data: unknown): void {
    for (const client of this.clients) write(client.res, event, data);
  }
}

/** What a console may see of a handover: everything but the channel's conversation reference. */
export function handoverView(handover: Handover): Omit<Handover, 'reference'> {
  const { reference: _reference, ...view } = handover;
  return view;
}

function agentOf(session: Session): Agent {
  return { name: session.name, displayName: session.displayName };
}

function handoverId(req: Request): string {
  return String(req.params?.id ?? '');
}

function write(res: Response, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
