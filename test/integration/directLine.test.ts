import { readdir, readFile } from 'node:fs/promises';
import WebSocket from 'ws';
import { join } from 'node:path';
import { RunningLoket } from '../../bot/loket';
import { FIXTURES, temporaryDirectory } from '../support/paths';
import { ChatClient, pressButton, StreamedActivity } from '../support/chatClient';
import { postJson, startTestLoket } from '../support/loketServer';

describe("Loket's own Direct Line transport for the chat page", () => {
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: RunningLoket;
  const env = () => ({ LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo') });

  beforeAll(async () => {
    data = await temporaryDirectory('directline');
    ({ loket } = await startTestLoket(env()));
    await loket.ready;
  });
  afterAll(async () => {
    await loket.close();
    await data.remove();
  });

  it('starts a conversation with a welcome, echoes the message and streams the answer', async () => {
    const client = await ChatClient.start(loket.url);
    expect(await client.connect()).toBe(201);
    const welcome = await client.waitFor((activity) => activity.text?.includes('geen mens') ?? false);
    expect(welcome.from.id).toBe('loket');
    expect((await client.send('hondenbelasting')).status).toBe(200);
    const echo = await client.waitFor((activity) => activity.from.role === 'user');
    expect(echo).toMatchObject({ text: 'hondenbelasting', from: { id: client.grant.userId }, channelData: { clientActivityID: 'c-15' } });
    const answer = await client.waitFor((activity) => activity.channelData?.loket?.articleId === 'hondenbelasting');
    expect(answer.text).toContain('hondenbelasting');
    client.close();
  });

  it('keeps only redacted citizen text, in the stream and on disk', async () => {
    const client = await ChatClient.start(loket.url);
    await client.connect();
    await client.send('mijn bsn is 111222333, mag ik een hond');
    const echo = await client.waitFor((activity) => activity.from.role === 'user');
    expect(echo.text).toBe('mijn bsn is [BSN], mag ik een hond');
    await client.waitFor((activity) => activity.from.id === 'loket' && activity.channelData?.loket?.kind !== undefined);
    client.close();
    const files = await readdir(join(data.path, 'chats'));
    const stored = await Promise.all(files.map((file) => readFile(join(data.path, 'chats', file), 'utf8')));
    expect(stored.join('\n')).not.toContain('111222333');
  });

  it('lets a token open only its own conversation', async () => {
    const mine = await ChatClient.start(loket.url);
    const theirs = await ChatClient.start(loket.url);
    await theirs.connect();
    const intruder = new ChatClient(loket.url, { ...mine.grant, conversationId: theirs.grant.conversationId });
    expect((await intruder.send('hallo')).status).toBe(403);
    expect(await intruder.connect(`conversations/${theirs.grant.conversationId}?watermark=0`, 'GET')).toBe(403);
    const forged = new ChatClient(loket.url, { ...theirs.grant, token: `${theirs.grant.token.slice(0, -4)}abcd` });
    expect((await forged.send('hallo')).status).toBe(403);
    const anonymous = await fetch(`${loket.url}/v3/directline/conversations/${theirs.grant.conversationId}/activities`);
    expect(anonymous.status).toBe(403);
    theirs.close();
  });

  it('refuses a WebSocket stream without the right token', async () => {
    const client = await ChatClient.start(loket.url);
    const socket = new WebSocket(`${loket.url.replace('http', 'ws')}/v3/directline/conversations/${client.grant.conversationId}/stream?t=forged`);
    await expect(new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))).rejects.toThrow(/403/);
  });

  it('rejects a posted activity that is not a message with 400', async () => {
    const client = await ChatClient.start(loket.url);
    await client.connect();
    const response = await postJson(
      `${loket.url}/v3/directline/conversations/${client.grant.conversationId}/activities`,
      { type: 'invoke', name: 'x' },
      client.headers,
    );
    expect(response.status).toBe(400);
    client.close();
  });

  it('serves missed activities by watermark (polling clients)', async () => {
    const client = await ChatClient.start(loket.url);
    await client.connect();
    await client.send('afvalkalender');
    await client.waitFor((activity) => activity.channelData?.loket?.articleId === 'afvalkalender');
    const poll = await fetch(`${loket.url}/v3/directline/conversations/${client.grant.conversationId}/activities?watermark=1`, { headers: client.headers });
    const body = (await poll.json()) as { activities: StreamedActivity[]; watermark: string };
    expect(body.activities.map((activity) => activity.from.role ?? 'bot')).toEqual(['user', 'bot']);
    expect(body.watermark).toBe('3');
    client.close();
  });

  it('blanks the chat history on "verwijder mijn gegevens", and the conversation goes on', async () => {
    const client = await ChatClient.start(loket.url);
    await client.connect();
    await client.waitFor((activity) => activity.channelData?.loket?.reason === 'welcome');
    await client.ask('hondenbelasting voor mijn tweede hond');
    const asked = await client.ask('verwijder mijn gegevens');
    await pressButton(client, asked, /Ja, verwijder/);
    await client.waitFor((activity) => activity.channelData?.loket?.reason === 'erase:done');
    const file = await readFile(join(data.path, 'chats', `${client.grant.conversationId}.jsonl`), 'utf8');
    expect(file).not.toContain('tweede hond');
    expect(file).not.toContain('verwijder mijn gegevens');
    expect(file).toContain('Uw gesprek is verwijderd');
    const reloaded = new ChatClient(loket.url, client.grant);
    await reloaded.connect(`conversations/${client.grant.conversationId}?watermark=0`, 'GET');
    await reloaded.waitFor((activity) => activity.channelData?.loket?.reason === 'erase:done');
    expect(reloaded.received.filter((activity) => activity.type === 'message').map((activity) => activity.channelData?.loket?.reason)).toEqual(['erase:done']);
    expect((await client.ask('afvalkalender')).channelData?.loket?.articleId).toBe('afvalkalender');
    client.close();
    reloaded.close();
  });

  it('keeps the conversation across a restart: the page reconnects and sees its history', async () => {
    const client = await ChatClient.start(loket.url);
    await client.connect();
    await client.send('afvalkalender');
    await client.waitFor((activity) => activity.channelData?.loket?.articleId === 'afvalkalender');
    client.close();
    await loket.close();
    ({ loket } = await startTestLoket(env()));
    await loket.ready;
    const again = new ChatClient(loket.url, client.grant);
    expect(await again.connect(`conversations/${client.grant.conversationId}?watermark=0`, 'GET')).toBe(200);
    await again.waitFor((activity) => activity.channelData?.loket?.articleId === 'afvalkalender');
    await again.send('hondenbelasting');
    await again.waitFor((activity) => activity.channelData?.loket?.articleId === 'hondenbelasting');
    again.close();
  });
});
