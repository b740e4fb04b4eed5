import { Handover } from '../../dialogs/handover/handover';
import { QueuePlace } from '../../dialogs/handover/handoverDesk';
import { handoverMessages } from '../../dialogs/handover/handoverMessages';
import { ContactDetails } from '../../dialogs/messages';
import { CitizenOutbox } from './citizenOutbox';
import { HandoverStore } from './handoverStore';

export interface QueuePlacesDeps {
  store: HandoverStore;
  outbox: CitizenOutbox;
  contact: ContactDetails;
  /** Agents online now; more agents shorten the estimate. */
  onlineAgents: () => Promise<string[]>;
}

const MIN_WAIT_SAMPLES = 3;

/**
 * What a waiting citizen is told about the queue: their place, an honest
 * wait estimate, and a new place when it improves. Kept out of the contact
 * centre so the estimate rules live in one small, readable place.
 */
export class QueuePlaces {
  constructor(private readonly deps: QueuePlacesDeps) {}

  async place(handover: Handover): Promise<QueuePlace> {
    const queued = await this.deps.store.queued();
    const position = Math.max(1, queued.findIndex((candidate) => candidate.id === handover.id) + 1);
    const waitMinutes = await this.estimateWait(position);
    return { handoverId: handover.id, position, ...(waitMinutes === undefined ? {} : { waitMinutes }) };
  }

  /** Tells waiting citizens their new place when it improved (someone ahead was helped or left). */
  async tellQueuePositions(): Promise<void> {
    const queued = await this.deps.store.queued();
    for (const [index, handover] of queued.entries()) {
      const position = index + 1;
      if (handover.reason === 'callback' || handover.toldPosition === undefined || position >= handover.toldPosition) continue;
      const updated = await this.deps.store.transition(handover.id, ['queued'], { toldPosition: position });
      if (!updated) continue;
      const words = handoverMessages(handover.lang, this.deps.contact);
      const minutes = await this.estimateWait(position);
      await this.deps.outbox.tell(updated, words.position(position, minutes === undefined ? words.waitUnknown : words.waitMinutes(minutes)));
    }
  }

  /** Only from real recent waits: with too few, Loket says it does not know rather than guess. */
  private async estimateWait(position: number): Promise<number | undefined> {
    const waits = await this.deps.store.recentWaits();
    if (waits.length < MIN_WAIT_SAMPLES) return undefined;
    const average = waits.reduce((sum, wait) => sum + wait, 0) / waits.length;
    const agents = Math.max(1, (await this.deps.onlineAgents()).length);
    return Math.max(1, Math.ceil((average * position) / agents / 60_000));
  }
}
