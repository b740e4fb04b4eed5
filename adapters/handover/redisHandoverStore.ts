import Redis from 'ioredis';
import { Handover, HandoverMessage, HandoverStatus } from '../../dialogs/handover/handover';
import { HandoverEvent, HandoverStore, PendingDelivery } from './handoverStore';

const MAX_WAITS = 20;

/**
 * Compare-and-set of a handover's status, and the queue, assignment and
 * per-conversation indexes that follow from it, in one step. The record holds
 * flat fields only (the conversation reference is kept apart), so cjson's
 * decode/encode round trip cannot change it.
 */
const TRANSITION = `
local raw = redis.call('GET', KEYS[1])
if not raw then return false end
local h = cjson.decode(raw)
local ok = false
for _, s in ipairs(cjson.decode(ARGV[1])) do if h.status == s then ok = true end end
if not ok then return false end
for k, v in pairs(cjson.decode(ARGV[2])) do h[k] = v end
local encoded = cjson.encode(h)
redis.call('SET', KEYS[1], encoded)
local p = ARGV[3]
if h.status == 'queued' then redis.call('ZADD', p .. 'queue', ARGV[4], h.id) else redis.call('ZREM', p .. 'queue', h.id) end
if h.status == 'assigned' then redis.call('SADD', p .. 'assigned', h.id) else redis.call('SREM', p .. 'assigned', h.id) end
if h.status == 'closed' or h.status == 'cancelled' then
  redis.call('ZADD', p .. 'closed', h.closedAt or 0, h.id)
  local conv = p .. 'conversation:' .. h.conversationId
  if redis.call('GET', conv) == h.id then redis.call('DEL', conv) end
end
return encoded
`;

interface TransitionCommand {
  handoverTransition(key: string, from: string, changes: string, prefix: string, score: string): Promise<string | null>;
}

/**
 * Handovers in Redis, shared by every Loket process: a persistent queue
 * (sorted set), atomic claims (Lua), transcripts as lists, and events over
 * pub/sub so a citizen on process A and an agent on process B see each
 * other's messages. Needs a single Redis (or Sentinel), not Cluster: the
 * script touches keys it derives itself.
 */
export class RedisHandoverStore implements HandoverStore {
  private readonly subscriber: Redis;
  private readonly listeners = new Set<(event: HandoverEvent) => void>();
  private subscribed?: Promise<unknown>;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'loket:handover:',
  ) {
    redis.defineCommand('handoverTransition', { numberOfKeys: 1, lua: TRANSITION });
    // A subscriber queues its SUBSCRIBE until connected (the shared client fails fast instead).
    this.subscriber = redis.duplicate({ lazyConnect: false, enableOfflineQueue: true });
    this.subscriber.on('message', (channel: string, payload: string) => {
      if (channel !== this.channel) return;
      const event = JSON.parse(payload) as HandoverEvent;
      for (const listener of this.listeners) listener(event);
    });
  }

  async create(handover: Handover, messages: HandoverMessage[]): Promise<void> {
    const { reference, ...record } = handover;
    const batch = this.redis
      .multi()
      .set(this.key(handover.id), JSON.stringify(record))
      .set(this.key(`${handover.id}:reference`), JSON.stringify(reference ?? null))
      .set(this.key(`conversation:${handover.conversationId}`), handover.id);
    if (messages.length > 0) batch.rpush(this.key(`${handover.id}:messages`), ...messages.map((message) => JSON.stringify(message)));
    if (handover.status === 'queued') batch.zadd(this.key('queue'), score(handover), handover.id);
    if (handover.status === 'assigned') batch.sadd(this.key('assigned'), handover.id);
    await exec(batch);
  }

  async get(id: string): Promise<Handover | undefined> {
    const [record, reference] = await this.redis.mget(this.key(id), this.key(`${id}:reference`));
    return record ? ({ ...JSON.parse(record), reference: reference ? JSON.parse(reference) : undefined } as Handover) : undefined;
  }

  async activeFor(conversationId: string): Promise<Handover | undefined> {
    const id = await this.redis.get(this.key(`conversation:${conversationId}`));
    return id ? this.get(id) : undefined;
  }

  async queued(): Promise<Handover[]> {
    return this.many(await this.redis.zrange(this.key('queue'), 0, -1));
  }

  async assigned(): Promise<Handover[]> {
    return this.many(await this.redis.smembers(this.key('assigned')));
  }

  async transition(id: string, from: HandoverStatus[], changes: Partial<Handover>): Promise<Handover | undefined> {
    const { reference: _ignored, ...flat } = changes;
    const current = await this.get(id);
    if (!current) return undefined;
    const next = { ...current, ...flat };
    const command = this.redis as unknown as TransitionCommand;
    const updated = await command.handoverTransition(this.key(id), JSON.stringify(from), JSON.stringify(flat), this.prefix, String(score(next)));
    return updated ? ({ ...JSON.parse(updated), reference: current.reference } as Handover) : undefined;
  }

  async append(message: HandoverMessage): Promise<void> {
    await this.redis.rpush(this.key(`${message.handoverId}:messages`), JSON.stringify(message));
  }

  async messages(handoverId: string): Promise<HandoverMessage[]> {
    return (await this.redis.lrange(this.key(`${handoverId}:messages`), 0, -1)).map((line) => JSON.parse(line) as HandoverMessage);
  }

  async recordWait(ms: number): Promise<void> {
    await exec(
      this.redis
        .multi()
        .lpush(this.key('waits'), String(ms))
        .ltrim(this.key('waits'), 0, MAX_WAITS - 1),
    );
  }

  async recentWaits(): Promise<number[]> {
    return (await this.redis.lrange(this.key('waits'), 0, -1)).map(Number);
  }

  async markOnline(agent: string, at: number): Promise<void> {
    await this.redis.zadd(this.key('online'), at, agent);
  }

  async markOffline(agent: string): Promise<void> {
    await this.redis.zrem(this.key('online'), agent);
  }

  async onlineAgents(since: number): Promise<string[]> {
    return this.redis.zrangebyscore(this.key('online'), since, '+inf');
  }

  async deferDelivery(delivery: PendingDelivery): Promise<void> {
    await this.redis.rpush(this.key('deliveries'), JSON.stringify(delivery));
  }

  async takeDelivery(): Promise<PendingDelivery | undefined> {
    const raw = await this.redis.lpop(this.key('deliveries'));
    return raw ? (JSON.parse(raw) as PendingDelivery) : undefined;
  }

  async publish(event: HandoverEvent): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify(event));
  }

  subscribe(listener: (event: HandoverEvent) => void): () => void {
    this.listeners.add(listener);
    this.subscribed ??= this.subscriber.subscribe(this.channel);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once this process receives events (pub/sub drops messages sent before SUBSCRIBE completes). */
  async listening(): Promise<void> {
    this.subscribed ??= this.subscriber.subscribe(this.channel);
    await this.subscribed;
  }

  async purgeClosed(before: number): Promise<number> {
    const ids = await this.redis.zrangebyscore(this.key('closed'), '-inf', before);
    if (ids.length === 0) return 0;
    const batch = this.redis.multi();
    for (const id of ids) batch.del(this.key(id), this.key(`${id}:reference`), this.key(`${id}:messages`)).zrem(this.key('closed'), id);
    await exec(batch);
    return ids.length;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriber.disconnect();
    return Promise.resolve();
  }

  private get channel(): string {
    return this.key('events');
  }

  private key(name: string): string {
    return `${this.prefix}${name}`;
  }

  private async many(ids: string[]): Promise<Handover[]> {
    const found = await Promise.all(ids.map((id) => this.get(id)));
    return found.filter((handover): handover is Handover => !!handover);
  }
}

/** Queue order in one number: priority first, then arrival. */
function score(handover: Pick<Handover, 'priority' | 'createdAt'>): number {
  return handover.priority * 1e13 + handover.createdAt;
}

async function exec(batch: ReturnType<Redis['multi']>): Promise<void> {
  const results = await batch.exec();
  const failed = results?.find(([error]) => error);
  if (failed?.[0]) throw failed[0];
}
