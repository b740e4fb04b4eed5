import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { RunningLoket } from '../../bot/loket';
import { AgentClient } from '../support/agentClient';
import { ChatClient, pressButton, StreamedActivity } from '../support/chatClient';
import { startTestLoket } from '../support/loketServer';
import { FIXTURES, temporaryDirectory } from '../support/paths';
import { startRedis, TestRedis } from '../support/redisServer';
import { waitUntil } from '../support/waitUntil';

const PASSWORD = 'correct horse battery';
const UNANSWERED = 'mijn viervoeter inschrijven bij jullie';

interface Cluster {
  label: string;
  eventIds: string[];
  phrasings: string[];
  citizens: number;
  statuses: Record<string, number>;
  suggestions: { articleId: string; score: number; chosenBy?: number }[];
  draft?: { text: string; agent: string };
}
interface IndexStatus {
  state: string;
  fingerprint: string;
  articles: number;
  publishedBy?: string;
}

/** Asks one question in a new Direct Line conversation and returns the bot's reply. */
async function ask(loket: RunningLoket, question: string): Promise<{ reply: StreamedActivity; citizen: ChatClient }> {
  const citizen = await ChatClient.start(loket.url);
  await citizen.connect();
  await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'welcome');
  return { reply: await citizen.ask(question), citizen };
}

/** Two Loket processes sharing a real Redis on loopback: an editor publishes on one, both answer from the new text. */
describe('the editor console API with Redis', () => {
  let redis: TestRedis;
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let a: RunningLoket;
  let b: RunningLoket;
  let eva: AgentClient;

  beforeAll(async () => {
    redis = await startRedis();
    data = await temporaryDirectory('editor');
    await cp(join(FIXTURES, 'knowledge', 'demo'), join(data.path, 'content', 'demo'), { recursive: true });
    const accountsFile = join(data.path, 'agents.json');
    const accounts = new AgentAccounts(accountsFile);
    await accounts.save({ name: 'eva', displayName: 'Eva', roles: ['editor'] }, PASSWORD);
    await accounts.save({ name: 'anna', displayName: 'Anna', roles: ['agent'] }, PASSWORD);
    const env = (name: string) => ({
      LOKET_DATA_DIR: join(data.path, name),
      LOKET_KNOWLEDGE_PATH: join(data.path, 'content'),
      LOKET_AGENT_ACCOUNTS_FILE: accountsFile,
      LOKET_CHAT_TOKEN_SECRET: 'a shared secret for both test processes',
      LOKET_HANDOVER_HOURS: 'always',
      LOKET_HANDOVER_HOLIDAYS: 'none',
      REDIS_URL: redis.url,
    });
    ({ loket: a } = await startTestLoket(env('a')));
    ({ loket: b } = await startTestLoket(env('b')));
    await Promise.all([a.ready, b.ready]);
    eva = new AgentClient(a.url, 'editor');
    expect(await eva.signIn('eva', PASSWORD)).toBe(200);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
    await data?.remove();
  });

  it('lets in editors only: anonymous 401, an agent 401 at sign-in and 403 on the API, changes need the CSRF header', async () => {
    const anonymous = new AgentClient(a.url, 'editor');
    expect((await anonymous.get('/api/editor/inbox')).status).toBe(401);
    expect((await anonymous.get('/api/editor/export.csv')).status).toBe(401);
    expect(await new AgentClient(a.url, 'editor').signIn('anna', PASSWORD)).toBe(401);
    const anna = new AgentClient(a.url, 'agent');
    expect(await anna.signIn('anna', PASSWORD)).toBe(200);
    expect((await anna.get('/api/editor/inbox')).status).toBe(403);
    expect((await anna.post('/api/editor/inbox/dismiss', { eventIds: ['abc-0123456789'] })).status).toBe(403);
    expect((await eva.post('/api/editor/inbox/dismiss', { eventIds: ['abc-0123456789'] }, {})).status).toBe(403);
    expect((await eva.get('/api/agent/queue')).status).toBe(403);
  });

  it('an unanswered question shows up in the inbox of any process; linking it makes both processes answer it', async () => {
    const { reply } = await ask(a, UNANSWERED);
    expect(reply.channelData?.loket?.kind).toBe('abstain');
    const before = (await eva.get<IndexStatus>('/api/editor/index')).body;

    const onB = new AgentClient(b.url, 'editor');
    await onB.signIn('eva', PASSWORD);
    const inbox = (await onB.get<{ clusters: Cluster[]; articles: { id: string }[] }>('/api/editor/inbox')).body;
    const cluster = inbox.clusters.find((candidate) => candidate.label === UNANSWERED);
    expect(cluster).toMatchObject({ citizens: 1, statuses: { abstained: 1 }, phrasings: [UNANSWERED] });
    expect(inbox.articles.map((article) => article.id)).toContain('hondenbelasting');
    // No article shares a word with it: none is suggested (and none preselected for linking).
    expect(cluster?.suggestions).toEqual([]);

    const linked = await onB.post<{ article: { title: string } }>('/api/editor/inbox/link', {
      eventIds: cluster?.eventIds,
      articleId: 'hondenbelasting',
      phrasings: cluster?.phrasings,
    });
    expect(linked).toMatchObject({ status: 200, body: { article: { title: 'Hondenbelasting' } } });
    for (const loket of [a, b]) {
      const editor = loket === a ? eva : onB;
      await waitUntil(async () => {
        const status = (await editor.get<IndexStatus>('/api/editor/index')).body;
        return status.state === 'ready' && status.fingerprint !== before.fingerprint ? status : undefined;
      });
      expect((await ask(loket, UNANSWERED)).reply.channelData?.loket).toMatchObject({ kind: 'answer', articleId: 'hondenbelasting' });
    }
    const after = (await eva.get<{ clusters: Cluster[] }>('/api/editor/inbox')).body;
    expect(after.clusters.find((candidate) => candidate.label === UNANSWERED)).toBeUndefined();
  });

  it('suggests first the article citizens chose from the topics offered for a question', async () => {
    const question = 'wat kost een paspoort of een hond';
    const { reply, citizen } = await ask(a, question);
    expect(reply.channelData?.loket).toMatchObject({ kind: 'abstain', reason: 'abstain:suggested', options: ['paspoortaanvraag'] });
    await pressButton(citizen, reply, /^Paspoortaanvraag$/);
    await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'answer:chosen');
    const cluster = await waitUntil(async () => {
      const inbox = (await eva.get<{ clusters: Cluster[] }>('/api/editor/inbox')).body;
      const found = inbox.clusters.find((candidate) => candidate.label === question);
      return found?.suggestions[0]?.chosenBy ? found : undefined;
    });
    expect(cluster.suggestions[0]).toMatchObject({ articleId: 'paspoortaanvraag', chosenBy: 1 });
    expect(cluster.suggestions.filter((suggestion) => suggestion.articleId === 'paspoortaanvraag')).toHaveLength(1);
  });

  it('publishes a new article written in the console, checked first, on every process', async () => {
    const preview = await eva.post<{ answer: string; check: { readingEase: number; level: string } }>('/api/editor/articles/preview', {
      title: 'Kat laten chippen',
      lead: 'Uw kat laat u chippen bij de dierenarts. De gemeente doet dit niet.',
      body: '## Kosten\n\nDe dierenarts vraagt ongeveer € 40.',
    });
    expect(preview.status).toBe(200);
    expect(preview.body.answer).toContain('Uw kat laat u chippen bij de dierenarts.');
    expect(preview.body.check.level).toBe('easy');

    const incomplete = await eva.post<{ error: { message: string } }>('/api/editor/articles', {
      title: 'Kat laten chippen',
      questions: ['kat chippen'],
      lead: '',
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.message).toMatch(/kern van het antwoord/i);

    const article = {
      title: 'Kat laten chippen',
      questions: ['kat chippen', 'waar laat ik mijn kat chippen'],
      lead: 'Uw kat laat u chippen bij de dierenarts. De gemeente doet dit niet.',
      body: '## Kosten\n\nDe dierenarts vraagt ongeveer € 40.',
      tags: ['dieren'],
    };
    const created = await eva.post<{ article: { id: string } }>('/api/editor/articles', article);
    expect(created).toMatchObject({ status: 201, body: { article: { id: 'kat-laten-chippen' } } });
    expect((await eva.post('/api/editor/articles', article)).status).toBe(409);
    await waitUntil(async () =>
      (await ask(b, 'waar kan ik mijn kat laten chippen')).reply.channelData?.loket?.articleId === 'kat-laten-chippen' ? true : undefined,
    );
    expect((await ask(a, 'kat chippen')).reply.channelData?.loket?.articleId).toBe('kat-laten-chippen');
    expect((await eva.get<IndexStatus>('/api/editor/index')).body).toMatchObject({ state: 'ready', articles: 5, publishedBy: 'Eva' });
  });

  it('after publishing, lists the questions citizens asked that now get another answer', async () => {
    const question = 'hoeveel hondenbelasting betaal ik per jaar';
    const figures = async () => (await eva.get<{ totals: { answered: number } }>('/api/editor/analytics?period=day&days=1')).body.totals.answered;
    const answeredBefore = await figures();
    expect((await ask(a, question)).reply.channelData?.loket).toMatchObject({ kind: 'answer', articleId: 'hondenbelasting' });
    await waitUntil(async () => ((await figures()) > answeredBefore ? true : undefined));
    const before = (await eva.get<IndexStatus>('/api/editor/index')).body;

    const created = await eva.post('/api/editor/articles', {
      title: 'Korting op hondenbelasting',
      questions: [question],
      lead: 'Heeft u een laag inkomen? Dan betaalt u minder hondenbelasting.',
      tags: ['hond'],
    });
    expect(created.status).toBe(201);
    const status = await waitUntil(async () => {
      const current = (await eva.get<IndexStatus & { check?: unknown }>('/api/editor/index')).body;
      return current.state === 'ready' && current.fingerprint !== before.fingerprint ? current : undefined;
    });
    expect(status.check).toMatchObject({
      questions: expect.any(Number),
      moved: [{ question, was: 'Hondenbelasting', now: ['Korting op hondenbelasting'], source: 'asked' }],
      movedTotal: 1,
    });
  });

  it('offers an agent answer from a resolved handover as a draft', async () => {
    const question = 'mag ik kippen houden in mijn achtertuin';
    const anna = new AgentClient(b.url, 'agent');
    await anna.signIn('anna', PASSWORD);
    await anna.listen();
    const { citizen } = await ask(a, question);
    await citizen.send('ik wil een medewerker spreken');
    const offer = await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'handover:requested', 5000);
    await pressButton(citizen, offer, /Ja/);
    const handover = await waitUntil(async () => {
      const queue = (await anna.get<{ handovers: { id: string; status: string }[] }>('/api/agent/queue')).body;
      return queue.handovers.find((item) => item.status === 'queued');
    });
    await anna.post(`/api/agent/handovers/${handover.id}/claim`);
    await anna.post(`/api/agent/handovers/${handover.id}/messages`, { text: 'Ja, u mag tot tien kippen houden. Bel 0612345678 als u vragen heeft.' });
    expect((await anna.post(`/api/agent/handovers/${handover.id}/close`, { outcome: 'resolved' })).status).toBe(200);
    const cluster = await waitUntil(async () => {
      const inbox = (await eva.get<{ clusters: Cluster[] }>('/api/editor/inbox')).body;
      return inbox.clusters.find((candidate) => candidate.label === question && candidate.draft);
    });
    expect(cluster.draft).toEqual({
      text: 'Ja, u mag tot tien kippen houden. Bel [TELEFOONNUMMER] als u vragen heeft.',
      agent: 'Anna',
      at: expect.any(Number),
    });
    citizen.close();
    anna.close();
  });

  it('dismisses a question as out of scope: off the inbox, kept as an abstain example', async () => {
    const question = 'wie wint het wk voetbal';
    await ask(a, question);
    const inbox = (await eva.get<{ clusters: Cluster[] }>('/api/editor/inbox')).body;
    const cluster = inbox.clusters.find((candidate) => candidate.label === question);
    expect((await eva.post('/api/editor/inbox/dismiss', { eventIds: cluster?.eventIds })).body).toEqual({ dismissed: 1 });
    const after = (await eva.get<{ clusters: Cluster[] }>('/api/editor/inbox')).body;
    expect(after.clusters.find((candidate) => candidate.label === question)).toBeUndefined();
    const examples = await readFile(join(data.path, 'a', 'editorial', 'out-of-scope.jsonl'), 'utf8');
    expect(JSON.parse(examples.trim().split('\n').pop() as string)).toMatchObject({ q: question, expect: { abstain: true } });
  });

  it("shows the figures and exports them as open data without citizens' words", async () => {
    const figures = (
      await eva.get<{ totals: { questions: number; answered: number; abstained: number }; series: unknown[] }>('/api/editor/analytics?period=day&days=7')
    ).body;
    expect(figures.totals.questions).toBeGreaterThanOrEqual(6);
    expect(figures.totals.answered).toBeGreaterThanOrEqual(3);
    expect(figures.series.length).toBeGreaterThanOrEqual(7);
    const csv = await fetch(`${a.url}/api/editor/export.csv?period=week&days=30`, { headers: { Cookie: eva.cookieHeader } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\n')[0]).toMatch(/^week,questions,answered,/);
    expect(text).not.toMatch(/viervoeter|kippen|voetbal/);
    expect((await eva.get('/api/editor/analytics?days=abc')).status).toBe(400);
  });
});
