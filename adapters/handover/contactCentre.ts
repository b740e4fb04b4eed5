import { randomUUID } from 'node:crypto';
import { Logger } from 'pino';
import { Handover, HandoverMessage, isActive } from '../../dialogs/handover/handover';
import { Availability, HandoverDesk, HandoverRequest, HandoverState, QueuePlace } from '../../dialogs/handover/handoverDesk';
import { handoverMessages } from '../../dialogs/handover/handoverMessages';
import { summariseHandover } from '../../dialogs/handover/handoverSummary';
import { ContactDetails } from '../../dialogs/messages';
import { CitizenDelivery, CitizenOutbox } from './citizenOutbox';
import { HandoverConflict, conflictOver } from './handoverConflict';
import { HandoverStore } from './handoverStore';
import { newHandover, openingTranscript } from './newHandover';
import { QueuePlaces } from './queuePlaces';
import { recordMessage } from './recordMessage';

// Re-exported so callers keep importing the contact centre's names from here.
export type { CitizenDelivery } from './citizenOutbox';
export { HandoverConflict } from './handoverConflict';

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

export const MAX_AGENT_MESSAGE = 2000;

/**
 * The contact centre: the citizen side (HandoverDesk, used by the
 * conversation flow) and the agent side (used by the console API) over one
 * HandoverStore. Every change is published, so consoles and deliveries in
 * other processes follow; every line the citizen should see is written to
 * the transcript before it is sent, so a failed send is retried, not lost.
 */
export class ContactCentre implements HandoverDesk {
  private readonly now: () => number;
  private readonly outbox: CitizenOutbox;
  private readonly places: QueuePlaces;

  constructor(private readonly deps: ContactCentreDeps) {
    this.now = deps.now ?? Date.now;
    this.outbox = new CitizenOutbox({ store: deps.store, delivery: deps.delivery, logger: deps.logger, now: this.now });
    this.places = new QueuePlaces({ store: deps.store, outbox: this.outbox, contact: deps.contact, onlineAgents: () => this.onlineAgents() });
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
    if (existing) return this.places.place(existing);
    const handover = newHandover(request, this.now());
    await this.deps.store.create(handover, openingTranscript(handover.id, request));
    const place = await this.places.place(handover);
    await this.deps.store.transition(handover.id, ['queued'], { toldPosition: place.position });
    await this.changed({ ...handover, toldPosition: place.position });
    this.deps.logger.info({ event: 'handover-queued', handoverId: handover.id, reason: handover.reason, priority: handover.priority });
    return place;
  }

  async leaveCallback(request: HandoverRequest & { callback: NonNullable<HandoverRequest['callback']> }): Promise<void> {
    const handover = newHandover({ ...request, reason: 'callback' }, this.now());
    await this.deps.store.create(handover, openingTranscript(handover.id, request));
    await this.changed(handover);
    this.deps.logger.info({ event: 'handover-callback', handoverId: handover.id, method: request.callback.method });
  }

  async state(handoverId: string): Promise<HandoverState> {
    const handover = await this.deps.store.get(handoverId);
    if (!handover || !isActive(handover)) return { state: 'ended' };
    if (handover.status === 'assigned') return { state: 'assigned', agent: handover.agentName ?? handover.agent ?? '' };
    return { state: 'queued', place: await this.places.place(handover) };
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
    await this.places.tellQueuePositions();
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
    if (claimed.reason !== 'callback') await this.outbox.tell(claimed, handoverMessages(claimed.lang, this.deps.contact).agentJoined(agent.displayName));
    await this.changed(claimed);
    await this.places.tellQueuePositions();
    this.deps.logger.info({ event: 'handover-claimed', handoverId, agent: agent.name, waitedMs: at - claimed.createdAt });
    return claimed;
  }

  async say(handoverId: string, agent: Agent, text: string): Promise<HandoverMessage> {
    const handover = await this.ownedBy(handoverId, agent);
    const message: HandoverMessage = { id: randomUUID(), handoverId, from: 'agent', agent: agent.displayName, text: text.trim(), at: this.now() };
    await this.record(message);
    await this.outbox.deliver(handover, message);
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
    if (moved.reason !== 'callback') await this.outbox.tell(moved, handoverMessages(moved.lang, this.deps.contact).transferred(to.displayName));
    await this.changed(moved);
    return moved;
  }

  async close(handoverId: string, agent: Agent, outcome: string): Promise<Handover> {
    await this.ownedBy(handoverId, agent);
    return this.end(handoverId, agent, outcome);
  }

  /** Retries sends that failed (the citizen's process was restarting, a channel was down). */
  retryDeliveries(limit = 20): Promise<number> {
    return this.outbox.retryDeliveries(limit);
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
    if (ended.reason !== 'callback') await this.outbox.tell(ended, handoverMessages(ended.lang, this.deps.contact).backToBot);
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
    return conflictOver(await this.deps.store.get(handoverId));
  }

  private record(message: HandoverMessage): Promise<void> {
    return recordMessage(this.deps.store, message);
  }

  private async changed(handover: Handover): Promise<void> {
    await this.deps.store.publish({ type: 'handover', handover });
  }
}
