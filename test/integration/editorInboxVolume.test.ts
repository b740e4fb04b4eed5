import { join } from 'node:path';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { RunningLoket } from '../../bot/loket';
import { AgentClient } from '../support/agentClient';
import { startTestLoket } from '../support/loketServer';
import { FIXTURES, temporaryDirectory } from '../support/paths';
import { logUnanswered, topicQuestion } from '../support/unansweredQuestions';

const PASSWORD = 'correct horse battery';
const SMALL_TOPICS = 130;
/** More citizens than the old limit of 500 questions per link or dismiss. */
const BIG_TOPIC_CITIZENS = 700;
const BIG_TOPIC = 'wanneer komt de zwemvierdaagse weer';

interface Inbox {
  clusters: { label: string; eventIds: string[]; citizens: number; suggestions: unknown[] }[];
  total: number;
}

/** The inbox of a busy month: many distinct topics and one asked by hundreds of citizens. */
async function plantMonth(loket: RunningLoket): Promise<void> {
  const month = 20 * 86_400_000;
  for (let topic = 0; topic < SMALL_TOPICS; topic++) await logUnanswered(loket, `small-${topic}`, topicQuestion(topic), month - topic * 1000);
  await Promise.all(Array.from({ length: BIG_TOPIC_CITIZENS }, (_, citizen) => logUnanswered(loket, `big-${citizen}`, BIG_TOPIC, month / 2 - citizen * 1000)));
}

describe('the editor inbox with a busy month in the log', () => {
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: RunningLoket;
  let eva: AgentClient;

  beforeAll(async () => {
    data = await temporaryDirectory('editor-volume');
    await new AgentAccounts(join(data.path, 'agents.json')).save({ name: 'eva', displayName: 'Eva', roles: ['editor'] }, PASSWORD);
    ({ loket } = await startTestLoket({ LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo') }));
    await loket.ready;
    await plantMonth(loket);
    eva = new AgentClient(loket.url, 'editor');
    expect(await eva.signIn('eva', PASSWORD)).toBe(200);
  });
  afterAll(async () => {
    await loket?.close();
    await data?.remove();
  });

  it('sends the biggest clusters a page at a time, with the number there are in all', async () => {
    const first = (await eva.get<Inbox>('/api/editor/inbox')).body;
    expect(first.total).toBe(SMALL_TOPICS + 1);
    expect(first.clusters).toHaveLength(50);
    expect(first.clusters[0]).toMatchObject({ label: BIG_TOPIC, citizens: BIG_TOPIC_CITIZENS });
    expect(first.clusters.every((cluster) => Array.isArray(cluster.suggestions))).toBe(true);

    const all = (await eva.get<Inbox>('/api/editor/inbox?limit=1000')).body;
    expect(all.clusters).toHaveLength(SMALL_TOPICS + 1);
    expect(all.clusters.slice(0, 50).map((cluster) => cluster.label)).toEqual(first.clusters.map((cluster) => cluster.label));
  });

  it('refuses a page size or period it cannot use, with a clear message', async () => {
    for (const query of ['limit=0', 'limit=1001', 'limit=abc', 'days=0']) {
      const response = await eva.get<{ error: { message: string } }>(`/api/editor/inbox?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/1 tot 1000 groepen/);
    }
  });

  it('lists the most unanswered topic first in the figures, and dismisses all its questions at once', async () => {
    const figures = (await eva.get<{ topUnanswered: { label: string; count: number }[] }>('/api/editor/analytics?days=30')).body;
    expect(figures.topUnanswered[0]).toEqual({ label: BIG_TOPIC, count: BIG_TOPIC_CITIZENS });

    const big = (await eva.get<Inbox>('/api/editor/inbox?limit=1')).body.clusters[0];
    expect(big?.eventIds).toHaveLength(BIG_TOPIC_CITIZENS);
    expect((await eva.post('/api/editor/inbox/dismiss', { eventIds: big?.eventIds })).body).toEqual({ dismissed: BIG_TOPIC_CITIZENS });
    const after = (await eva.get<Inbox>('/api/editor/inbox')).body;
    expect(after.total).toBe(SMALL_TOPICS);
    expect(after.clusters.map((cluster) => cluster.label)).not.toContain(BIG_TOPIC);
  });
});
