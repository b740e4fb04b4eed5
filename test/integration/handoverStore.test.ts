import Redis from 'ioredis';
import { HandoverEvent, HandoverStore } from '../../adapters/handover/handoverStore';
import { MemoryHandoverStore } from '../../adapters/handover/memoryHandoverStore';
import { RedisHandoverStore } from '../../adapters/handover/redisHandoverStore';
import { Handover } from '../../dialogs/handover/handover';
import { startRedis, TestRedis } from '../support/redisServer';

let redis: TestRedis;
const connections: Redis[] = [];
const openStores: HandoverStore[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(openStores.map((store) => store.close()));
  for (const connection of connections) connection.disconnect();
  await redis.stop();
});

let counter = 0;
function handover(changes: Partial<Handover> = {}): Handover {
  counter++;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    conversationId: `conversation-${counter}`,
    channelId: 'directline',
    reason: 'requested',
    priority: 2,
    status: 'queued',
    lang: 'nl',
    firstQuestion: 'Ik wil een medewerker',
    createdAt: 1_790_000_000_000 + counter,
    reference: { conversation: { id: `conversation-${counter}` }, serviceUrl: 'http://127.0.0.1:1/connector/x/' },
    ...changes,
  };
}

/** Two stores on one backend, as two Loket processes would have. */
const backends: [string, () => Promise<[HandoverStore, HandoverStore]>][] = [
  [
    'in memory',
    () => {
      const store = new MemoryHandoverStore();
      return Promise.resolve([store, store]);
    },
  ],
  [
    'in Redis',
    async () => {
      const prefix = `test:${++counter}:`;
      const stores = [0, 1].map(() => {
        const connection = new Redis(redis.url);
        connections.push(connection);
        const store = new RedisHandoverStore(connection, prefix);
        openStores.push(store);
        return store;
      });
      await Promise.all(stores.map((store) => store.listening()));
      return stores as unknown as [HandoverStore, HandoverStore];
    },
  ],
];

describe.each(backends)('the handover store %s', (_name, open) => {
  let a: HandoverStore;
  let b: HandoverStore;
  beforeEach(async () => {
    [a, b] = await open();
  });

  it('orders the queue by priority, then by waiting time, and finds a conversation’s active handover', async () => {
    const normal = handover({ createdAt: 1_000 });
    const crisis = handover({ reason: 'crisis', priority: 0, createdAt: 3_000 });
    const later = handover({ createdAt: 2_000 });
    for (const item of [later, normal, crisis]) await a.create(item, []);
    expect((await b.queued()).map((item) => item.id)).toEqual([crisis.id, normal.id, later.id]);
    expect((await b.activeFor(normal.conversationId))?.id).toBe(normal.id);
    expect((await b.get(crisis.id))?.reference).toEqual(crisis.reference);
  });

  it('lets exactly one of many simultaneous claims win', async () => {
    const item = handover();
    await a.create(item, []);
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).transition(item.id, ['queued'], { status: 'assigned', agent: `agent-${i}`, claimedAt: i })),
    );
    const winners = claims.filter(Boolean);
    expect(winners).toHaveLength(1);
    expect((await a.get(item.id))?.agent).toBe(winners[0]?.agent);
    expect(await b.queued()).toEqual([]);
    expect((await b.assigned()).map((assigned) => assigned.id)).toEqual([item.id]);
  });

  it('ends a handover: out of the queue and assignments, no longer active, purged after retention', async () => {
    const item = handover();
    await a.create(item, []);
    await a.transition(item.id, ['queued'], { status: 'assigned', agent: 'anna' });
    expect(await b.transition(item.id, ['queued'], { status: 'cancelled' })).toBeUndefined();
    const closed = await b.transition(item.id, ['assigned'], { status: 'closed', closedAt: 5_000, outcome: 'resolved' });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'resolved', agent: 'anna', reference: item.reference });
    expect(await a.activeFor(item.conversationId)).toBeUndefined();
    expect(await a.assigned()).toEqual([]);
    expect(await a.purgeClosed(4_000)).toBe(0);
    expect(await a.purgeClosed(6_000)).toBe(1);
    expect(await b.get(item.id)).toBeUndefined();
  });

  it('keeps the transcript in order and tells every process about new messages', async () => {
    const item = handover();
    await a.create(item, [{ id: 'm0', handoverId: item.id, from: 'citizen', text: 'eerste vraag', at: 1 }]);
    const seen: HandoverEvent[] = [];
    const stop = b.subscribe((event) => seen.push(event));
    for (const n of [1, 2, 3]) {
      const message = { id: `m${n}`, handoverId: item.id, from: 'agent' as const, text: `bericht ${n}`, at: n };
      await a.append(message);
      await a.publish({ type: 'message', handoverId: item.id, message });
    }
    expect((await b.messages(item.id)).map((message) => message.text)).toEqual(['eerste vraag', 'bericht 1', 'bericht 2', 'bericht 3']);
    await waitUntil(() => seen.length >= 3);
    expect(seen.map((event) => (event.type === 'message' ? event.message.text : ''))).toEqual(['bericht 1', 'bericht 2', 'bericht 3']);
    stop();
  });

  it('hands each pending delivery to exactly one taker', async () => {
    for (const n of [1, 2, 3]) await a.deferDelivery({ handoverId: 'h', messageId: `m${n}`, attempts: 1 });
    const taken = await Promise.all([a.takeDelivery(), b.takeDelivery(), a.takeDelivery(), b.takeDelivery()]);
    expect(
      taken
        .filter(Boolean)
        .map((delivery) => delivery?.messageId)
        .sort(),
    ).toEqual(['m1', 'm2', 'm3']);
  });

  it('remembers recent waits (at most 20) and which agents were seen lately', async () => {
    for (let n = 0; n < 25; n++) await a.recordWait(n * 1000);
    const waits = await b.recentWaits();
    expect(waits).toHaveLength(20);
    expect(waits[0]).toBe(24_000);
    await a.markOnline('anna', 10_000);
    await a.markOnline('bram', 2_000);
    expect(await b.onlineAgents(5_000)).toEqual(['anna']);
    await b.markOffline('anna');
    expect(await a.onlineAgents(5_000)).toEqual([]);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
