import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { PROJECT_ROOT } from '../../bot/projectRoot';
import { AgentClient } from '../../test/support/agentClient';
import { ChatClient, pressButton } from '../../test/support/chatClient';
import { startLoketProcess } from '../../test/support/loketProcess';
import { startRedis } from '../../test/support/redisServer';

const PASSWORD = 'bench password 1234';

interface LevelFigures {
  handovers: number;
  messages: number;
  lost: number;
  p50: number;
  p99: number;
  perSecond: number;
}

/**
 * `npm run bench -- --handover`: a real Redis and two Loket processes. N
 * citizens on process A each ask for a person; one agent on process B claims
 * them all and sends every citizen messages at once. Measures how long an
 * agent message takes from the agent's POST on B to the citizen's socket on A
 * (p50/p99), and whether any is lost, for growing N.
 */
export async function benchHandovers(levels: number[], rounds: number): Promise<LevelFigures[]> {
  const redis = await startRedis();
  const data = await mkdtemp(join(tmpdir(), 'loket-handover-bench-'));
  const accountsFile = join(data, 'agents.json');
  await new AgentAccounts(accountsFile).save({ name: 'bench', displayName: 'Bench', roles: ['agent'] }, PASSWORD);
  const env = (name: string) => ({
    REDIS_URL: redis.url,
    LOKET_DATA_DIR: join(data, name),
    LOKET_KNOWLEDGE_PATH: join(PROJECT_ROOT, 'test', 'fixtures', 'knowledge', 'demo'),
    LOKET_CHAT_TOKEN_SECRET: 'bench-secret-of-at-least-thirty-two-chars',
    LOKET_AGENT_ACCOUNTS_FILE: accountsFile,
    LOKET_HANDOVER_HOURS: 'always',
    LOKET_HANDOVER_HOLIDAYS: 'none',
    LOG_LEVEL: 'warn',
  });
  const [a, b] = await Promise.all([startLoketProcess(env('a')), startLoketProcess(env('b'))]);
  try {
    const agent = new AgentClient(b.url);
    if ((await agent.signIn('bench', PASSWORD)) !== 200) throw new Error('bench agent could not sign in');
    await agent.listen();
    const figures: LevelFigures[] = [];
    for (const level of levels) figures.push(await measureLevel(a.url, agent, level, rounds));
    agent.close();
    return figures;
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
    await rm(data, { recursive: true, force: true });
  }
}

async function measureLevel(citizenUrl: string, agent: AgentClient, count: number, rounds: number): Promise<LevelFigures> {
  const sessions = await Promise.all(Array.from({ length: count }, () => queueCitizen(citizenUrl, agent)));
  for (const session of sessions) {
    const claim = await agent.post(`/api/agent/handovers/${session.id}/claim`);
    if (claim.status !== 200) throw new Error(`claim failed: ${claim.status}`);
  }
  const latencies: number[] = [];
  let lost = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      sessions.map(async (session) => {
        const text = `bench ${round} ${session.id}`;
        const sent = performance.now();
        await agent.post(`/api/agent/handovers/${session.id}/messages`, { text });
        try {
          await session.citizen.waitFor((activity) => activity.text?.endsWith(text) ?? false, 10_000);
          latencies.push(performance.now() - sent);
        } catch {
          lost++;
        }
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  for (const session of sessions) {
    await agent.post(`/api/agent/handovers/${session.id}/close`, { outcome: 'resolved' });
    session.citizen.close();
  }
  latencies.sort((x, y) => x - y);
  return {
    handovers: count,
    messages: latencies.length + lost,
    lost,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    perSecond: latencies.length / seconds,
  };
}

async function queueCitizen(url: string, agent: AgentClient): Promise<{ citizen: ChatClient; id: string }> {
  const citizen = await ChatClient.start(url);
  await citizen.connect();
  await citizen.send('ik wil een medewerker spreken');
  const offer = await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'handover:requested', 10_000);
  await pressButton(citizen, offer, /Ja, verbind/);
  await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'handover:queued', 10_000);
  const event = await agent.waitForEvent<{ conversationId: string; id: string }>(
    ({ event: name, data }) => name === 'handover' && data.conversationId === citizen.grant.conversationId,
    10_000,
  );
  return { citizen, id: event.data.id };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { levels: { type: 'string', default: '10,50,100,200' }, rounds: { type: 'string', default: '5' } } });
  const levels = (values.levels ?? '').split(',').map(Number);
  const figures = await benchHandovers(levels, Number(values.rounds));
  process.stdout.write('Agent message → citizen, agent on process B, citizen on process A, through Redis\n');
  process.stdout.write('handovers  messages  lost  p50 ms  p99 ms  msg/s\n');
  for (const row of figures) {
    process.stdout.write(
      `${String(row.handovers).padStart(9)}  ${String(row.messages).padStart(8)}  ${String(row.lost).padStart(4)}  ${row.p50.toFixed(1).padStart(6)}  ${row.p99.toFixed(1).padStart(6)}  ${row.perSecond.toFixed(0).padStart(5)}\n`,
    );
  }
  const held = figures.filter((row) => row.lost === 0 && row.p99 < 1000);
  process.stdout.write(`concurrent handovers relayed with p99 < 1 s and nothing lost: ${held.length ? Math.max(...held.map((row) => row.handovers)) : 0}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
