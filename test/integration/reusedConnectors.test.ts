import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import { ConnectorClient } from 'botframework-connector';
import { ReusedConnectors } from '../../adapters/channels/reusedConnectors';

/** A channel service on loopback that records the text of every reply it receives. */
async function startChannel(): Promise<{ url: string; texts: string[]; close: () => Promise<void> }> {
  const texts: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      texts.push(String((JSON.parse(body || '{}') as { text?: string }).text));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"id":"1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, texts, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const activity = (serviceUrl: string, text: string): Activity =>
  ({
    type: 'message',
    id: `m-${text}`,
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: 'c-1' },
    from: { id: 'u-1' },
    recipient: { id: 'bot' },
    text,
  }) as Activity;

/** The connector factory of an unauthenticated incoming request, as CloudAdapter gets it. */
async function factoryOf(auth: ReusedConnectors): Promise<{ create: (serviceUrl: string) => Promise<ConnectorClient> }> {
  const { connectorFactory, audience } = await auth.authenticateRequest(activity('http://127.0.0.1:1/', 'hallo'), '');
  if (!connectorFactory) throw new Error('no connector factory');
  return { create: (serviceUrl) => connectorFactory.create(serviceUrl, audience) };
}

describe('ReusedConnectors (one connector client per channel endpoint)', () => {
  it('gives the same client for the same endpoint and another for another endpoint', async () => {
    const auth = new ReusedConnectors(new ConfigurationBotFrameworkAuthentication({}));
    const first = await factoryOf(auth);
    const second = await factoryOf(auth);
    const client = await first.create('http://127.0.0.1:1/');
    expect(await second.create('http://127.0.0.1:1/')).toBe(client);
    expect(await second.create('http://127.0.0.1:2/')).not.toBe(client);
  });

  it('gives the same user-token client for every turn of the same app', async () => {
    const auth = new ReusedConnectors(new ConfigurationBotFrameworkAuthentication({}));
    const identity = async () => (await auth.authenticateRequest(activity('http://127.0.0.1:1/', 'hallo'), '')).claimsIdentity;
    const client = await auth.createUserTokenClient(await identity());
    expect(await auth.createUserTokenClient(await identity())).toBe(client);
    const plain = new ConfigurationBotFrameworkAuthentication({});
    expect(await plain.createUserTokenClient(await identity())).not.toBe(await plain.createUserTokenClient(await identity()));
  });

  it('keeps a bounded number of clients: senders choose the service URL when authentication is off', async () => {
    const factory = await factoryOf(new ReusedConnectors(new ConfigurationBotFrameworkAuthentication({})));
    const oldest = await factory.create('http://127.0.0.1:1/');
    for (let port = 2; port <= 100; port++) await factory.create(`http://127.0.0.1:${port}/`);
    expect(await factory.create('http://127.0.0.1:100/')).toBe(await factory.create('http://127.0.0.1:100/'));
    expect(await factory.create('http://127.0.0.1:1/')).not.toBe(oldest);
  });

  it('delivers each turn’s reply to the channel the turn came from', async () => {
    const [one, two] = [await startChannel(), await startChannel()];
    try {
      const adapter = new CloudAdapter(new ReusedConnectors(new ConfigurationBotFrameworkAuthentication({})));
      const echo = async (context: TurnContext) => void (await context.sendActivity(`re: ${context.activity.text ?? ''}`));
      for (const [channel, text] of [
        [one, 'eerste'],
        [two, 'tweede'],
        [one, 'derde'],
      ] as const) {
        await adapter.processActivityDirect('', activity(channel.url, text), echo);
      }
      expect(one.texts).toEqual(['re: eerste', 're: derde']);
      expect(two.texts).toEqual(['re: tweede']);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
