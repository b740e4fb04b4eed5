import { Logger } from 'pino';
import { ConversationEvent, ConversationLog } from '../../dialogs/conversationLog';

/**
 * The shared log with a local spool: an event the shared log cannot take
 * (Redis down) is written to the spool on disk, and the spool is replayed
 * into the shared log when it is reachable again. Nothing is dropped.
 */
export class SpoolingConversationLog implements ConversationLog {
  private spooled = false;

  constructor(
    private readonly shared: ConversationLog,
    private readonly spool: ConversationLog,
    private readonly logger: Logger,
  ) {}

  async append(event: ConversationEvent): Promise<void> {
    try {
      await this.shared.append(event);
    } catch (error) {
      if (!this.spooled) this.logger.error({ event: 'conversation-log-spooling', err: error });
      this.spooled = true;
      await this.spool.append(event);
    }
  }

  read(since: number): Promise<ConversationEvent[]> {
    return this.shared.read(since);
  }

  async erase(conversationId: string): Promise<number> {
    return (await this.spool.erase(conversationId)) + (await this.shared.erase(conversationId));
  }

  async purge(before: number): Promise<number> {
    return (await this.spool.purge(before)) + (await this.shared.purge(before));
  }

  /** Moves spooled events into the shared log, oldest first; returns how many. */
  async replay(): Promise<number> {
    const events = await this.spool.read(0);
    for (const event of events) await this.shared.append(event);
    if (events.length > 0) {
      // Only what was replayed: an event spooled meanwhile is newer and stays for the next replay.
      await this.spool.purge(Math.max(...events.map((event) => event.at)) + 1);
      this.logger.info({ event: 'conversation-log-replayed', events: events.length });
    }
    this.spooled = false;
    return events.length;
  }

  async close(): Promise<void> {
    await this.spool.close();
    await this.shared.close();
  }
}
