import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, LoketProcess, startLoketProcess } from '../support/loketProcess';
import { FIXTURES, ROOT, temporaryDirectory } from '../support/paths';
import { waitUntil } from '../support/waitUntil';

const PROVIDER_SCRIPT = join(ROOT, 'test', 'support', 'oidcProvider.mjs');
const CLIENT_ID = 'loket-consoles';
const CLIENT_SECRET = 'a-client-secret-for-tests-only';
const HOP_TIMEOUT_MS = 5_000;

interface TestProvider {
  issuer: string;
  stop(): Promise<void>;
}

/** The real OpenID provider in its own process (oidc-provider is ESM-only); resolves on its READY line. */
function startProvider(redirectUri: string): Promise<TestProvider> {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, [PROVIDER_SCRIPT, '0', CLIENT_ID, CLIENT_SECRET, redirectUri], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void stop().then(() => reject(new Error(`OpenID provider not ready in time:\n${output}`))), 15_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (!ready?.[1]) return;
      clearTimeout(timer);
      resolve({ issuer: ready[1], stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`OpenID provider exited (${code}):\n${output}`));
    });
  });
}

/** A browser's cookies, by origin (the provider and Loket share a host but not a port here). Paths are ignored. */
class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.byOrigin.get(url.origin) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  store(url: URL, response: Response): void {
    const cookies = this.byOrigin.get(url.origin) ?? new Map<string, string>();
    this.byOrigin.set(url.origin, cookies);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || pair.slice(at + 1) === '';
      if (expired) cookies.delete(name);
      else cookies.set(name, pair.slice(at + 1));
    }
  }

  get(url: URL, name: string): string | undefined {
    return this.byOrigin.get(url.origin)?.get(name);
  }
}

function get(url: URL, jar: CookieJar): Promise<Response> {
  return fetch(url, { redirect: 'manual', headers: { cookie: jar.header(url) }, signal: AbortSignal.timeout(HOP_TIMEOUT_MS) });
}

/**
 * What a browser does, by hand: Loket's login → the provider's authorization
 * endpoint → its login interaction (as `user`) → consent → back to Loket's
 * callback. Returns Loket's answer at the callback.
 */
async function signInAs(loketUrl: string, user: string, options: { next?: string; tamper?: (callback: URL) => void } = {}) {
  const jar = new CookieJar();
  const loket = new URL(loketUrl);
  let url = new URL(`/auth/oidc/login?next=${encodeURIComponent(options.next ?? '/agent')}`, loket);
  for (let hop = 0; hop < 15; hop += 1) {
    const response = await get(url, jar);
    jar.store(url, response);
    const location = response.headers.get('location');
    const isCallback = url.origin === loket.origin && url.pathname === '/auth/oidc/callback';
    if (isCallback || !location || response.status < 300 || response.status >= 400) return { response, jar, loket, url };
    url = new URL(location, url);
    if (url.pathname.startsWith('/interaction/')) url.searchParams.set('login', user);
    if (url.origin === loket.origin && url.pathname === '/auth/oidc/callback') options.tamper?.(url);
  }
  throw new Error('too many redirects');
}

async function apiStatus(loket: URL, jar: CookieJar, path: string): Promise<{ status: number; body: unknown }> {
  const response = await get(new URL(path, loket), jar);
  return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text() };
}

/** Single sign-on for the consoles against a real OpenID provider: groups decide the roles, and every way it can go wrong fails closed. */
describe('console sign-in with OpenID Connect', () => {
  let provider: TestProvider;
  let loket: LoketProcess;
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;

  beforeAll(async () => {
    const port = await freePort();
    const redirectUrl = `http://127.0.0.1:${port}/auth/oidc/callback`;
    provider = await startProvider(redirectUrl);
    data = await temporaryDirectory('oidc');
    loket = await startLoketProcess(
      {
        LOKET_DATA_DIR: data.path,
        LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo'),
        LOKET_OIDC_ISSUER: provider.issuer,
        LOKET_OIDC_CLIENT_ID: CLIENT_ID,
        LOKET_OIDC_CLIENT_SECRET: CLIENT_SECRET,
        LOKET_OIDC_REDIRECT_URL: redirectUrl,
        LOKET_OIDC_ROLES: '{"kcc-medewerkers":"agent","redactie":"editor"}',
      },
      { port },
    );
  }, 60_000);

  afterAll(async () => {
    await loket?.stop();
    await provider?.stop();
    await data?.remove();
  }, 30_000);

  it('tells the console pages that single sign-on is on', async () => {
    const response = await fetch(`${loket.url}/auth/oidc/status`, { signal: AbortSignal.timeout(HOP_TIMEOUT_MS) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ enabled: true });
  });

  it.each([
    ['/agent', 'Loket – medewerkersconsole'],
    ['/editor', 'Loket – redactieconsole'],
  ])('offers single sign-on on %s that returns to that console', async (page, title) => {
    const html = await (await fetch(`${loket.url}${page}`, { signal: AbortSignal.timeout(HOP_TIMEOUT_MS) })).text();
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(`href="/auth/oidc/login?next=${page}"`);
    expect(html).not.toContain('{{');
  });

  it('signs a contact-centre employee in as an agent, not as an editor', async () => {
    const { response, jar, loket: origin } = await signInAs(loket.url, 'anna');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/agent');
    expect(jar.get(origin, 'loket_session')).toBeTruthy();
    expect(jar.get(origin, 'loket_oidc')).toBeUndefined();

    const session = await apiStatus(origin, jar, '/api/agent/session');
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ agent: { name: 'anna', displayName: 'Anna de Vries', roles: ['agent'] } });
    expect((await apiStatus(origin, jar, '/api/editor/inbox')).status).toBe(403);
  });

  it('signs an editor in with the groups from userinfo when the ID token has none', async () => {
    const { response, jar, loket: origin } = await signInAs(loket.url, 'eva', { next: '/editor' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/editor');
    expect((await apiStatus(origin, jar, '/api/editor/inbox')).status).toBe(200);
    expect((await apiStatus(origin, jar, '/api/agent/queue')).status).toBe(403);
  });

  it('refuses someone whose groups map to no role, without a session', async () => {
    const { response, jar, loket: origin } = await signInAs(loket.url, 'bob');
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('U heeft geen toegang tot de consoles. Vraag uw beheerder om toegang.');
    expect(jar.get(origin, 'loket_session')).toBeUndefined();
    expect((await apiStatus(origin, jar, '/api/agent/session')).status).toBe(401);
    // The child's log line crosses a pipe: it may arrive after the response does.
    await waitUntil(() => Promise.resolve(loket.output().includes('oidc-no-role') || undefined), 5_000);
  });

  it('rejects a callback whose state was tampered with', async () => {
    let code = '';
    const {
      response,
      jar,
      loket: origin,
    } = await signInAs(loket.url, 'anna', {
      tamper: (callback) => {
        code = callback.searchParams.get('code') ?? '';
        callback.searchParams.set('state', `${callback.searchParams.get('state') ?? ''}x`);
      },
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('Aanmelden met uw organisatie-account is niet gelukt');
    expect(text).not.toMatch(/state|expected/i);
    expect(jar.get(origin, 'loket_session')).toBeUndefined();
    expect(code).not.toBe('');
    expect(loket.output()).not.toContain(code);
  });

  it('rejects a callback without the sign-in cookie', async () => {
    const response = await fetch(`${loket.url}/auth/oidc/callback?code=abc&state=def`, { redirect: 'manual', signal: AbortSignal.timeout(HOP_TIMEOUT_MS) });
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith('loket_session='))).toBe(false);
  });

  it.each(['https://evil.example', '//evil.example', '/agent/../evil', ''])('refuses to send anyone back to %p', async (next) => {
    const response = await fetch(`${loket.url}/auth/oidc/login?next=${encodeURIComponent(next)}`, {
      redirect: 'manual',
      signal: AbortSignal.timeout(HOP_TIMEOUT_MS),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });
});
