import fc from 'fast-check';
import { cp } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { RunningLoket } from '../../bot/loket';
import { AgentClient } from '../support/agentClient';
import { ChatClient, Grant, pressButton } from '../support/chatClient';
import { recordFigure } from '../support/figures';
import { startTestLoket } from '../support/loketServer';
import { FIXTURES, temporaryDirectory } from '../support/paths';

const PASSWORD = 'correct horse battery';
/** LOKET_MAX_BODY_BYTES' default (256 KiB): bigger bodies must be refused with 413. */
const MAX_BODY_BYTES = 256 * 1024;
/** Runs per property: the file takes about 30 s on two cores, leaving room for slower machines. */
const RUNS = { messages: 800, transport: 500, replies: 40, consoles: 1000 };
/** A request still unanswered after this long counts as a hang. */
const ANSWER_WITHIN_MS = 10_000;
/** A stack frame ("    at fn (file:1:2)") or an error's name and message echoed to the caller. */
const LEAKS = /\n\s+at .+[(:]\d+|\bError:/;

function exposeGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

interface Answer {
  status: number;
  text: string;
}
interface Probe {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Every property sends real HTTP requests to one Loket in this process and
 * checks what any caller may rely on: never a 5xx, never a stack trace or an
 * internal error message in the body. fast-check prints the seed and the
 * shrunk input of a failure, so a failing run can be replayed.
 */
describe('fuzzing the HTTP surface with fast-check', () => {
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: RunningLoket;
  let sink: Server;
  let sinkUrl = '';
  const tried = { inputs: 0 };
  const failures: string[] = [];
  let memoryBefore = 0;

  /** One request; a 5xx or a leaked stack is remembered for the figures and fails the property. */
  async function call(request: Probe): Promise<Answer> {
    tried.inputs++;
    const input = `${request.method} ${request.path} ${JSON.stringify(request.headers ?? {})} ${String(request.body ?? '').slice(0, 300)}`;
    let answer: Answer;
    try {
      const response = await fetch(`${loket.url}${request.path}`, {
        method: request.method,
        headers: request.headers ?? {},
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      });
      answer = { status: response.status, text: await response.text() };
    } catch (error) {
      const failure = `${input} → no answer (${(error as Error).name})`;
      failures.push(failure);
      throw new Error(`server failed: ${failure}`, { cause: error });
    }
    if (answer.status >= 500 || LEAKS.test(answer.text)) {
      const failure = `${input} → ${answer.status} ${answer.text.slice(0, 300)}`;
      failures.push(failure);
      throw new Error(`server failed: ${failure}`);
    }
    return answer;
  }

  /** Heap in use after a full collection (Jest runs without --expose-gc, so switch it on here), else the resident set. */
  const gc = (global as { gc?: () => void }).gc ?? exposeGc();
  function memory(): number {
    gc?.();
    return gc ? process.memoryUsage().heapUsed : process.memoryUsage().rss;
  }

  let anna: AgentClient;
  let eva: AgentClient;
  const handoverIds: string[] = [];
  const eventIds: string[] = [];
  /** Articles the fuzzed editor calls published (201), shown if the index breaks. */
  const published: unknown[] = [];

  beforeAll(async () => {
    data = await temporaryDirectory('fuzz');
    // Editors may publish while being fuzzed, and publishing writes article files: a copy of the fixture.
    await cp(join(FIXTURES, 'knowledge', 'demo'), join(data.path, 'content', 'demo'), { recursive: true });
    const accounts = new AgentAccounts(join(data.path, 'agents.json'));
    await accounts.save({ name: 'anna', displayName: 'Anna', roles: ['agent'] }, PASSWORD);
    await accounts.save({ name: 'eva', displayName: 'Eva', roles: ['editor'] }, PASSWORD);
    ({ loket } = await startTestLoket({
      LOKET_DATA_DIR: join(data.path, 'data'),
      LOKET_KNOWLEDGE_PATH: join(data.path, 'content'),
      LOKET_AGENT_ACCOUNTS_FILE: join(data.path, 'agents.json'),
      LOKET_HANDOVER_HOURS: 'always',
      LOKET_HANDOVER_HOLIDAYS: 'none',
    }));
    await loket.ready;
    // Plays a Bot Framework channel service, so well-formed activities on /api/messages get their replies delivered.
    sink = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"id":"sink"}');
      });
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/`;

    anna = new AgentClient(loket.url, 'agent');
    eva = new AgentClient(loket.url, 'editor');
    expect(await anna.signIn('anna', PASSWORD)).toBe(200);
    expect(await eva.signIn('eva', PASSWORD)).toBe(200);
    // An agent online (the open event stream), so citizens are offered the live handover.
    await anna.listen();
    // Real handovers, so fuzzed console calls also hit existing ids (queued and claimed).
    for (let i = 0; i < 2; i++) {
      const citizen = await ChatClient.start(loket.url);
      await citizen.connect();
      const offer = await citizen.ask('ik wil een medewerker spreken');
      await pressButton(citizen, offer, /Ja, verbind/);
      await citizen.waitFor((activity) => activity.channelData?.loket?.reason === 'handover:queued', 5000);
      citizen.close();
    }
    const queue = await anna.get<{ handovers: { id: string }[] }>('/api/agent/queue');
    handoverIds.push(...queue.body.handovers.map((handover) => handover.id));
    expect(handoverIds.length).toBe(2);
    expect((await anna.post(`/api/agent/handovers/${handoverIds[0]}/claim`)).status).toBe(200);
    // Unanswered questions in the editors' inbox, so fuzzed links and dismissals also hit real event ids.
    const asker = await ChatClient.start(loket.url);
    await asker.connect();
    for (const question of ['mijn viervoeter inschrijven bij jullie', 'wie wint het wk voetbal', 'mag ik kippen houden']) await asker.ask(question);
    asker.close();
    const inbox = await eva.get<{ clusters: { eventIds: string[] }[] }>('/api/editor/inbox');
    eventIds.push(...inbox.body.clusters.flatMap((cluster) => cluster.eventIds));
    expect(eventIds.length).toBeGreaterThan(0);
    memoryBefore = memory();
  }, 30_000);

  /** Any string a caller can put in a path segment, URL-encoded as a browser would. */
  const segment = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '..', '%', '%00', 'con', '__proto__', 'a'.repeat(3000)));
  const wrongTyped = fc.oneof(fc.jsonValue(), fc.constant(null), fc.integer(), fc.array(fc.string()), fc.object());
  const maybe = <T>(right: fc.Arbitrary<T>) => fc.oneof(right, wrongTyped);
  /** One of the ids the set-up found (arbitraries are built before it runs, so pick at generation time). */
  const pickFrom = (ids: string[]) => fc.nat({ max: 999 }).map((index) => ids[index % Math.max(ids.length, 1)] ?? 'none-yet');
  /** Mostly well-formed records (so the handlers behind validation run too), the rest with a few fields of the wrong type or missing. */
  const mostlyValid = <T extends Record<string, unknown>>(valid: fc.Arbitrary<T>) =>
    fc.oneof(
      { weight: 3, arbitrary: valid as fc.Arbitrary<Record<string, unknown>> },
      {
        weight: 2,
        arbitrary: fc
          .tuple(valid, fc.array(fc.tuple(fc.nat(), fc.oneof(wrongTyped, fc.constant(undefined))), { minLength: 1, maxLength: 3 }))
          .map(([record, changes]) => {
            const copy: Record<string, unknown> = { ...record };
            const keys = Object.keys(copy);
            for (const [index, value] of changes) if (keys.length > 0) copy[keys[index % keys.length] as string] = value;
            return copy;
          }),
      },
    );

  describe('POST /api/messages (Bot Framework channels)', () => {
    const activityLike = mostlyValid(
      fc.record(
        {
          type: fc.constantFrom('message', 'conversationUpdate', 'event', 'invoke', 'typing', 'messageReaction', 'endOfConversation', 'installationUpdate'),
          id: fc.string({ maxLength: 256 }),
          channelId: fc.constantFrom('emulator', 'msteams', 'directline', 'webchat', 'test'),
          // Not an unreachable address: the connector retries it for about 11 s per reply (a 200 in the end), too slow to fuzz.
          serviceUrl: fc.oneof({ weight: 8, arbitrary: fc.constant('SINK') }, fc.constantFrom('not a url', 'javascript:alert(1)', 'file:///etc/passwd')),
          conversation: fc.record({ id: fc.string({ minLength: 1, maxLength: 512 }) }),
          from: fc.record({ id: fc.string({ minLength: 1, maxLength: 512 }), role: fc.constantFrom('user', 'bot') }, { requiredKeys: ['id'] }),
          recipient: fc.record({ id: fc.string({ maxLength: 512 }) }),
          text: fc.oneof(
            fc.string(),
            fc.string({ unit: 'binary' }),
            fc.constantFrom('hondenbelasting', 'ik wil een medewerker spreken', 'Ja, verbind mij door'),
          ),
          value: fc.jsonValue(),
          locale: fc.constantFrom('nl-NL', 'en-US', 'xx', ''),
          attachments: fc.array(fc.jsonValue(), { maxLength: 55 }),
          membersAdded: fc.array(fc.record({ id: fc.string() }), { maxLength: 3 }),
          channelData: fc.jsonValue(),
          entities: fc.array(fc.jsonValue(), { maxLength: 3 }),
        },
        { requiredKeys: ['type', 'channelId', 'serviceUrl', 'conversation', 'from'] },
      ),
    );
    const jsonBody = fc.oneof(
      { weight: 8, arbitrary: activityLike.map((activity) => JSON.stringify(activity).replaceAll('"SINK"', JSON.stringify(sinkUrl))) },
      { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
      { weight: 1, arbitrary: fc.object().map((value) => JSON.stringify(value)) },
      { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"polluted":1},"type":"message"}', '{"constructor":{"prototype":{"x":1}}}') },
      { weight: 2, arbitrary: fc.string().map((text) => `{"type":"message","text":${text}`) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
    );
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=utf-16',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/octet-stream',
      '',
      'application/json, text/html',
    );
    const authorization = fc.option(
      fc.oneof(
        fc.string(),
        fc.constant('Bearer e30.e30.e30'),
        fc.string().map((token) => `Bearer ${token}`),
      ),
      { nil: undefined },
    );

    it('never answers 5xx or leaks a stack, whatever the body, content type or Authorization', async () => {
      await fc.assert(
        fc.asyncProperty(jsonBody, contentType, authorization, async (body, type, auth) => {
          const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
          if (auth !== undefined) headers.Authorization = auth.replace(/[^\t\x20-\x7e]/g, '?');
          const answer = await call({ method: 'POST', path: '/api/messages', headers, body });
          expect([200, 201, 202, 204, 400, 401, 403, 413, 415]).toContain(answer.status);
        }),
        { numRuns: RUNS.messages },
      );
    });

    it('refuses bodies over the limit with 413', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: MAX_BODY_BYTES + 1, max: 400_000 }), fc.constantFrom('x', 'é', '😀'), async (bytes, unit) => {
          const text = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
          const body = JSON.stringify({ type: 'message', channelId: 'emulator', serviceUrl: sinkUrl, conversation: { id: 'c' }, from: { id: 'u' }, text });
          const answer = await call({ method: 'POST', path: '/api/messages', headers: { 'Content-Type': 'application/json' }, body });
          expect(answer.status).toBe(413);
        }),
        { numRuns: 10 },
      );
    });
  });

  describe('the chat transport (/api/chat/token, /v3/directline)', () => {
    const activityBody = fc.oneof(
      { weight: 4, arbitrary: fc.record({ type: fc.constant('message'), text: fc.string(), channelData: fc.record({ clientActivityID: fc.string() }) }) },
      fc.record(
        {
          type: maybe(fc.constantFrom('message', 'typing', 'event', 'invoke', 'conversationUpdate', 'messageReaction', '')),
          text: maybe(
            fc.oneof(
              fc.string(),
              fc.string({ unit: 'binary' }),
              fc.string({ unit: 'grapheme', maxLength: 50 }),
              fc.constantFrom('\u0000\u0007\u001b[31m', '😀👍🏽🇳🇱', '\u202egnitset', 'ik wil een medewerker spreken'),
              fc.integer({ min: 1_000, max: 30_000 }).map((length) => 'ä'.repeat(length)),
            ),
          ),
          value: fc.jsonValue(),
          attachments: maybe(fc.array(fc.jsonValue(), { maxLength: 5 })),
          from: maybe(fc.record({ id: fc.string(), role: fc.constantFrom('bot', 'user', 'agent') })),
          channelData: fc.jsonValue(),
          textFormat: maybe(fc.constantFrom('plain', 'markdown', 'xml')),
          suggestedActions: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    );
    const watermark = fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('-1', '1e309', 'NaN', '0x10', '9007199254740993', ''));

    it('never answers 5xx to tokens, conversations, activities and watermarks from anyone', async () => {
      let grant: Grant | undefined;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 6, arbitrary: fc.constant('valid' as const) }, fc.constantFrom('garbage', 'missing', 'other', 'raw')),
          fc.string(),
          fc.oneof({ weight: 4, arbitrary: fc.constant('own') }, segment),
          activityBody.map((body) => JSON.stringify(body)),
          watermark,
          fc.constantFrom('application/json', 'text/plain', ''),
          async (auth, garbage, conversation, body, mark, type) => {
            // A fresh token now and then (each opens a conversation); otherwise reuse, as Web Chat does.
            if (!grant || tried.inputs % 7 === 0) {
              const token = await call({ method: 'POST', path: '/api/chat/token', headers: { 'Content-Type': 'application/json' }, body: '{}' });
              expect(token.status).toBe(200);
              grant = JSON.parse(token.text) as Grant;
            }
            const other = 'eyJhbGciOiJIUzI1NiJ9.eyJjIjoieCIsInUiOiJ5In0.c2lnbmF0dXJl';
            const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
            const token = { valid: `Bearer ${grant.token}`, garbage: `Bearer ${garbage}`, other: `Bearer ${other}`, raw: garbage, missing: '' }[auth];
            if (token) headers.Authorization = token.replace(/[^\t\x20-\x7e]/g, '?');
            const id = encodeURIComponent(conversation === 'own' ? grant.conversationId : conversation);
            const prefix = '/v3/directline';
            for (const answer of [
              await call({ method: 'POST', path: `${prefix}/conversations`, headers }),
              await call({ method: 'POST', path: `${prefix}/conversations/${id}/activities`, headers, body }),
              await call({ method: 'GET', path: `${prefix}/conversations/${id}/activities?watermark=${encodeURIComponent(mark)}`, headers }),
              await call({ method: 'GET', path: `${prefix}/conversations/${id}?watermark=${encodeURIComponent(mark)}`, headers }),
              await call({ method: 'POST', path: `${prefix}/tokens/refresh`, headers }),
            ])
              expect([200, 201, 400, 401, 403, 404, 405, 413, 415, 429]).toContain(answer.status);
          },
        ),
        { numRuns: RUNS.transport },
      );
    });

    it('answers every real message, whatever its characters', async () => {
      const citizen = await ChatClient.start(loket.url);
      await citizen.connect();
      try {
        await fc.assert(
          fc.asyncProperty(
            fc
              .oneof(fc.string({ minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 3000 }))
              .filter((text) => text.trim().length > 0),
            async (text) => {
              tried.inputs++;
              const reply = await citizen.ask(text, 10_000);
              expect(reply.text ?? reply.suggestedActions).toBeTruthy();
            },
          ),
          { numRuns: RUNS.replies },
        );
      } finally {
        citizen.close();
      }
    });
  });

  describe('the agent and editor console APIs', () => {
    const eventId = fc.oneof(pickFrom(eventIds), fc.stringMatching(/^[0-9a-z]{1,12}-[0-9a-f]{10}$/), fc.string());
    const someEventIds = fc.array(eventId, { minLength: 1, maxLength: 5 });
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 2500 }), fc.constantFrom('   ', 'x'.repeat(2001), '<b>hallo</b>'));
    /** Near what the article form sends, so some are published (201) and the index is rebuilt from fuzzed text. */
    const article = fc.record(
      {
        title: fc.oneof(fc.string({ maxLength: 130 }), fc.constantFrom('Fuzz artikel', '__proto__', 'constructor', '..', 'Hondenbelasting')),
        questions: fc.array(fc.oneof(fc.string({ maxLength: 310 }), fc.constantFrom('hoe werkt dit', 'constructor', '__proto__', 'toString')), {
          maxLength: 25,
        }),
        lead: fc.oneof(fc.string({ maxLength: 1600 }), { weight: 3, arbitrary: fc.constant('Dit is de kern van een antwoord van de gemeente.') }),
        body: fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('# Kop', '## Kosten\n\nNiets.', '---\nid: x\n---', '<script>x</script>')),
        url: fc.oneof({ weight: 3, arbitrary: fc.constant('https://example.org/a') }, fc.constantFrom('javascript:alert(1)', 'ftp://x', 'not a url')),
        tags: fc.array(fc.string({ maxLength: 45 }), { maxLength: 12 }),
        summaryEn: fc.string({ maxLength: 700 }),
        eventIds: fc.array(eventId, { maxLength: 3 }),
      },
      { requiredKeys: ['title', 'questions', 'lead'] },
    );
    const period = fc.oneof(fc.constantFrom('day', 'week', 'month', ''), fc.string());
    const days = fc.oneof(fc.integer(), fc.constantFrom('abc', '1e9', '-1', '3660', '3661', '0.5', ''), fc.string());
    const query = fc.oneof(
      fc.constant(''),
      fc
        .record({ period, days }, { requiredKeys: [] })
        .map((params) => `?${new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString()}`),
      fc.string().map((raw) => `?${raw.replace(/[#\s]/g, '')}`),
    );
    const handoverId = fc.oneof({ weight: 3, arbitrary: pickFrom(handoverIds) }, fc.uuid(), segment);
    const agentCall = (action: string, body: fc.Arbitrary<unknown>) =>
      fc.record({
        area: fc.constant('agent' as const),
        method: fc.constant('POST' as const),
        path: handoverId.map((id) => `/api/agent/handovers/${encodeURIComponent(id)}/${action}`),
        body,
      });
    const editorCall = (method: 'GET' | 'POST', path: fc.Arbitrary<string>, body: fc.Arbitrary<unknown> = fc.constant(undefined)) =>
      fc.record({ area: fc.constant('editor' as const), method: fc.constant(method), path, body });
    /** The documented endpoints, each with bodies near what the console pages send. */
    const consoleCall = fc.oneof(
      agentCall('claim', fc.jsonValue()),
      agentCall('messages', mostlyValid(fc.record({ text }))),
      agentCall('transfer', mostlyValid(fc.record({ to: fc.oneof(fc.constantFrom('anna', 'eva', 'nobody', ''), fc.string()) }))),
      agentCall(
        'close',
        mostlyValid(fc.record({ outcome: fc.oneof(fc.constantFrom('resolved', 'referred', 'callback', 'no-response', 'other'), fc.string()) })),
      ),
      fc.record({
        area: fc.constant('agent' as const),
        method: fc.constant('GET' as const),
        path: handoverId.map((id) => `/api/agent/handovers/${encodeURIComponent(id)}`),
        body: fc.constant(undefined),
      }),
      editorCall(
        'POST',
        fc.constant('/api/editor/inbox/link'),
        mostlyValid(
          fc.record({
            eventIds: someEventIds,
            articleId: fc.oneof(fc.constantFrom('hondenbelasting', 'afvalkalender', '../../etc/passwd', 'Nieuw', 'bestaat-niet'), fc.string()),
            phrasings: fc.array(fc.string(), { maxLength: 25 }),
          }),
        ),
      ),
      editorCall('POST', fc.constant('/api/editor/inbox/dismiss'), mostlyValid(fc.record({ eventIds: someEventIds }))),
      editorCall('POST', fc.constant('/api/editor/articles'), mostlyValid(article)),
      editorCall(
        'POST',
        fc.constant('/api/editor/articles/preview'),
        mostlyValid(
          fc.record({ title: fc.string({ maxLength: 130 }), lead: fc.string({ maxLength: 1600 }), body: fc.string({ maxLength: 8100 }) }, { requiredKeys: [] }),
        ),
      ),
      editorCall(
        'GET',
        query.map((search) => `/api/editor/analytics${search}`),
      ),
      editorCall(
        'GET',
        query.map((search) => `/api/editor/inbox${search}`),
      ),
      editorCall(
        'GET',
        query.map((search) => `/api/editor/export.csv${search}`),
      ),
      editorCall(
        'GET',
        query.map((search) => `/api/editor/export.json${search}`),
      ),
    );

    it('never answers 5xx to agents, editors or strangers, with or without the CSRF header', async () => {
      // The CSRF token from sign-in, as the console page reads it back from its session.
      const csrfOf = async (client: AgentClient, area: 'agent' | 'editor'): Promise<string> => {
        const session = await client.get<{ csrf: string }>(`/api/${area}/session`);
        expect(session.status).toBe(200);
        return session.body.csrf;
      };
      const people = {
        agent: { cookie: anna.cookieHeader, csrf: await csrfOf(anna, 'agent') },
        editor: { cookie: eva.cookieHeader, csrf: await csrfOf(eva, 'editor') },
        stranger: { cookie: 'loket_session=forged', csrf: 'forged' },
      };
      await fc.assert(
        fc.asyncProperty(
          consoleCall,
          fc.oneof({ weight: 4, arbitrary: fc.constant('owner' as const) }, fc.constantFrom('other role' as const, 'stranger' as const)),
          fc.oneof({ weight: 4, arbitrary: fc.constant('right' as const) }, fc.constantFrom('none' as const, 'wrong' as const)),
          fc.boolean(),
          async (request, who, csrf, asJson) => {
            const person = who === 'stranger' ? people.stranger : people[(who === 'owner') === (request.area === 'agent') ? 'agent' : 'editor'];
            const headers: Record<string, string> = { Cookie: person.cookie };
            if (csrf !== 'none') headers['X-Loket-Csrf'] = csrf === 'right' ? person.csrf : 'x';
            const post = request.method === 'POST';
            if (post) headers['Content-Type'] = asJson ? 'application/json' : 'text/plain';
            const answer = await call({ method: request.method, path: request.path, headers, ...(post ? { body: JSON.stringify(request.body) ?? '' } : {}) });
            expect([200, 201, 204, 400, 401, 403, 404, 405, 409, 413, 415, 429]).toContain(answer.status);
            if (answer.status === 201) published.push(request.body);
          },
        ),
        { numRuns: RUNS.consoles },
      );
    });
  });

  afterAll(async () => {
    const health = loket ? await fetch(`${loket.url}/healthz`).then((response) => response.status) : 0;
    const growthMb = (memory() - memoryBefore) / 1024 / 1024;
    recordFigure('fuzz', 'inputs tried', tried.inputs);
    recordFigure('fuzz', 'responses >= 500', failures.filter((failure) => / → 5\d\d /.test(failure)).length);
    recordFigure('fuzz', 'crashes', health === 200 ? 0 : 1);
    recordFigure('fuzz', gc ? 'heap growth' : 'rss growth', Math.round(growthMb * 10) / 10, 'MB');
    anna?.close();
    await loket?.close();
    await new Promise((resolve) => sink?.close(resolve));
    await data?.remove();
  });

  describe('afterwards', () => {
    it('still answers its health check, and its index did not fail to rebuild', async () => {
      expect((await fetch(`${loket.url}/healthz`)).status).toBe(200);
      // Articles the fuzzed editors got published (201) must not break the bot's index.
      let index = { state: 'rebuilding', message: undefined as string | undefined };
      for (
        const deadline = Date.now() + 15_000;
        index.state === 'rebuilding' && Date.now() < deadline;
        await new Promise((resolve) => setTimeout(resolve, 100))
      )
        index = (await eva.get<typeof index>('/api/editor/index')).body;
      if (index.state !== 'ready') throw new Error(`index ${index.state} (${index.message}) after publishing ${JSON.stringify(published)}`);
    });

    it('grew its heap by less than 150 MB', () => {
      expect((memory() - memoryBefore) / 1024 / 1024).toBeLessThan(150);
    });

    it('never answered 5xx, hung or leaked a stack', () => {
      // The first failure per endpoint (fast-check's shrinking repeats it), shortened.
      const firstPerEndpoint = new Map<string, string>();
      for (const failure of failures) {
        const endpoint = failure.split(' ').slice(0, 2).join(' ');
        if (!firstPerEndpoint.has(endpoint)) firstPerEndpoint.set(endpoint, failure.slice(0, 400));
      }
      expect({ failures: failures.length, first: [...firstPerEndpoint.values()] }).toEqual({ failures: 0, first: [] });
    });
  });
});
