import Redis from 'ioredis';
import { ConversationEvent, ConversationLog } from '../../dialogs/conversationLog';

const STREAM = 'loket:log';
const BATCH = 1000;

/**
 * The shared log in a Redis Stream: stream ids are times, so the retention
 * purge is one XTRIM MINID. Each conversation keeps a set of its entry ids
 * (expiring with the retention), so an erasure deletes exactly those.
 */
export class RedisConversationLog implements ConversationLog {
  constructor(
    private readonly redis: Redis,
    private readonly retentionMs: number,
  ) {}

  async append(event: ConversationEvent): Promise<void> {
    const entry = await this.redis.xadd(STREAM, '*', 'e', JSON.stringify(event));
    if (!entry) throw new Error('the conversation log did not accept the event');
    const set = conversationKey(event.conversationId);
    await this.redis.multi().sadd(set, entry).pexpire(set, this.retentionMs).exec();
  }

  async read(since: number): Promise<ConversationEvent[]> {
    const events: ConversationEvent[] = [];
    let start = `${Math.max(0, Math.floor(since))}-0`;
    for (;;) {
      const entries = await this.redis.xrange(STREAM, start, '+', 'COUNT', BATCH);
      for (const [, fields] of entries) {
        const json = fields[fields.indexOf('e') + 1];
        const event = json ? (JSON.parse(json) as ConversationEvent) : undefined;
        if (event && event.at >= since) events.push(event);
      }
      if (entries.length < BATCH) return events;
      start = `(${entries[entries.length - 1]?.[0] ?? ''}`;
    }
  }

  async erase(conversationId: string): Promise<number> {
    const set = conversationKey(conversationId);
    const ids = await this.redis.smembers(set);
    const removed = ids.length > 0 ? await this.redis.xdel(STREAM, ...ids) : 0;
    await this.redis.del(set);
    return removed;
  }

  /** By the time entries were written, which is the events' own time give or take a few milliseconds. */
  async purge(before: number): Promise<number> {
    return this.redis.xtrim(STREAM, 'MINID', `${Math.floor(before)}-0`);
  }

  async close(): Promise<void> {
    // The Redis connection belongs to the composition root.
  }
}

function conversationKey(conversationId: string): string {
  return `loket:log:conversation:${conversationId}`;
}
