import Redis from 'ioredis';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { ConversationEvent } from '../../dialogs/conversationLog';
import { AgentClient } from '../support/agentClient';
import { ChatClient, pressButton } from '../support/chatClient';
import { recordFigure } from '../support/figures';
import { startLoketProcess, LoketProcess } from '../support/loketProcess';
import { postJson, startTestLoket } from '../support/loketServer';
import { FIXTURES, temporaryDirectory } from '../support/paths';
import { startRedis, TestRedis } from '../support/redisServer';
import { waitUntil } from '../support/waitUntil';

const PASSWORD = 'correct horse battery';
const KNOWLEDGE = join(FIXTURES, 'knowledge', 'demo');
const PHONE = '14 0456';

async function citizenOn(url: string): Promise<ChatClient> {
  const citizen = await ChatClient.start(url);
  await citizen.connect();
  await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'welcome', 5000);
  return citizen;
}

async function streamEvents(url: string): Promise<ConversationEvent[]> {
  const redis = new Redis(url);
  try {
    const entries = await redis.xrange('loket:log', '-', '+');
    return entries.map(([, fields]) => JSON.parse(fields[1] as string) as ConversationEvent);
  } finally {
    redis.disconnect();
  }
}

/** Redis lost and back while citizens talk and an agent chats: the bot keeps answering, and nothing is silently dropped. */
describe('Redis stops and comes back', () => {
  let redis: TestRedis;
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: LoketProcess;

  beforeAll(async () => {
    redis = await startRedis({ appendOnly: true });
    data = await temporaryDirectory('faults-redis');
    await new AgentAccounts(join(data.path, 'agents.json')).save({ name: 'anna', displayName: 'Anna', roles: ['agent'] }, PASSWORD);
    loket = await startLoketProcess({
      LOKET_DATA_DIR: data.path,
      LOKET_KNOWLEDGE_PATH: KNOWLEDGE,
      LOKET_AGENT_ACCOUNTS_FILE: join(data.path, 'agents.json'),
      LOKET_HANDOVER_HOURS: 'always',
      LOKET_HANDOVER_HOLIDAYS: 'none',
      REDIS_URL: redis.url,
    });
  });
  afterAll(async () => {
    await loket?.stop();
    await redis?.stop();
    await data?.remove();
  });

  /** SIGKILL after the append-only file's once-a-second sync, then start on the same files. */
  async function outage(during: () => Promise<void>): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await redis.kill();
    try {
      await during();
    } finally {
      await redis.start();
    }
  }

  it('mid-conversation: answers go on from the local index, the turns logged meanwhile reach the shared log after reconnect', async () => {
    const citizen = await citizenOn(loket.url);
    expect((await citizen.ask('hondenbelasting')).channelData?.loket?.articleId).toBe('hondenbelasting');
    let downAnswers: (string | undefined)[] = [];
    const started = Date.now();
    await outage(async () => {
      downAnswers = [
        (await citizen.ask('afvalkalender')).channelData?.loket?.articleId,
        (await citizen.ask('wat kost een paspoort')).channelData?.loket?.articleId,
      ];
      // A handover while Redis is away: the citizen gets the phone number instead of a queue.
      const asked = await citizen.ask('ik wil een medewerker spreken');
      expect(asked.channelData?.loket?.reason).toBe('handover:unavailable');
      expect(asked.text).toContain(PHONE);
    });
    const downMs = Date.now() - started;
    expect(downAnswers).toEqual(['afvalkalender', 'paspoortaanvraag']);
    const conversation = citizen.grant.conversationId;
    const logged = await waitUntil(async () => {
      const events = (await streamEvents(redis.url)).filter((event) => event.conversationId === conversation && event.kind === 'turn');
      return events.length >= 4 ? events : undefined;
    });
    expect(logged.map((event) => event.status)).toEqual(['answered', 'answered', 'answered', 'handover-unavailable']);
    expect((await citizen.ask('hondenbelasting')).channelData?.loket?.articleId).toBe('hondenbelasting');
    citizen.close();
    recordFigure('faults', 'Redis outage mid-conversation: turns lost', 4 - logged.length);
    recordFigure('faults', 'Redis outage mid-conversation: outage length', Math.round(downMs / 100) / 10, 's');
  });

  it('mid-handover: the citizen is told a message could not be passed on, and the chat resumes after reconnect', async () => {
    const anna = new AgentClient(loket.url);
    await anna.signIn('anna', PASSWORD);
    await anna.listen();
    const citizen = await citizenOn(loket.url);
    await citizen.ask('ik wil een medewerker spreken');
    await pressButton(citizen, citizen.received[citizen.received.length - 1] as never, /Ja/);
    const queued = await anna.waitForEvent<{ handovers: { id: string; status: string }[] }>(
      ({ event, data }) => event === 'queue' && data.handovers.some((item) => item.status === 'queued'),
      10_000,
    );
    const id = queued.data.handovers.find((item) => item.status === 'queued')?.id as string;
    expect((await anna.post(`/api/agent/handovers/${id}/claim`)).status).toBe(200);
    await citizen.waitFor((activity) => /Anna/.test(activity.text ?? ''), 5000);
    await outage(async () => {
      const failed = await citizen.ask('zijn jullie er nog?');
      expect(failed.channelData?.loket?.reason).toBe('handover:relay-failed');
      expect(failed.text).toContain(PHONE);
    });
    await waitUntil(async () => ((await anna.get('/api/agent/queue')).status === 200 ? true : undefined));
    await citizen.send('nu wel?');
    await waitUntil(async () => {
      const detail = (await anna.get<{ messages: { from: string; text: string }[] }>(`/api/agent/handovers/${id}`)).body;
      return detail.messages.some((message) => message.from === 'citizen' && message.text === 'nu wel?') ? true : undefined;
    });
    await anna.post(`/api/agent/handovers/${id}/messages`, { text: 'Ja, ik ben er.' });
    await citizen.waitFor((activity) => activity.text === 'Anna (medewerker): Ja, ik ben er.', 5000);
    anna.close();
    citizen.close();
  });
});

describe('Redis unreachable at start-up', () => {
  it('stops with a clear message by default, or starts on its own stores with LOKET_REDIS_STARTUP=embedded', async () => {
    const data = await temporaryDirectory('faults-startup');
    const env = { LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: KNOWLEDGE, REDIS_URL: 'redis://127.0.0.1:1' };
    await expect(startLoketProcess(env)).rejects.toThrow(/Redis at 127\.0\.0\.1:1 is not reachable/);
    const loket = await startLoketProcess({ ...env, LOKET_REDIS_STARTUP: 'embedded' });
    try {
      const citizen = await citizenOn(loket.url);
      expect((await citizen.ask('hondenbelasting')).channelData?.loket?.articleId).toBe('hondenbelasting');
      citizen.close();
      expect(loket.output()).toContain('redis-unavailable-starting-embedded');
    } finally {
      await loket.stop();
      await data.remove();
    }
  });
});

describe('a Loket process killed with SIGKILL during a burst', () => {
  it('loses no message it acknowledged: every acknowledged turn is in the conversation log after a restart', async () => {
    const data = await temporaryDirectory('faults-kill');
    const loket = await startLoketProcess({ LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: KNOWLEDGE });
    const citizens = await Promise.all(Array.from({ length: 20 }, () => ChatClient.start(loket.url)));
    const acknowledged = new Map<string, number>();
    let sent = 0;
    const burst = citizens.map(async (citizen) => {
      for (let i = 0; i < 10; i++) {
        sent++;
        const response = await citizen.send(i % 2 === 0 ? 'hondenbelasting' : 'afvalkalender').catch(() => undefined);
        if (response?.status !== 200) return;
        acknowledged.set(citizen.grant.conversationId, (acknowledged.get(citizen.grant.conversationId) ?? 0) + 1);
      }
    });
    await waitUntil(async () => ([...acknowledged.values()].reduce((sum, n) => sum + n, 0) >= 60 ? true : undefined));
    await loket.kill();
    await Promise.all(burst);
    await loket.start();
    const directory = join(data.path, 'log', 'conversations');
    const events = (await Promise.all((await readdir(directory)).map((name) => readFile(join(directory, name), 'utf8'))))
      .flatMap((content) => content.split('\n'))
      .filter(Boolean)
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as ConversationEvent];
        } catch {
          return [];
        }
      });
    let lost = 0;
    for (const [conversationId, count] of acknowledged) lost += Math.max(0, count - events.filter((event) => event.conversationId === conversationId).length);
    const total = [...acknowledged.values()].reduce((sum, n) => sum + n, 0);
    recordFigure('faults', 'SIGKILL burst: messages sent', sent);
    recordFigure('faults', 'SIGKILL burst: acknowledged before the kill', total);
    recordFigure('faults', 'SIGKILL burst: acknowledged but lost', lost);
    expect(total).toBeGreaterThanOrEqual(60);
    expect(lost).toBe(0);
    // And the restarted process answers the same conversations.
    const again = new ChatClient(loket.url, citizens[0]?.grant as ChatClient['grant']);
    await again.connect(`conversations/${again.grant.conversationId}?watermark=0`, 'GET');
    expect((await again.ask('hondenbelasting')).channelData?.loket?.articleId).toBe('hondenbelasting');
    again.close();
    await loket.stop();
    await data.remove();
  });
});

describe('an unwritable log folder', () => {
  it('is reported in the process log and does not stop the bot answering', async () => {
    const data = await temporaryDirectory('faults-disk');
    // A file where the log folder should be: every write fails, as on a full or read-only disk.
    await mkdir(join(data.path, 'log'), { recursive: true });
    await writeFile(join(data.path, 'log', 'conversations'), 'not a folder');
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const { loket } = await startTestLoket({ LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: KNOWLEDGE }, pino({ level: 'info' }, sink));
    await loket.ready;
    try {
      const citizen = await citizenOn(loket.url);
      expect((await citizen.ask('hondenbelasting')).channelData?.loket?.articleId).toBe('hondenbelasting');
      citizen.close();
      await waitUntil(async () => (lines.some((line) => line.includes('"conversation-log-failed"')) ? true : undefined), 5000);
      expect((await postJson(`${loket.url}/api/chat/token`, {})).status).toBe(200);
    } finally {
      await loket.close();
      await data.remove();
    }
  });
});
