import { randomUUID } from 'node:crypto';
import { Logger } from 'pino';
import { Handover, HandoverMessage, PRIORITY, isActive } from '../../dialogs/handover/handover';
import { Availability, HandoverDesk, HandoverRequest, HandoverState, QueuePlace } from '../../dialogs/handover/handoverDesk';
import { handoverMessages } from '../../dialogs/handover/handoverMessages';
import { summariseHandover } from '../../dialogs/handover/handoverSummary';
import { ContactDetails } from '../../dialogs/messages';
import { HandoverStore } from './handoverStore';

/** Sends a transcript line (agent message or system notice) to the citizen on their channel. */
export interface CitizenDelivery {
  send(handover: Handover, message: HandoverMessage): Promise<void>;
}

export interface OpeningHours {
  isOpen(at: Date): boolean;
  holidayName(at: Date): string | undefined;
  nextOpening(at: Date): Date | undefined;
}

export interface Agent {
  name: string;
  displayName: string;
}

export interface ContactCentreDeps {
  store: HandoverStore;
  hours: OpeningHours;
  delivery: CitizenDelivery;
  contact: ContactDetails;
  logger: Logger;
  /** An agent counts as online this long after their last heartbeat. */
  presenceMs: number;
  now?: () => number;
}

export class HandoverConflict extends Error {
  constructor(
    message: string,
    readonly handover?: Handover,
  ) {
    super(message);
    this.name = 'HandoverConflict';
  }
}

export const MAX_AGENT_MESSAGE = 2000;
// Tried every 2 seconds: a citizen's process may take minutes to come back after a crash.
const MAX_DELIVERY_ATTEMPTS = 150;
const MIN_WAIT_SAMPLES = 3;

/**
 * The contact centre: the citizen side (HandoverDesk, used by the
 * conversation flow) and the agent side (used by the console API) over one
 * HandoverStore. Every change is published, so consoles and deliveries in
 * other processes follow; every line the citizen should see is written to
 * the transcript before it is sent, so a failed send is retried, not lost.
 */
export class ContactCentre implements HandoverDesk {
  private readonly now: () => number;

  constructor(private readonly deps: ContactCentreDeps) {
    this.now = deps.now ?? Date.now;
  }

  // ---- Citizen side -------------------------------------------------------

  async availability(): Promise<Availability> {
    const at = new Date(this.now());
    if (!this.deps.hours.isOpen(at)) {
      const holiday = this.deps.hours.holidayName(at);
      const nextOpening = this.deps.hours.nextOpening(at);
      return { status: 'closed', ...(holiday ? { holiday } : {}), ...(nextOpening ? { nextOpening } : {}) };
    }
    return (await this.onlineAgents()).length > 0 ? { status: 'open' } : { status: 'no-agents' };
  }

  async start(request: HandoverRequest): Promise<QueuePlace> {
    const existing = await this.deps.store.activeFor(request.conversationId);
    if (existing) return this.place(existing);
    const handover = this.newHandover(request);
    await this.deps.store.create(handover, this.transcript(handover.id, request));
    const place = await this.place(handover);
    await this.deps.store.transition(handover.id, ['queued'], { toldPosition: place.position });
    await this.changed({ ...handover, toldPosition: place.position });
    this.deps.logger.info({ event: 'handover-queued', handoverId: handover.id, reason: handover.reason, priority: handover.priority });
    return place;
  }

  async leaveCallback(request: HandoverRequest & { callback: NonNullable<HandoverRequest['callback']> }): Promise<void> {
    const handover = this.newHandover({ ...request, reason: 'callback' });
    await this.deps.store.create(handover, this.transcript(handover.id, request));
    await this.changed(handover);
    this.deps.logger.info({ event: 'handover-callback', handoverId: handover.id, method: request.callback.method });
  }

  async state(handoverId: string): Promise<HandoverState> {
    const handover = await this.deps.store.get(handoverId);
    if (!handover || !isActive(handover)) return { state: 'ended' };
    if (handover.status === 'assigned') return { state: 'assigned', agent: handover.agentName ?? handover.agent ?? '' };
    return { state: 'queued', place: await this.place(handover) };
  }

  async relay(handoverId: string, text: string): Promise<void> {
    await this.record({ id: randomUUID(), handoverId, from: 'citizen', text, at: this.now() });
  }

  async cancel(handoverId: string): Promise<void> {
    const cancelled = await this.deps.store.transition(handoverId, ['queued', 'assigned'], {
      status: 'cancelled',
      closedAt: this.now(),
      outcome: 'cancelled-by-citizen',
    });
    if (!cancelled) return;
    await this.record({
      id: randomUUID(),
      handoverId,
      from: 'system',
      text: 'De burger is gestopt met wachten of heeft het gesprek beëindigd.',
      at: this.now(),
    });
    await this.changed(cancelled);
    await this.tellQueuePositions();
  }

  // ---- Agent side ---------------------------------------------------------

  async heartbeat(agent: Agent): Promise<void> {
    const wasOnline = (await this.onlineAgents()).includes(agent.name);
    await this.deps.store.markOnline(agent.name, this.now());
    if (!wasOnline) await this.deps.store.publish({ type: 'agents' });
  }

  async signOff(agent: Agent): Promise<void> {
    await this.deps.store.markOffline(agent.name);
    await this.deps.store.publish({ type: 'agents' });
  }

  onlineAgents(): Promise<string[]> {
    return this.deps.store.onlineAgents(this.now() - this.deps.presenceMs);
  }

  async queue(): Promise<{ queued: Handover[]; assigned: Handover[]; agentsOnline: string[] }> {
    const [queued, assigned, agentsOnline] = await Promise.all([this.deps.store.queued(), this.deps.store.assigned(), this.onlineAgents()]);
    return { queued, assigned, agentsOnline };
  }

  async detail(handoverId: string): Promise<{ handover: Handover; messages: HandoverMessage[]; summary: string[] } | undefined> {
    const handover = await this.deps.store.get(handoverId);
    if (!handover) return undefined;
    const messages = await this.deps.store.messages(handoverId);
    return { handover, messages, summary: summariseHandover(handover, messages) };
  }

  /** Exactly one agent wins a claim; the others get a HandoverConflict naming who has it. */
  async claim(handoverId: string, agent: Agent): Promise<Handover> {
    const at = this.now();
    const claimed = await this.deps.store.transition(handoverId, ['queued'], {
      status: 'assigned',
      agent: agent.name,
      agentName: agent.displayName,
      claimedAt: at,
    });
    if (!claimed) throw await this.conflict(handoverId);
    await this.deps.store.recordWait(at - claimed.createdAt);
    await this.record({ id: randomUUID(), handoverId, from: 'system', text: `${agent.displayName} heeft het gesprek overgenomen.`, at });
    if (claimed.reason !== 'callback') await this.tellCitizen(claimed, handoverMessages(claimed.lang, this.deps.contact).agentJoined(agent.displayName));
    await this.changed(claimed);
    await this.tellQueuePositions();
    this.deps.logger.info({ event: 'handover-claimed', handoverId, agent: agent.name, waitedMs: at - claimed.createdAt });
    return claimed;
  }

  async say(handoverId: string, agent: Agent, text: string): Promise<HandoverMessage> {
    const handover = await this.ownedBy(handoverId, agent);
    const message: HandoverMessage = { id: randomUUID(), handoverId, from: 'agent', agent: agent.displayName, text: text.trim(), at: this.now() };
    await this.record(message);
    await this.deliver(handover, message);
    return message;
  }

  /** To a colleague, or back to the bot (which ends the handover). */
  async transfer(handoverId: string, agent: Agent, to: Agent | 'bot'): Promise<Handover> {
    await this.ownedBy(handoverId, agent);
    if (to === 'bot') return this.end(handoverId, agent, 'back-to-bot');
    const moved = await this.deps.store.transition(handoverId, ['assigned'], { agent: to.name, agentName: to.displayName });
    if (!moved) throw await this.conflict(handoverId);
    await this.record({
      id: randomUUID(),
      handoverId,
      from: 'system',
      text: `${agent.displayName} heeft het gesprek overgedragen aan ${to.displayName}.`,
      at: this.now(),
    });
    if (moved.reason !== 'callback') await this.tellCitizen(moved, handoverMessages(moved.lang, this.deps.contact).transferred(to.displayName));
    await this.changed(moved);
    return moved;
  }

  async close(handoverId: string, agent: Agent, outcome: string): Promise<Handover> {
    await this.ownedBy(handoverId, agent);
    return this.end(handoverId, agent, outcome);
  }

  /** Retries sends that failed (the citizen's process was restarting, a channel was down). */
  async retryDeliveries(limit = 20): Promise<number> {
    let done = 0;
    for (let i = 0; i < limit; i++) {
      const pending = await this.deps.store.takeDelivery();
      if (!pending) break;
      const [handover, messages] = await Promise.all([this.deps.store.get(pending.handoverId), this.deps.store.messages(pending.handoverId)]);
      const message = messages.find((candidate) => candidate.id === pending.messageId);
      if (!handover || !message) continue;
      try {
        await this.deps.delivery.send(handover, message);
        done++;
      } catch (error) {
        if (pending.attempts + 1 >= MAX_DELIVERY_ATTEMPTS) {
          this.deps.logger.error({ event: 'delivery-abandoned', handoverId: handover.id, messageId: message.id, err: error });
        } else {
          await this.deps.store.deferDelivery({ ...pending, attempts: pending.attempts + 1 });
        }
      }
    }
    return done;
  }

  /** Handovers queued longer than `olderThanMs`. */
  async unclaimed(olderThanMs: number): Promise<Handover[]> {
    const cutoff = this.now() - olderThanMs;
    return (await this.deps.store.queued()).filter((handover) => handover.createdAt <= cutoff);
  }

  /** Every change, from this process or (with Redis) any other. */
  subscribe(listener: Parameters<HandoverStore['subscribe']>[0]): () => void {
    return this.deps.store.subscribe(listener);
  }

  // ---- Internals ----------------------------------------------------------

  private async end(handoverId: string, agent: Agent, outcome: string): Promise<Handover> {
    const current = await this.deps.store.get(handoverId);
    const callback = current?.callback ? { ...current.callback, address: '[verwijderd]' } : undefined;
    const ended = await this.deps.store.transition(handoverId, ['assigned'], {
      status: 'closed',
      closedAt: this.now(),
      outcome,
      ...(callback ? { callback } : {}),
    });
    if (!ended) throw await this.conflict(handoverId);
    await this.record({
      id: randomUUID(),
      handoverId,
      from: 'system',
      text: `${agent.displayName} heeft het gesprek afgesloten (${outcome}).`,
      at: this.now(),
    });
    if (ended.reason !== 'callback') await this.tellCitizen(ended, handoverMessages(ended.lang, this.deps.contact).backToBot);
    await this.changed(ended);
    this.deps.logger.info({ event: 'handover-closed', handoverId, agent: agent.name, outcome });
    return ended;
  }

  private async ownedBy(handoverId: string, agent: Agent): Promise<Handover> {
    const handover = await this.deps.store.get(handoverId);
    if (!handover || handover.status !== 'assigned' || handover.agent !== agent.name) {
      throw new HandoverConflict('Dit gesprek is niet (meer) aan u toegewezen.', handover);
    }
    return handover;
  }

  private async conflict(handoverId: string): Promise<HandoverConflict> {
    const handover = await this.deps.store.get(handoverId);
    if (!handover) return new HandoverConflict('Dit gesprek bestaat niet meer.');
    if (handover.status === 'assigned') return new HandoverConflict(`Dit gesprek is al opgepakt door ${handover.agentName ?? handover.agent}.`, handover);
    return new HandoverConflict('Dit gesprek is al afgesloten.', handover);
  }

  private newHandover(request: HandoverRequest): Handover {
    const firstQuestion = request.callback?.question ?? request.history.find((turn) => turn.from === 'citizen')?.text ?? '';
    return {
      id: randomUUID(),
      conversationId: request.conversationId,
      channelId: request.channelId,
      reason: request.reason,
      ...(request.detail ? { detail: request.detail } : {}),
      priority: PRIORITY[request.reason],
      status: 'queued',
      lang: request.lang,
      firstQuestion,
      createdAt: this.now(),
      ...(request.callback ? { callback: request.callback } : {}),
      reference: request.reference,
    };
  }

  private transcript(handoverId: string, request: HandoverRequest): HandoverMessage[] {
    return request.history.map((turn) => ({ ...turn, id: randomUUID(), handoverId }));
  }

  private async place(handover: Handover): Promise<QueuePlace> {
    const queued = await this.deps.store.queued();
    const position = Math.max(1, queued.findIndex((candidate) => candidate.id === handover.id) + 1);
    const waitMinutes = await this.estimateWait(position);
    return { handoverId: handover.id, position, ...(waitMinutes === undefined ? {} : { waitMinutes }) };
  }

  /** Only from real recent waits: with too few, Loket says it does not know rather than guess. */
  private async estimateWait(position: number): Promise<number | undefined> {
    const waits = await this.deps.store.recentWaits();
    if (waits.length < MIN_WAIT_SAMPLES) return undefined;
    const average = waits.reduce((sum, wait) => sum + wait, 0) / waits.length;
    const agents = Math.max(1, (await this.onlineAgents()).length);
    return Math.max(1, Math.ceil((average * position) / agents / 60_000));
  }

  /** Tells waiting citizens their new place when it improved (someone ahead was helped or left). */
  private async tellQueuePositions(): Promise<void> {
    const queued = await this.deps.store.queued();
    for (const [index, handover] of queued.entries()) {
      const position = index + 1;
      if (handover.reason === 'callback' || handover.toldPosition === undefined || position >= handover.toldPosition) continue;
      const updated = await this.deps.store.transition(handover.id, ['queued'], { toldPosition: position });
      if (!updated) continue;
      const words = handoverMessages(handover.lang, this.deps.contact);
      const minutes = await this.estimateWait(position);
      await this.tellCitizen(updated, words.position(position, minutes === undefined ? words.waitUnknown : words.waitMinutes(minutes)));
    }
  }

  private async tellCitizen(handover: Handover, text: string): Promise<void> {
    const message: HandoverMessage = { id: randomUUID(), handoverId: handover.id, from: 'system', text, at: this.now() };
    await this.record(message);
    await this.deliver(handover, message);
  }

  private async deliver(handover: Handover, message: HandoverMessage): Promise<void> {
    try {
      await this.deps.delivery.send(handover, message);
    } catch (error) {
      this.deps.logger.warn({ event: 'delivery-deferred', handoverId: handover.id, messageId: message.id, err: error });
      await this.deps.store.deferDelivery({ handoverId: handover.id, messageId: message.id, attempts: 1 });
    }
  }

  private async record(message: HandoverMessage): Promise<void> {
    await this.deps.store.append(message);
    await this.deps.store.publish({ type: 'message', handoverId: message.handoverId, message });
  }

  private async changed(handover: Handover): Promise<void> {
    await this.deps.store.publish({ type: 'handover', handover });
  }
}
