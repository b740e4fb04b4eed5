/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { RunningLoket } from '../../bot/loket';
import { ask, launchChromium, sendBox } from '../support/browser';
import { startTestLoket } from '../support/loketServer';
import { DEMO_CONTENT, temporaryDirectory } from '../support/paths';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

describe('the chat page in headless Chromium', () => {
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: RunningLoket;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    data = await temporaryDirectory('browser');
    ({ loket } = await startTestLoket({ LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: DEMO_CONTENT }));
    await loket.ready;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await loket.close();
    await data.remove();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    // The source pages are on the municipality's site; the test machine has no internet.
    await context.route('https://www.lindewijk.nl/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Lindewijk</title>' }));
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(loket.url);
    await sendBox(page).waitFor();
  });
  afterEach(async () => {
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('tells the citizen it is a bot and what happens to their messages, in Dutch', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.getByRole('heading', { name: 'U praat met een bot' }).isVisible()).resolves.toBe(true);
    await page.getByText('Wat doen we met uw berichten?').click();
    await expect(page.getByText(/We halen persoonsgegevens zoals uw BSN/).isVisible()).resolves.toBe(true);
    await page
      .getByText(/computerprogramma, geen mens/)
      .first()
      .waitFor();
  });

  it('answers "Hoe vraag ik een paspoort aan?" with the Lindewijk article card and its source link', async () => {
    await ask(page, 'Hoe vraag ik een paspoort aan?');
    const card = page.locator('.webchat__bubble').filter({ hasText: 'Bron: Paspoort aanvragen' });
    await card.waitFor();
    const [source] = await Promise.all([page.waitForEvent('popup'), card.getByRole('button', { name: 'Lees meer op de website' }).click()]);
    expect(source.url()).toBe('https://www.lindewijk.nl/paspoort-aanvragen');
    const actions = page.getByRole('toolbar', { name: 'Voorgestelde acties' });
    await expect(actions.getByRole('button', { name: 'Een medewerker spreken' }).isVisible()).resolves.toBe(true);
    await expect(actions.getByRole('button', { name: /Dit was nuttig/ }).isVisible()).resolves.toBe(true);
    // `SCREENSHOT=1 npx jest test/browser` refreshes the README's picture of this conversation.
    if (process.env.SCREENSHOT) await page.screenshot({ path: 'docs/images/chat-page.png' });
  });

  it('switches to English: page texts, language attribute and the answers', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByRole('heading', { name: 'You are talking to a bot' }).isVisible()).resolves.toBe(true);
    expect(await sendBox(page).getAttribute('placeholder')).toBe('Type your question…');
    await ask(page, 'How do I apply for a passport?');
    await page.locator('.webchat__bubble').filter({ hasText: 'Here is what I found' }).first().waitFor();
  });

  it('works with the keyboard alone', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Direct naar de chat');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('language-toggle');
    await sendBox(page).focus();
    await page.keyboard.type('wanneer wordt mijn container geleegd');
    await page.keyboard.press('Enter');
    await page
      .locator('.webchat__bubble')
      .filter({ hasText: /Bron: / })
      .first()
      .waitFor();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await ask(page, 'Hoe vraag ik een paspoort aan?');
    await page.locator('.webchat__bubble').filter({ hasText: 'Bron:' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('has no serious accessibility problems (axe-core)', async () => {
    await ask(page, 'Hoe vraag ik een paspoort aan?');
    await page.locator('.webchat__bubble').filter({ hasText: 'Bron:' }).waitFor();
    // Evaluated, not added as a <script>: the page's own CSP rightly forbids inline scripts.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
      return result.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('shows the same conversation again after a reload', async () => {
    await ask(page, 'wanneer wordt mijn container geleegd');
    await page.locator('.webchat__bubble').filter({ hasText: 'Bron:' }).first().waitFor();
    await page.reload();
    await page.locator('.webchat__bubble').filter({ hasText: 'wanneer wordt mijn container geleegd' }).first().waitFor();
  });
});
