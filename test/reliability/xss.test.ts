/// <reference lib="dom" />
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { RunningLoket } from '../../bot/loket';
import { ask, launchChromium, sendBox } from '../support/browser';
import { recordFigure } from '../support/figures';
import { startTestLoket } from '../support/loketServer';
import { FIXTURES, temporaryDirectory } from '../support/paths';

const PASSWORD = 'correct horse battery';

/**
 * Each payload starts with its own marker (visible text, so a test can see it
 * reached the page even where Markdown is rendered) and, if it ever ran,
 * sets `window.__xss` (from a frame: `parent.__xss`).
 */
const PAYLOADS = [
  'xss01 <script>window.__xss=1</script>',
  'xss02 <img src=x onerror="window.__xss=1">',
  'xss03 <svg onload="window.__xss=1"></svg>',
  'xss04 <iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  'xss05 [klik](javascript:window.__xss=1)',
  'xss06 ![x](javascript:window.__xss=1)',
  'xss07 <script src="data:text/javascript,window.__xss=1"></script>',
  'xss08 [data](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==)',
  'xss09 &lt;img src=x onerror=window.__xss=1&gt;',
  'xss10 "><script>window.__xss=1</script>',
  "xss11 '><img src=x onerror=window.__xss=1>",
  'xss12 <a href="javascript:window.__xss=1">klik</a>',
  "xss13 <style>@import 'javascript:window.__xss=1';</style>",
  'xss14 <details open ontoggle="window.__xss=1">x</details>',
  'xss15 <body onload="window.__xss=1">',
  'xss16 <input autofocus onfocus="window.__xss=1">',
  'xss17 ＜script＞window.__xss=1＜/script＞',
  'xss18 \u202e<script>window.__xss=1</script>\u202c',
  'xss19 <javascript:window.__xss=1>',
  "xss20 {{constructor.constructor('window.__xss=1')()}}",
  'xss21 ${window.__xss=1}',
  'xss22 <math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  'xss23 <object data="javascript:window.__xss=1"></object>',
  'xss24 [klik](JaVaScRiPt:window.__xss=1)',
  'xss25 <a href="jav&#x09;ascript:window.__xss=1">klik</a>',
  'xss26 <form><button formaction="javascript:window.__xss=1">x</button></form>',
  'xss27 <svg><a xlink:href="javascript:window.__xss=1"><text>x</text></a></svg>',
  'xss28 <div style="background:url(javascript:window.__xss=1)">x</div>',
  'xss29 [klik](&#106;avascript:window.__xss=1)',
  'xss30 <a href="https://example.org" onmouseover="window.__xss=1">klik</a>',
];
/** Citizen messages carry a few payloads each (Web Chat's send box, the bot's 2,000-character limit). */
const PER_MESSAGE = 5;
const groups = (size: number) => Array.from({ length: Math.ceil(PAYLOADS.length / size) }, (_, i) => PAYLOADS.slice(i * size, (i + 1) * size).join(' '));
/** Titles carry a payload too: they are the source link under the answer. */
const ARTICLES = [
  { title: 'Zebrapad xss31 <img src=x onerror=window.__xss=1>', question: 'hoe vraag ik een zebrapadvergunning aan' },
  { title: 'Lantaarnpaal xss32 <svg onload=window.__xss=1>', question: 'kan de gemeente een lantaarnpaal verplaatsen' },
];

const FIXTURE_ARTICLES = 4;
const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user)';
/** Loket drops bidi overrides and zero-width characters from citizen text (Trojan Source); the rest must be shown as typed. */
const invisibleControlsRemoved = (text: string) => text.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
}

/**
 * What would be injected markup rather than text: inside `roots` (the part of
 * the page showing the text) any element a payload brings along; anywhere on
 * the page an event-handler attribute or a script URL.
 */
function injectedMarkup(roots: Element[]): string[] {
  const found: string[] = [];
  const describe = (element: Element, detail = '') => `<${element.tagName.toLowerCase()}${detail}>`;
  for (const element of Array.from(document.querySelectorAll('body *'))) {
    for (const attribute of Array.from(element.attributes)) {
      const value = Array.from(attribute.value)
        .filter((character) => character.charCodeAt(0) > 0x20)
        .join('');
      const url = /^(href|src|action|formaction|data|xlink:href|srcdoc|poster|background)$/i.test(attribute.name);
      const dataImage = element.tagName === 'IMG' && /^data:image\//i.test(value);
      const scriptInStyle = attribute.name === 'style' && /url\(['"]?javascript:/i.test(value);
      if (/^on/i.test(attribute.name) || (url && /^(javascript|data|vbscript):/i.test(value) && !dataImage) || scriptInStyle)
        found.push(describe(element, ` ${attribute.name}="${attribute.value.slice(0, 60)}"`));
    }
  }
  const brought =
    'script, iframe, object, embed, frame, base, meta, math, style, body, details, svg a, svg text, img[src="x"], button[formaction], input[autofocus]';
  for (const root of roots) for (const element of Array.from(root.querySelectorAll(brought))) found.push(describe(element));
  return found;
}

/**
 * Citizen, agent and editor text full of XSS payloads, on every page that
 * shows it, in one headless Chromium: nothing runs, nothing is injected as
 * markup, and the text is visible as text.
 */
describe('XSS payloads on the chat page, the agent console and the editor console', () => {
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: RunningLoket;
  let browser: Browser;
  let citizen: Watched;
  let agent: Watched;
  let editor: Watched;
  let tried = 0;
  let executed = 0;
  const findings: Record<string, unknown>[] = [];
  const expectNoFindings = () => expect(findings.splice(0)).toEqual([]);

  beforeAll(async () => {
    data = await temporaryDirectory('xss');
    // Editors publish into the knowledge folder: a copy of the fixture.
    await cp(join(FIXTURES, 'knowledge', 'demo'), join(data.path, 'content', 'demo'), { recursive: true });
    await new AgentAccounts(join(data.path, 'agents.json')).save({ name: 'anna', displayName: 'Anna', roles: ['agent', 'editor'] }, PASSWORD);
    ({ loket } = await startTestLoket({
      LOKET_DATA_DIR: data.path,
      LOKET_KNOWLEDGE_PATH: join(data.path, 'content'),
      LOKET_HANDOVER_HOURS: 'always',
      LOKET_HANDOVER_HOLIDAYS: 'none',
    }));
    await loket.ready;
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    recordFigure('xss', 'payloads × surfaces tried', tried);
    recordFigure('xss', 'executed', executed);
    await browser?.close();
    await loket?.close();
    await data?.remove();
  });

  async function open(path: string, width: number): Promise<Watched> {
    const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    const watched: Watched = { page, dialogs: [], errors: [] };
    page.on('dialog', (dialog) => {
      watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => watched.errors.push(error.message));
    // A blocked inline script or handler is still injected markup: count what the Content-Security-Policy stopped.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} blocked (${event.sourceFile.replace(/^.*\/static\//, '/static/')})`),
      );
    });
    await page.goto(`${loket.url}${path}`);
    return watched;
  }

  async function signIn(watched: Watched): Promise<void> {
    await watched.page.fill('#login-name', 'anna');
    await watched.page.fill('#login-password', PASSWORD);
    await watched.page.click('form#login button[type=submit]');
  }

  /**
   * Waits until every text is visible (innerText) inside `scope` (the part of
   * the page that shows this surface), then checks the page: nothing ran,
   * nothing was injected (not even where the Content-Security-Policy stopped
   * it), no dialog, no error. Findings are collected, so every surface is
   * tried before a test fails, and each test ends with `expectNoFindings`.
   */
  async function expectShownAsText(watched: Watched, scope: Locator, texts: string[], where: string): Promise<void> {
    const { page } = watched;
    let missing = texts;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await page.waitForTimeout(100)) {
      const shown = invisibleControlsRemoved((await scope.allInnerTexts()).join('\n'));
      missing = texts.filter((text) => !shown.includes(invisibleControlsRemoved(text)));
      if (missing.length === 0) break;
    }
    tried += texts.length;
    const state = await page.evaluate(() => {
      const seen = window as unknown as { __xss?: unknown; __cspViolations: string[] };
      return { xss: seen.__xss, csp: seen.__cspViolations.splice(0) };
    });
    const injected = await scope.evaluateAll(injectedMarkup);
    if (state.xss !== undefined || watched.dialogs.length > 0) executed++;
    const problems = {
      ...(missing.length ? { missing } : {}),
      ...(state.xss !== undefined ? { xss: state.xss } : {}),
      ...(state.csp.length ? { blockedOnlyByCsp: [...new Set(state.csp)].map((kind) => `${state.csp.filter((seen) => seen === kind).length}× ${kind}`) } : {}),
      ...(injected.length ? { injected } : {}),
      ...(watched.dialogs.length ? { dialogs: watched.dialogs.splice(0) } : {}),
      ...(watched.errors.length ? { errors: watched.errors.splice(0) } : {}),
    };
    if (Object.keys(problems).length > 0) findings.push({ where, ...problems });
  }

  /** The bot's index once it holds `articles` articles, or once rebuilding it failed. */
  async function indexWith(page: Page, articles: number): Promise<{ state: string; articles: number; message?: string }> {
    let index = { state: 'unknown', articles: 0 };
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await page.waitForTimeout(100)) {
      index = (await (await page.request.get(`${loket.url}/api/editor/index`)).json()) as typeof index;
      if ((index.state === 'ready' && index.articles === articles) || index.state === 'failed') break;
    }
    return index;
  }

  function bubble(page: Page, text: string | RegExp) {
    return page.locator('.webchat__bubble').filter({ hasText: text });
  }

  it('citizen text: shown as typed on the chat page, in the agent transcript and in the editor inbox', async () => {
    agent = await open('/agent', 1280);
    await signIn(agent);
    await agent.page.locator('#queue').waitFor();

    citizen = await open('/', 390);
    await sendBox(citizen.page).waitFor();
    const botBubbles = citizen.page.locator(BOT_BUBBLES);
    for (const message of groups(PER_MESSAGE)) {
      const before = await botBubbles.count();
      await ask(citizen.page, message);
      await citizen.page.waitForFunction(
        ({ selector, count }) => document.querySelectorAll(selector).length > count,
        { selector: BOT_BUBBLES, count: before },
        { timeout: 10_000 },
      );
    }
    await expectShownAsText(citizen, citizen.page.locator('.webchat__bubble--from-user'), PAYLOADS, 'chat page, citizen text');

    await ask(citizen.page, 'ik wil een medewerker spreken');
    await citizen.page.getByRole('toolbar').getByRole('button', { name: 'Ja, verbind mij door' }).click();
    await bubble(citizen.page, /U staat in de wachtrij/).waitFor();
    const item = agent.page.locator('#queue li[data-handover-id]').first();
    await item.waitFor();
    await item.locator('button.claim').click();
    await agent.page.locator('#conversation[data-handover-id]').waitFor();
    await bubble(citizen.page, /U chat nu met Anna/).waitFor();
    await expectShownAsText(agent, agent.page.locator('#transcript li[data-from="citizen"]'), PAYLOADS, 'agent console, citizen text');

    editor = await open('/editor', 1280);
    await signIn(editor);
    await editor.page.locator('#clusters .cluster').first().waitFor();
    await expectShownAsText(editor, editor.page.locator('#clusters'), PAYLOADS, 'editor inbox, citizen text');
    expectNoFindings();
  }, 90_000);

  it('agent text: shown as plain text in the citizen’s chat', async () => {
    // One message with all of them (the console allows 2,000 characters).
    const message = PAYLOADS.join(' ');
    await agent.page.fill('#reply', message);
    await agent.page.click('#send');
    await bubble(citizen.page, `Anna (medewerker): ${message.slice(0, 40)}`)
      .first()
      .waitFor();
    await expectShownAsText(citizen, bubble(citizen.page, 'Anna (medewerker):'), PAYLOADS, 'chat page, agent text');
    await expectShownAsText(agent, agent.page.locator('#transcript li[data-from="agent"]'), PAYLOADS, 'agent console, agent text');
    await agent.page.selectOption('#outcome', 'resolved');
    await agent.page.click('#close');
    await bubble(citizen.page, /U praat nu weer met de digitale assistent/).waitFor();
    expectNoFindings();
  }, 60_000);

  it('editor text: the preview in /editor and the published answer as Markdown on the chat page', async () => {
    const page = editor.page;
    await page.click('#tab-article');
    // Two articles, half the payloads each: an answer is the lead (one line, Markdown inline context) and at most 110 words.
    const half = Math.ceil(PAYLOADS.length / 2);
    for (const [index, article] of ARTICLES.entries()) {
      const payloads = PAYLOADS.slice(index * half, (index + 1) * half);
      const lead = payloads.join(' ');
      expect(lead.length).toBeLessThanOrEqual(1500);
      await page.click('#article-clear');
      await page.fill('#article-title', article.title);
      await page.fill('#article-questions', article.question);
      await page.fill('#article-lead', lead);
      // The body has them again as Markdown blocks (an HTML block starts a line).
      await page.fill('#article-body', `## Aanvragen\n\n${payloads.join('\n\n')}`);
      await page.click('#preview-button');
      await page.locator('#preview-state', { hasText: 'Voorbeeld bijgewerkt' }).waitFor();
      await expectShownAsText(editor, page.locator('#preview-answer'), payloads, `editor preview ${index + 1}`);

      await page.click('#publish-button');
      await page.locator('#status', { hasText: 'De bot gebruikt de nieuwe tekst' }).waitFor({ timeout: 30_000 });
      // The status line may still be the first article's: wait for the index with this one in it.
      const published = await indexWith(page, FIXTURE_ARTICLES + index + 1);
      if (published.state !== 'ready') {
        findings.push({ where: `publishing article ${index + 1}`, index: published });
        continue;
      }
      const before = await citizen.page.locator(BOT_BUBBLES).count();
      await ask(citizen.page, article.question);
      await citizen.page
        .locator(BOT_BUBBLES)
        .filter({ hasText: `Bron: ${article.title.split(' ')[0]}` })
        .waitFor({ timeout: 15_000 });
      // The answer is the bot's bubbles after the question (the text, then the source card): mark them as the scope.
      await citizen.page.evaluate(
        ({ selector, from, mark }) =>
          Array.from(document.querySelectorAll(selector))
            .slice(from)
            .forEach((element) => element.setAttribute('data-xss-scope', mark)),
        { selector: BOT_BUBBLES, from: before, mark: `answer-${index}` },
      );
      const answer = citizen.page.locator(`[data-xss-scope="answer-${index}"]`);
      // Rendered as Markdown, only the markers are sure to be visible text (a link shows its label, an image nothing).
      await expectShownAsText(citizen, answer, [...payloads.map((payload) => payload.slice(0, 5)), article.title], `chat answer ${index + 1}`);
    }
    expectNoFindings();
  }, 90_000);
});
