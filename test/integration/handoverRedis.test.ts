import { join } from 'node:path';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { AgentClient } from '../support/agentClient';
import { ChatClient, pressButton } from '../support/chatClient';
import { LoketProcess, startLoketProcess } from '../support/loketProcess';
import { FIXTURES, temporaryDirectory } from '../support/paths';
import { startRedis, TestRedis } from '../support/redisServer';

const PASSWORD = 'correct horse battery';

interface QueueSnapshot {
  handovers: { id: string; status: string }[];
}

/** Two Loket processes sharing one real Redis: the citizen talks to A, the agent works on B. */
describe('handovers across two Loket processes through Redis', () => {
  let redis: TestRedis;
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let a: LoketProcess;
  let b: LoketProcess;

  beforeAll(async () => {
    redis = await startRedis();
    data = await temporaryDirectory('redis-handover');
    const accountsFile = join(data.path, 'agents.json');
    await new AgentAccounts(accountsFile).save({ name: 'anna', displayName: 'Anna', roles: ['agent'] }, PASSWORD);
    const env = (name: string) => ({
      REDIS_URL: redis.url,
      LOKET_DATA_DIR: join(data.path, name),
      LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo'),
      LOKET_CHAT_TOKEN_SECRET: 'a-shared-secret-of-at-least-32-characters',
      LOKET_AGENT_ACCOUNTS_FILE: accountsFile,
      LOKET_HANDOVER_HOURS: 'always',
      LOKET_HANDOVER_HOLIDAYS: 'none',
    });
    [a, b] = await Promise.all([startLoketProcess(env('a')), startLoketProcess(env('b'))]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    await data?.remove();
  });

  async function queuedCitizen(agent: AgentClient): Promise<{ citizen: ChatClient; id: string }> {
    const citizen = await ChatClient.start(a.url);
    await citizen.connect();
    await citizen.send('ik wil een medewerker spreken');
    const offer = await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'handover:requested', 5000);
    await pressButton(citizen, offer, /Ja, verbind/);
    await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'handover:queued', 5000);
    const queue = await agent.get<QueueSnapshot>('/api/agent/queue');
    const id = queue.body.handovers.find((item) => item.status === 'queued')?.id;
    if (!id) throw new Error('the handover did not reach the shared queue');
    return { citizen, id };
  }

  it('relays a full round trip: citizen on A, agent on B', async () => {
    const agent = new AgentClient(b.url);
    await agent.signIn('anna', PASSWORD);
    await agent.listen();
    const { citizen, id } = await queuedCitizen(agent);
    await agent.waitForEvent<QueueSnapshot>(({ event, data }) => event === 'queue' && data.handovers.some((item) => item.id === id));

    expect((await agent.post(`/api/agent/handovers/${id}/claim`)).status).toBe(200);
    await citizen.waitFor((activity) => activity.text?.includes('U chat nu met Anna') ?? false, 5000);
    await agent.post(`/api/agent/handovers/${id}/messages`, { text: 'Hallo, u spreekt met Anna.' });
    await citizen.waitFor((activity) => activity.text === 'Anna (medewerker): Hallo, u spreekt met Anna.', 5000);
    await citizen.send('Dank u, ik heb een vraag over mijn paspoort');
    await agent.waitForEvent<{ message: { text: string } }>(({ event, data }) => event === 'message' && data.message.text.includes('paspoort'));
    await agent.post(`/api/agent/handovers/${id}/close`, { outcome: 'resolved' });
    await citizen.waitFor((activity) => activity.text?.includes('weer met de digitale assistent') ?? false, 5000);
    citizen.close();
    agent.close();
  });

  it('loses nothing when the citizen’s process is killed mid-handover and restarted', async () => {
    const agent = new AgentClient(b.url);
    await agent.signIn('anna', PASSWORD);
    const { citizen, id } = await queuedCitizen(agent);
    citizen.close();
    await a.kill();

    // Meanwhile the agent claims and writes; A is down, so these wait in the delivery queue.
    expect((await agent.post(`/api/agent/handovers/${id}/claim`)).status).toBe(200);
    expect((await agent.post(`/api/agent/handovers/${id}/messages`, { text: 'Bent u er nog?' })).status).toBe(201);

    await a.start();
    const back = new ChatClient(a.url, citizen.grant);
    await back.connect(`conversations/${citizen.grant.conversationId}?watermark=0`, 'GET');
    // Nothing lost, however long it takes: under the full suite's load a restarted process and the 2-second retries once
    // needed more than 15 s (2026-12-07), and how fast is the handover benchmark's question, not this test's.
    await back.waitFor((activity) => activity.text === 'Anna (medewerker): Bent u er nog?', 45_000);
    await back.send('Ja, ik ben er weer');
    const detail = await agent.get<{ messages: { from: string; text: string }[] }>(`/api/agent/handovers/${id}`);
    await expect(
      (async () => {
        for (let i = 0; i < 50; i++) {
          const current = await agent.get<{ messages: { from: string; text: string }[] }>(`/api/agent/handovers/${id}`);
          if (current.body.messages.some((message) => message.text === 'Ja, ik ben er weer')) return true;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return false;
      })(),
    ).resolves.toBe(true);
    expect(detail.body.messages.filter((message) => message.from === 'citizen')[0]?.text).toBe('ik wil een medewerker spreken');
    back.close();
  }, 120_000);
});
