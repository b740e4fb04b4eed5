/// <reference lib="dom" />
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { RunningLoket } from '../../bot/loket';
import { newEventId } from '../../dialogs/conversationLog';
import { ask, launchChromium, sendBox } from '../support/browser';
import { startTestLoket } from '../support/loketServer';
import { FIXTURES, temporaryDirectory } from '../support/paths';
import { logUnanswered, topicQuestion } from '../support/unansweredQuestions';

const PASSWORD = 'correct horse battery';
const UNANSWERED = 'mijn viervoeter inschrijven bij jullie';
const HOSTILE = 'kat <img src=x onerror="window.__xss=1"> chippen';

/** For the README picture only: four weeks of made-up traffic, so the chart has something to show. */
async function sampleTraffic(loket: RunningLoket): Promise<void> {
  const statuses = ['answered', 'answered', 'answered', 'answered', 'clarified', 'abstained', 'abstained', 'handed-over'] as const;
  const articles = ['hondenbelasting', 'afvalkalender', 'paspoortaanvraag'];
  for (let day = 28; day >= 1; day--) {
    for (let turn = 0; turn < 20 + ((day * 7) % 13); turn++) {
      const at = Date.now() - day * 86_400_000 + turn * 60_000;
      const status = statuses[(turn * 5 + day) % statuses.length] as (typeof statuses)[number];
      const improved = status === 'abstained' && day < 14 && turn % 2 === 0 ? 'answered' : status;
      await loket.editor.log.append({
        id: newEventId(at),
        at,
        kind: 'turn',
        conversationId: `sample-${day}-${Math.floor(turn / 3)}`,
        channel: 'sample',
        lang: 'nl',
        status: improved,
        ...(improved === 'answered' ? { articleId: articles[turn % 3] as string } : {}),
      });
    }
  }
}

function bubble(page: Page, text: string | RegExp) {
  return page.locator('.webchat__bubble').filter({ hasText: text });
}

/**
 * The improvement loop in a real browser: a citizen's question goes
 * unanswered, the editor finds it in /editor and links it to an article, and
 * the same question is answered on the chat page, without a restart.
 */
describe('an editor fixes an unanswered question in headless Chromium', () => {
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: RunningLoket;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    data = await temporaryDirectory('browser-editor');
    // Publishing writes article files: work on a copy of the fixture.
    await cp(join(FIXTURES, 'knowledge', 'demo'), join(data.path, 'content', 'demo'), { recursive: true });
    await new AgentAccounts(join(data.path, 'agents.json')).save({ name: 'eva', displayName: 'Eva', roles: ['editor'] }, PASSWORD);
    ({ loket } = await startTestLoket({ LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: join(data.path, 'content') }));
    await loket.ready;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await loket?.close();
    await data?.remove();
  });

  async function open(path: string, width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    // Console errors other than refused requests (the sign-in probe's 401 is expected); those are checked by URL below.
    page.on(
      'console',
      (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(`${path}: ${message.text()}`),
    );
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (response.status() >= 400 && url.pathname !== '/api/editor/session' && url.pathname !== '/favicon.ico')
        errors.push(`${path}: ${response.status()} ${url.pathname}`);
    });
    await page.goto(`${loket.url}${path}`);
    return page;
  }

  async function signedInEditor(): Promise<Page> {
    const editor = await open('/editor', 1280);
    await editor.fill('#login-name', 'eva');
    await editor.fill('#login-password', PASSWORD);
    await editor.click('form#login button[type=submit]');
    return editor;
  }

  it('a question the bot could not answer appears in the inbox, the editor links it, and the chat page answers it', async () => {
    const citizen = await open('/', 390);
    await sendBox(citizen).waitFor();
    await ask(citizen, UNANSWERED);
    await bubble(citizen, /daar weet ik geen goed antwoord op/)
      .first()
      .waitFor();
    await ask(citizen, HOSTILE);
    await bubble(citizen, /daar weet ik geen goed antwoord op/)
      .nth(1)
      .waitFor();
    // The citizen's own bubble shows the text as typed.
    await bubble(citizen, '<img src=x onerror="window.__xss=1">').first().waitFor();
    expect(await citizen.locator('.webchat__bubble img:not([src^="data:"])').count()).toBe(0);

    const editor = await signedInEditor();
    const card = editor.locator(`.cluster[data-label="${UNANSWERED}"]`);
    await card.waitFor();
    // Citizen text is shown as text: the hostile question is visible and nothing ran.
    await editor.locator('.cluster', { hasText: '<img src=x onerror="window.__xss=1">' }).waitFor();
    expect(await editor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await editor.locator('#clusters img').count()).toBe(0);
    if (process.env.SCREENSHOT) await editor.screenshot({ path: join(__dirname, '..', '..', 'docs', 'images', 'editor-inbox.png') });

    const started = Date.now();
    await card.locator('select.link-article').selectOption('hondenbelasting');
    await card.locator('button.link-button').click();
    await editor.locator('#status', { hasText: 'De bot gebruikt de nieuwe tekst' }).waitFor({ timeout: 30_000 });
    // Every question the articles list (and citizens asked) was asked again, and none moved.
    expect(await editor.locator('#status').textContent()).toMatch(/\d+ vragen zijn opnieuw gesteld en gecontroleerd/);
    expect(await editor.locator('#publish-check').isHidden()).toBe(true);
    await ask(citizen, UNANSWERED);
    await bubble(citizen, 'Bron: Hondenbelasting').waitFor();
    process.stdout.write(`editor fix to answer on the chat page: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    expect(await editor.locator(`.cluster[data-label="${UNANSWERED}"]`).count()).toBe(0);

    if (process.env.SCREENSHOT) await sampleTraffic(loket);
    await editor.click('#tab-analytics');
    await editor.locator('#chart svg').waitFor();
    await editor.locator('#totals', { hasText: '%' }).waitFor();
    if (process.env.SCREENSHOT) await editor.screenshot({ path: join(__dirname, '..', '..', 'docs', 'images', 'editor-analytics.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('shows a busy inbox fifty clusters at a time; "more" loads the next ones and keyboard focus goes to the first new one', async () => {
    for (let topic = 0; topic < 60; topic++) await logUnanswered(loket, `busy-${topic}`, topicQuestion(topic), 3_600_000 - topic * 1000);
    const editor = await signedInEditor();
    await editor.locator('.cluster').first().waitFor();
    const total = Number(/van (\d+)/.exec((await editor.locator('#inbox-count').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(60);
    expect(await editor.locator('.cluster').count()).toBe(50);
    expect(await editor.locator('#inbox-count').textContent()).toBe(`(50 van ${total})`);

    await editor.locator('#inbox-more', { hasText: `Toon ${total - 50} groepen meer` }).click();
    await editor.locator('.cluster').nth(50).waitFor();
    expect(await editor.locator('.cluster').count()).toBe(total);
    expect(await editor.locator('#inbox-count').textContent()).toBe(`(${total})`);
    expect(await editor.locator('#inbox-more').isHidden()).toBe(true);
    expect(await editor.evaluate(() => document.activeElement?.id)).toBe('cluster-50');
    expect(errors).toEqual([]);
  });

  it('a citizen chooses one of the topics offered instead of an answer; the editor sees it suggested first, and preselected', async () => {
    const question = 'wat kost een paspoort of een hond';
    const citizen = await open('/', 390);
    await sendBox(citizen).waitFor();
    await ask(citizen, question);
    await bubble(citizen, /Gaat uw vraag misschien over een van deze onderwerpen\?/).waitFor();
    const topics = citizen.getByRole('toolbar');
    await expect(topics.getByRole('button', { name: 'Een medewerker spreken' }).isVisible()).resolves.toBe(true);
    if (process.env.SCREENSHOT) await citizen.screenshot({ path: join(__dirname, '..', '..', 'docs', 'images', 'chat-topics.png') });
    await topics.getByRole('button', { name: 'Paspoortaanvraag' }).click();
    await bubble(citizen, 'Bron: Paspoortaanvraag').waitFor();

    const editor = await signedInEditor();
    const card = editor.locator(`.cluster[data-label="${question}"]`);
    await card.waitFor();
    expect(await card.locator('.suggestion-list li').first().textContent()).toMatch(/^Paspoortaanvraag \(gekozen door 1 inwoner, overeenkomst \d+%\)$/);
    expect(await card.locator('select.link-article').inputValue()).toBe('paspoortaanvraag');
    expect(errors).toEqual([]);
  });

  it('after a new article, shows which question a citizen asked now gets another answer', async () => {
    const question = 'hoeveel hondenbelasting betaal ik per jaar';
    const citizen = await open('/', 390);
    await sendBox(citizen).waitFor();
    await ask(citizen, question);
    await bubble(citizen, 'Bron: Hondenbelasting').waitFor();
    // The check asks the questions in the log: wait until the turn is there.
    while (!(await loket.editor.log.read(0)).some((event) => event.text === question)) await new Promise((resolve) => setTimeout(resolve, 50));

    const editor = await signedInEditor();
    await editor.click('#tab-article');
    await editor.fill('#article-title', 'Korting op hondenbelasting');
    await editor.fill('#article-questions', question);
    await editor.fill('#article-lead', 'Heeft u een laag inkomen? Dan betaalt u minder hondenbelasting.');
    await editor.click('#publish-button');
    const check = editor.locator('#publish-check');
    await check.waitFor({ timeout: 30_000 });
    expect(await editor.locator('#publish-check-title').textContent()).toBe('Let op: 1 vraag krijgt nu een ander antwoord');
    expect(await editor.locator('#publish-check-list li').allInnerTexts()).toEqual([
      `‘${question}’\nWas: Hondenbelasting (vraag van inwoners)\nNu: Korting op hondenbelasting`,
    ]);
    if (process.env.SCREENSHOT) await editor.screenshot({ path: join(__dirname, '..', '..', 'docs', 'images', 'editor-check.png') });
    expect(errors).toEqual([]);
  });
});
