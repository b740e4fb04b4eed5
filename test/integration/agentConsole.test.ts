import { join } from 'node:path';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { RunningLoket } from '../../bot/loket';
import { AgentClient } from '../support/agentClient';
import { ChatClient, pressButton } from '../support/chatClient';
import { startTestLoket } from '../support/loketServer';
import { FIXTURES, temporaryDirectory } from '../support/paths';

const PASSWORD = 'correct horse battery';

interface QueueSnapshot {
  handovers: { id: string; status: string; reason: string; firstQuestion: string; agent?: string }[];
}

describe('the agent console API with the embedded contact centre', () => {
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: RunningLoket;

  beforeAll(async () => {
    data = await temporaryDirectory('console');
    const accounts = new AgentAccounts(join(data.path, 'agents.json'));
    await accounts.save({ name: 'anna', displayName: 'Anna', roles: ['agent'] }, PASSWORD);
    await accounts.save({ name: 'bram', displayName: 'Bram', roles: ['agent'] }, PASSWORD);
    await accounts.save({ name: 'eva', displayName: 'Eva', roles: ['editor'] }, PASSWORD);
    ({ loket } = await startTestLoket({
      LOKET_DATA_DIR: data.path,
      LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo'),
      LOKET_HANDOVER_HOURS: 'always',
      LOKET_HANDOVER_HOLIDAYS: 'none',
    }));
    await loket.ready;
  });
  afterAll(async () => {
    await loket.close();
    await data.remove();
  });

  it('keeps the console closed to anyone not signed in as an agent', async () => {
    const anonymous = new AgentClient(loket.url);
    expect((await anonymous.get('/api/agent/queue')).status).toBe(401);
    expect(await anonymous.signIn('anna', 'wrong password!')).toBe(401);
    const editor = new AgentClient(loket.url);
    expect(await editor.signIn('eva', PASSWORD)).toBe(401);
    const anna = new AgentClient(loket.url);
    expect(await anna.signIn('anna', PASSWORD)).toBe(200);
    expect((await anna.get('/api/agent/queue')).status).toBe(200);
    expect((await anna.post('/api/agent/handovers/00000000-0000-4000-8000-000000000000/claim', {}, {})).status).toBe(403);
    expect((await anna.post('/api/agent/handovers/not-an-id/claim')).status).toBe(404);
  });

  it('runs the whole handover: queue, one claim wins, live chat both ways, close, bot again', async () => {
    const anna = new AgentClient(loket.url);
    const bram = new AgentClient(loket.url);
    await anna.signIn('anna', PASSWORD);
    await bram.signIn('bram', PASSWORD);
    await anna.listen();
    await anna.waitForEvent(({ event }) => event === 'queue');

    const citizen = await ChatClient.start(loket.url);
    await citizen.connect();
    await citizen.send('ik wil een medewerker spreken');
    const offer = await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'handover:requested');
    await pressButton(citizen, offer, /Ja, verbind/);
    await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'handover:queued');

    const queued = await anna.waitForEvent<QueueSnapshot>(({ event, data }) => event === 'queue' && data.handovers.some((item) => item.status === 'queued'));
    const handover = queued.data.handovers.find((item) => item.status === 'queued')!;
    expect(handover).toMatchObject({ reason: 'requested', firstQuestion: 'ik wil een medewerker spreken' });
    expect(JSON.stringify(queued.data)).not.toContain('serviceUrl');

    const claims = await Promise.all([anna.post(`/api/agent/handovers/${handover.id}/claim`), bram.post(`/api/agent/handovers/${handover.id}/claim`)]);
    expect(claims.map((claim) => claim.status).sort()).toEqual([200, 409]);
    const winner = claims[0]?.status === 200 ? anna : bram;
    const name = winner === anna ? 'Anna' : 'Bram';
    expect((claims.find((claim) => claim.status === 409)?.body as { error: { message: string } }).error.message).toContain(`al opgepakt door ${name}`);
    const detail = claims.find((claim) => claim.status === 200)?.body as { summary: string[]; messages: { from: string; text: string }[] };
    expect(detail.summary.join('\n')).toContain('Eerste vraag');
    expect(detail.messages.some((message) => message.from === 'bot')).toBe(true);
    await citizen.waitFor((activity) => activity.text?.includes(`U chat nu met ${name}`) ?? false);

    expect((await winner.post(`/api/agent/handovers/${handover.id}/messages`, { text: 'Goedemiddag! <b>Waarmee</b> kan ik helpen?' })).status).toBe(201);
    const fromAgent = await citizen.waitFor((activity) => activity.text?.includes('Goedemiddag!') ?? false);
    expect(fromAgent.text).toBe(`${name} (medewerker): Goedemiddag! <b>Waarmee</b> kan ik helpen?`);
    expect((fromAgent as { textFormat?: string }).textFormat).toBe('plain');

    const before = citizen.received.length;
    await citizen.send('Mijn paspoort is verlopen, wat nu?');
    const relayed = await anna.waitForEvent<{ message: { from: string; text: string } }>(
      ({ event, data }) => event === 'message' && data.message.from === 'citizen' && data.message.text.includes('paspoort'),
    );
    expect(relayed.data.message.text).toBe('Mijn paspoort is verlopen, wat nu?');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(citizen.received.slice(before).filter((activity) => activity.from.role !== 'user')).toEqual([]);

    expect((await winner.post(`/api/agent/handovers/${handover.id}/close`, { outcome: 'resolved' })).status).toBe(200);
    await citizen.waitFor((activity) => activity.text?.includes('weer met de digitale assistent') ?? false);
    await citizen.send('hondenbelasting');
    await citizen.waitFor((activity) => activity.channelData?.loket?.articleId === 'hondenbelasting');
    citizen.close();
    anna.close();
  });

  it('refuses empty, oversized and malformed agent messages with a clear 400', async () => {
    const anna = new AgentClient(loket.url);
    await anna.signIn('anna', PASSWORD);
    const id = '00000000-0000-4000-8000-000000000001';
    expect((await anna.post(`/api/agent/handovers/${id}/messages`, { text: '   ' })).status).toBe(400);
    expect((await anna.post(`/api/agent/handovers/${id}/messages`, { text: 'x'.repeat(2001) })).status).toBe(400);
    expect((await anna.post(`/api/agent/handovers/${id}/messages`, { words: 1 })).status).toBe(400);
    expect((await anna.post(`/api/agent/handovers/${id}/messages`, { text: 'hallo' })).status).toBe(409);
  });
});
