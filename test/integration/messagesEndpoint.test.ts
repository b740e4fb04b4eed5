import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { RunningLoket } from '../../bot/loket';
import { FIXTURES, temporaryDirectory } from '../support/paths';
import { postJson, startTestLoket } from '../support/loketServer';

/** Plays the channel service: receives the bot's replies (Bot Connector API) on loopback. */
async function startChannelSink(): Promise<{ url: string; replies: Record<string, unknown>[]; close: () => Promise<void> }> {
  const replies: Record<string, unknown>[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      replies.push({ path: req.url, ...JSON.parse(body || '{}') });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${replies.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, replies, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const activity = (serviceUrl: string, text: string) => ({
  type: 'message',
  id: 'act-1',
  channelId: 'emulator',
  serviceUrl,
  conversation: { id: 'conv-1' },
  from: { id: 'user-1', name: 'Burger' },
  recipient: { id: 'bot', name: 'Loket' },
  text,
  locale: 'nl-NL',
});

describe('POST /api/messages (Bot Framework channels, Emulator without credentials)', () => {
  let loket: RunningLoket;
  let sink: Awaited<ReturnType<typeof startChannelSink>>;
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;

  beforeAll(async () => {
    data = await temporaryDirectory('messages');
    sink = await startChannelSink();
    ({ loket } = await startTestLoket({ LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo') }));
    await loket.ready;
  });
  afterAll(async () => {
    await loket.close();
    await sink.close();
    await data.remove();
  });

  it('reports health and readiness with the loaded index', async () => {
    expect((await fetch(`${loket.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${loket.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', articles: 4 });
  });

  it('answers an activity by replying to the channel service', async () => {
    const response = await postJson(`${loket.url}/api/messages`, activity(sink.url, 'wanneer wordt mijn container geleegd'));
    expect(response.status).toBe(200);
    const reply = sink.replies.at(-1) as { path: string; text: string; channelData: { loket: { articleId: string } } };
    expect(reply.path).toBe('/v3/conversations/conv-1/activities/act-1');
    expect(reply.channelData.loket.articleId).toBe('afvalkalender');
  });

  it('rejects malformed JSON and non-activities with 400 and a clear message', async () => {
    const broken = await postJson(`${loket.url}/api/messages`, '{"type": "message",');
    expect(broken.status).toBe(400);
    const notActivity = await postJson(`${loket.url}/api/messages`, { hello: 'world' });
    expect(notActivity.status).toBe(400);
    expect(notActivity.json).toEqual({ error: { code: 'BadActivity', message: expect.stringContaining('not a valid Bot Framework activity') } });
    const wrongTypes = await postJson(`${loket.url}/api/messages`, { ...activity(sink.url, 'x'), conversation: 'conv-1' });
    expect(wrongTypes.status).toBe(400);
  });

  it('rejects oversized bodies with 413 before parsing them', async () => {
    const response = await postJson(`${loket.url}/api/messages`, activity(sink.url, 'x'.repeat(300 * 1024)));
    expect(response.status).toBe(413);
  });
});

describe('POST /api/messages with Azure Bot Service credentials', () => {
  it('rejects activities without a valid Bot Framework token (401), without showing internal messages', async () => {
    const data = await temporaryDirectory('auth');
    const { loket } = await startTestLoket({
      LOKET_DATA_DIR: data.path,
      LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo'),
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
    });
    try {
      const anonymous = await postJson(`${loket.url}/api/messages`, activity('http://127.0.0.1:9/', 'hondenbelasting'));
      expect(anonymous.status).toBe(401);
      expect(anonymous.json).toEqual({ error: { code: '401', message: 'The request is not authenticated for this bot.' } });
      const forged = await postJson(`${loket.url}/api/messages`, activity('http://127.0.0.1:9/', 'hondenbelasting'), {
        Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
      });
      expect(forged.status).toBe(401);
      expect(forged.text).not.toMatch(/Unauthorized Access|jwt|token/i);
    } finally {
      // The index is still being built into the data folder; removing the folder first left it behind in /tmp.
      await loket.ready;
      await loket.close();
      await data.remove();
    }
  });
});

describe('a Loket whose knowledge cannot load', () => {
  it('is not ready, and still answers citizens with a way to a person', async () => {
    const data = await temporaryDirectory('broken');
    const sink = await startChannelSink();
    const { loket } = await startTestLoket({ LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: join(data.path, 'missing') });
    await expect(loket.ready).rejects.toThrow();
    try {
      const ready = await fetch(`${loket.url}/readyz`);
      expect(ready.status).toBe(503);
      await postJson(`${loket.url}/api/messages`, activity(sink.url, 'hondenbelasting'));
      const reply = sink.replies.at(-1) as { text: string; channelData: { loket: { reason: string } } };
      expect(reply.channelData.loket.reason).toBe('error');
      expect(reply.text).toContain('14 0456');
    } finally {
      await loket.close();
      await sink.close();
      await data.remove();
    }
  });
});
