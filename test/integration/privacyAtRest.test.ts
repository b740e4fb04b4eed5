import Redis from 'ioredis';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { RunningLoket } from '../../bot/loket';
import { AgentClient } from '../support/agentClient';
import { ChatClient, pressButton } from '../support/chatClient';
import { startTestLoket } from '../support/loketServer';
import { FIXTURES, temporaryDirectory } from '../support/paths';
import { startRedis, TestRedis } from '../support/redisServer';

const PASSWORD = 'correct horse battery';

/** Real-looking personal data, valid where a checksum applies, planted in a conversation. */
const PLANTED = {
  bsn: '111222333',
  iban: 'NL91ABNA0417164300',
  rijksregisternummer: '85073003328',
  phone: '0612345678',
  email: 'jan.de.vries@example.com',
  postcode: '4321 AB 17',
  plate: 'XK-913-R',
};
const MESSAGES = [
  `Hoe vraag ik een paspoort aan? Mijn BSN is ${PLANTED.bsn}`,
  `Mijn rekeningnummer is ${PLANTED.iban} en mijn rijksregisternummer 85.07.30-033.28`,
  `Bel me op ${PLANTED.phone} of mail ${PLANTED.email}`,
  `Ik woon op ${PLANTED.postcode} en mijn auto is ${PLANTED.plate}`,
];

/** Every byte Loket stored: the data folder's files and, with Redis, every key's value. */
async function everythingStored(dir: string, redisUrl?: string): Promise<string> {
  const parts: string[] = [];
  const walk = async (path: string) => {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(full);
      else parts.push((await readFile(full)).toString('latin1'));
    }
  };
  await walk(dir);
  if (redisUrl) {
    const redis = new Redis(redisUrl);
    for (const key of await redis.keys('*')) parts.push(key, JSON.stringify(await valueOf(redis, key)));
    redis.disconnect();
  }
  return parts.join('\n');
}

/** Read by type: DUMP would compress long strings and hide them from the search. */
async function valueOf(redis: Redis, key: string): Promise<unknown> {
  const type = await redis.type(key);
  if (type === 'string') return redis.get(key);
  if (type === 'list') return redis.lrange(key, 0, -1);
  if (type === 'hash') return redis.hgetall(key);
  if (type === 'set') return redis.smembers(key);
  if (type === 'zset') return redis.zrange(key, 0, -1, 'WITHSCORES');
  if (type === 'stream') return redis.xrange(key, '-', '+');
  throw new Error(`unexpected Redis type ${type} for ${key}`);
}

function modes(): [string, boolean][] {
  return [
    ['embedded (files)', false],
    ['Redis', true],
  ];
}

describe.each(modes())('no raw personal data at rest or in logs — %s', (_name, withRedis) => {
  let redis: TestRedis | undefined;
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: RunningLoket;
  const logged: string[] = [];

  beforeAll(async () => {
    if (withRedis) redis = await startRedis({ appendOnly: true });
    data = await temporaryDirectory('privacy');
    await new AgentAccounts(join(data.path, 'agents.json')).save({ name: 'anna', displayName: 'Anna', roles: ['agent', 'editor'] }, PASSWORD);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(chunk.toString());
        done();
      },
    });
    ({ loket } = await startTestLoket(
      {
        LOKET_DATA_DIR: data.path,
        LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo'),
        LOKET_HANDOVER_HOURS: 'always',
        LOKET_HANDOVER_HOLIDAYS: 'none',
        ...(redis ? { REDIS_URL: redis.url } : {}),
      },
      pino({ level: 'debug' }, sink),
    ));
    await loket.ready;
  });
  afterAll(async () => {
    await loket?.close();
    await redis?.stop();
    await data?.remove();
  });

  it('a conversation with a rating, a handover and an editor visit leaves none of the planted values anywhere', async () => {
    const anna = new AgentClient(loket.url);
    await anna.signIn('anna', PASSWORD);
    await anna.listen();
    const citizen = await ChatClient.start(loket.url);
    await citizen.connect();
    await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'welcome');
    for (const message of MESSAGES) await citizen.ask(message);
    const answer = citizen.received.find((activity) => activity.channelData?.loket?.kind === 'answer');
    if (answer) await pressButton(citizen, answer, /Niet nuttig/);
    await citizen.send('ik wil een medewerker spreken');
    await pressButton(citizen, await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'handover:requested', 5000), /Ja/);
    const queue = (await anna.get<{ handovers: { id: string }[] }>('/api/agent/queue')).body;
    const id = queue.handovers[0]?.id as string;
    const detail = (await anna.post<{ messages: { text: string }[] }>(`/api/agent/handovers/${id}/claim`)).body;
    await citizen.send(`Nog een keer: ${PLANTED.bsn} en ${PLANTED.email}`);
    await anna.post(`/api/agent/handovers/${id}/messages`, { text: 'Dank u. Ik heb uw gegevens niet nodig.' });
    await anna.post(`/api/agent/handovers/${id}/close`, { outcome: 'resolved' });
    const editor = new AgentClient(loket.url, 'editor');
    await editor.signIn('anna', PASSWORD);
    const inbox = (await editor.get('/api/editor/inbox')).body;
    citizen.close();
    anna.close();

    const shown = JSON.stringify([detail, inbox]);
    const stored = await everythingStored(data.path, redis?.url);
    const logs = logged.join('');
    expect(stored.length).toBeGreaterThan(1000);
    expect(shown).toContain('[BSN]');
    // The search reaches the places where conversation text is kept.
    expect(stored).toContain('[BSN]');
    expect(stored).toContain('[E-MAIL]');
    for (const [kind, value] of Object.entries(PLANTED)) {
      for (const haystack of [stored, logs, shown]) {
        expect({ kind, found: haystack.includes(value) }).toEqual({ kind, found: false });
      }
    }
  });
});
