import { randomUUID } from 'node:crypto';
import { Logger } from 'pino';
import { Handover, HandoverMessage } from '../../dialogs/handover/handover';
import { HandoverStore } from './handoverStore';
import { recordMessage } from './recordMessage';

/** Sends a transcript line (agent message or system notice) to the citizen on their channel. */
export interface CitizenDelivery {
  send(handover: Handover, message: HandoverMessage): Promise<void>;
}

export interface CitizenOutboxDeps {
  store: HandoverStore;
  delivery: CitizenDelivery;
  logger: Logger;
  now: () => number;
}

// Tried every 2 seconds: a citizen's process may take minutes to come back after a crash.
const MAX_DELIVERY_ATTEMPTS = 150;

/**
 * The way to the citizen, kept apart from the contact centre's queue and
 * agent rules: a line is in the transcript before it is sent, and a failed
 * send is parked in the store for any process to retry, not lost.
 */
export class CitizenOutbox {
  constructor(private readonly deps: CitizenOutboxDeps) {}

  /** A system notice: recorded for the agent's console, then sent. */
  async tell(handover: Handover, text: string): Promise<void> {
    const message: HandoverMessage = { id: randomUUID(), handoverId: handover.id, from: 'system', text, at: this.deps.now() };
    await recordMessage(this.deps.store, message);
    await this.deliver(handover, message);
  }

  /** Sends a line that is already recorded; a failure defers it rather than failing the caller. */
  async deliver(handover: Handover, message: HandoverMessage): Promise<void> {
    try {
      await this.deps.delivery.send(handover, message);
    } catch (error) {
      this.deps.logger.warn({ event: 'delivery-deferred', handoverId: handover.id, messageId: message.id, err: error });
      await this.deps.store.deferDelivery({ handoverId: handover.id, messageId: message.id, attempts: 1 });
    }
  }

  /** Retries sends that failed (the citizen's process was restarting, a channel was down). */
  async retryDeliveries(limit: number): Promise<number> {
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
}
