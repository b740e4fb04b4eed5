import { EventEmitter } from 'node:events';
import { Handover, HandoverMessage, HandoverStatus, isActive } from '../../dialogs/handover/handover';
import { HandoverEvent, HandoverStore, PendingDelivery } from './handoverStore';

const MAX_WAITS = 20;

/**
 * The embedded default for one process. Node runs each method to its first
 * await without interruption, so the compare-and-set in `transition` is
 * atomic here without locks.
 */
export class MemoryHandoverStore implements HandoverStore {
  private readonly handovers = new Map<string, Handover>();
  private readonly transcripts = new Map<string, HandoverMessage[]>();
  private readonly waits: number[] = [];
  private readonly online = new Map<string, number>();
  private readonly deliveries: PendingDelivery[] = [];
  private readonly events = new EventEmitter().setMaxListeners(0);

  create(handover: Handover, messages: HandoverMessage[]): Promise<void> {
    this.handovers.set(handover.id, { ...handover });
    this.transcripts.set(handover.id, [...messages]);
    return Promise.resolve();
  }

  get(id: string): Promise<Handover | undefined> {
    return Promise.resolve(copy(this.handovers.get(id)));
  }

  activeFor(conversationId: string): Promise<Handover | undefined> {
    const found = [...this.handovers.values()].find((handover) => handover.conversationId === conversationId && isActive(handover));
    return Promise.resolve(copy(found));
  }

  queued(): Promise<Handover[]> {
    const queued = [...this.handovers.values()].filter((handover) => handover.status === 'queued');
    return Promise.resolve(queued.sort(byUrgency).map((handover) => ({ ...handover })));
  }

  assigned(): Promise<Handover[]> {
    return Promise.resolve([...this.handovers.values()].filter((handover) => handover.status === 'assigned').map((handover) => ({ ...handover })));
  }

  transition(id: string, from: HandoverStatus[], changes: Partial<Handover>): Promise<Handover | undefined> {
    const current = this.handovers.get(id);
    if (!current || !from.includes(current.status)) return Promise.resolve(undefined);
    const updated = { ...current, ...changes, id };
    this.handovers.set(id, updated);
    return Promise.resolve({ ...updated });
  }

  append(message: HandoverMessage): Promise<void> {
    const transcript = this.transcripts.get(message.handoverId);
    if (!transcript) return Promise.reject(new Error(`unknown handover ${message.handoverId}`));
    transcript.push({ ...message });
    return Promise.resolve();
  }

  messages(handoverId: string): Promise<HandoverMessage[]> {
    return Promise.resolve((this.transcripts.get(handoverId) ?? []).map((message) => ({ ...message })));
  }

  recordWait(ms: number): Promise<void> {
    this.waits.unshift(ms);
    this.waits.length = Math.min(this.waits.length, MAX_WAITS);
    return Promise.resolve();
  }

  recentWaits(): Promise<number[]> {
    return Promise.resolve([...this.waits]);
  }

  markOnline(agent: string, at: number): Promise<void> {
    this.online.set(agent, at);
    return Promise.resolve();
  }

  markOffline(agent: string): Promise<void> {
    this.online.delete(agent);
    return Promise.resolve();
  }

  onlineAgents(since: number): Promise<string[]> {
    return Promise.resolve([...this.online].filter(([, at]) => at >= since).map(([agent]) => agent));
  }

  deferDelivery(delivery: PendingDelivery): Promise<void> {
    this.deliveries.push({ ...delivery });
    return Promise.resolve();
  }

  takeDelivery(): Promise<PendingDelivery | undefined> {
    return Promise.resolve(this.deliveries.shift());
  }

  publish(event: HandoverEvent): Promise<void> {
    // Listeners run after the caller's own work, as they would with Redis pub/sub.
    setImmediate(() => this.events.emit('event', event));
    return Promise.resolve();
  }

  subscribe(listener: (event: HandoverEvent) => void): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  purgeClosed(before: number): Promise<number> {
    let removed = 0;
    for (const [id, handover] of this.handovers) {
      if (!isActive(handover) && (handover.closedAt ?? 0) < before) {
        this.handovers.delete(id);
        this.transcripts.delete(id);
        removed++;
      }
    }
    return Promise.resolve(removed);
  }

  close(): Promise<void> {
    this.events.removeAllListeners();
    return Promise.resolve();
  }
}

export function byUrgency(a: Handover, b: Handover): number {
  return a.priority - b.priority || a.createdAt - b.createdAt;
}

function copy(handover: Handover | undefined): Handover | undefined {
  return handover ? { ...handover } : undefined;
}
