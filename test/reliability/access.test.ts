import { join } from 'node:path';
import WebSocket from 'ws';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { RunningLoket } from '../../bot/loket';
import { AgentClient } from '../support/agentClient';
import { ChatClient } from '../support/chatClient';
import { recordFigure } from '../support/figures';
import { postJson, startTestLoket } from '../support/loketServer';
import { FIXTURES, temporaryDirectory } from '../support/paths';

const PASSWORD = 'correct horse battery';
const ID = '00000000-0000-4000-8000-000000000000';

/** Every console endpoint, with the role it needs. */
const ENDPOINTS: { method: 'GET' | 'POST'; path: string; role: 'agent' | 'editor' }[] = [
  { method: 'GET', path: '/api/agent/queue', role: 'agent' },
  { method: 'GET', path: '/api/agent/canned', role: 'agent' },
  { method: 'GET', path: `/api/agent/handovers/${ID}`, role: 'agent' },
  { method: 'POST', path: `/api/agent/handovers/${ID}/claim`, role: 'agent' },
  { method: 'POST', path: `/api/agent/handovers/${ID}/messages`, role: 'agent' },
  { method: 'POST', path: `/api/agent/handovers/${ID}/transfer`, role: 'agent' },
  { method: 'POST', path: `/api/agent/handovers/${ID}/close`, role: 'agent' },
  { method: 'GET', path: '/api/editor/inbox', role: 'editor' },
  { method: 'POST', path: '/api/editor/inbox/link', role: 'editor' },
  { method: 'POST', path: '/api/editor/inbox/dismiss', role: 'editor' },
  { method: 'POST', path: '/api/editor/articles', role: 'editor' },
  { method: 'POST', path: '/api/editor/articles/preview', role: 'editor' },
  { method: 'GET', path: '/api/editor/index', role: 'editor' },
  { method: 'GET', path: '/api/editor/analytics', role: 'editor' },
  { method: 'GET', path: '/api/editor/export.csv', role: 'editor' },
  { method: 'GET', path: '/api/editor/export.json', role: 'editor' },
];

describe('who may do what', () => {
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: RunningLoket;
  const clients: Record<string, AgentClient> = {};

  beforeAll(async () => {
    data = await temporaryDirectory('access');
    const accounts = new AgentAccounts(join(data.path, 'agents.json'));
    await accounts.save({ name: 'anna', displayName: 'Anna', roles: ['agent'] }, PASSWORD);
    await accounts.save({ name: 'eva', displayName: 'Eva', roles: ['editor'] }, PASSWORD);
    await accounts.save({ name: 'root', displayName: 'Beheer', roles: ['admin'] }, PASSWORD);
    ({ loket } = await startTestLoket({ LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo') }));
    await loket.ready;
    for (const [name, area] of [
      ['anna', 'agent'],
      ['eva', 'editor'],
      ['root', 'editor'],
    ] as const) {
      clients[name] = new AgentClient(loket.url, area);
      expect(await clients[name].signIn(name, PASSWORD)).toBe(200);
    }
  });
  afterAll(async () => {
    await loket?.close();
    await data?.remove();
  });

  const call = (client: AgentClient, endpoint: (typeof ENDPOINTS)[number]) =>
    endpoint.method === 'GET' ? client.get(endpoint.path) : client.post(endpoint.path, {});

  it('anonymous callers get 401 on every console endpoint', async () => {
    const anonymous = new AgentClient(loket.url);
    for (const endpoint of ENDPOINTS) expect([endpoint.path, (await call(anonymous, endpoint)).status]).toEqual([endpoint.path, 401]);
    recordFigure('access', 'console endpoints checked per role', ENDPOINTS.length);
  });

  it("an agent gets 403 on the editor's endpoints, an editor on the agent's; an admin passes both", async () => {
    for (const endpoint of ENDPOINTS) {
      const other = endpoint.role === 'agent' ? clients.eva : clients.anna;
      expect([endpoint.path, (await call(other as AgentClient, endpoint)).status]).toEqual([endpoint.path, 403]);
      const admin = (await call(clients.root as AgentClient, endpoint)).status;
      expect([endpoint.path, admin === 401 || admin === 403]).toEqual([endpoint.path, false]);
    }
  });

  it('a change without the CSRF header is refused even for the right role', async () => {
    expect((await (clients.anna as AgentClient).post(`/api/agent/handovers/${ID}/claim`, {}, {})).status).toBe(403);
    expect((await (clients.eva as AgentClient).post('/api/editor/articles/preview', {}, {})).status).toBe(403);
  });

  it("a citizen's token opens only their own conversation: reading, writing and streaming another's is 403", async () => {
    const alice = await ChatClient.start(loket.url);
    const bob = await ChatClient.start(loket.url);
    await alice.connect();
    const other = `${loket.url}/v3/directline/conversations/${alice.grant.conversationId}`;
    const headers = { Authorization: `Bearer ${bob.grant.token}` };
    expect((await fetch(`${other}/activities`, { headers })).status).toBe(403);
    expect((await postJson(`${other}/activities`, { type: 'message', text: 'hallo' }, headers)).status).toBe(403);
    expect((await fetch(other, { headers })).status).toBe(403);
    const socket = new WebSocket(`${loket.url.replace('http', 'ws')}/v3/directline/conversations/${alice.grant.conversationId}/stream?t=${bob.grant.token}`);
    const refused = await new Promise<boolean>((resolve) => {
      socket.once('open', () => resolve(false));
      socket.once('error', () => resolve(true));
      socket.once('unexpected-response', () => resolve(true));
    });
    expect(refused).toBe(true);
    alice.close();
  });

  it('pages carry the security headers: CSP without inline scripts, no-sniff, frame-ancestors; HSTS behind TLS', async () => {
    for (const path of ['/', '/agent', '/editor']) {
      const response = await fetch(`${loket.url}${path}`, { headers: { 'X-Forwarded-Proto': 'https' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain('frame-ancestors');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    }
    expect((await fetch(`${loket.url}/`)).headers.get('strict-transport-security')).toBeNull();
  });
});
