/// <reference lib="dom" />
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { AgentAccounts } from '../../adapters/agents/agentAccounts';
import { RunningLoket } from '../../bot/loket';
import { ask, launchChromium, sendBox } from '../support/browser';
import { startTestLoket } from '../support/loketServer';
import { FIXTURES, temporaryDirectory } from '../support/paths';

const PASSWORD = 'correct horse battery';

/** A chat bubble (Web Chat also repeats texts in hidden live regions). */
function bubble(page: Page, text: string | RegExp) {
  return page.locator('.webchat__bubble').filter({ hasText: text }).first();
}

/** The real chat page and the real agent console, side by side in one headless Chromium. */
describe('a citizen and an agent in headless Chromium', () => {
  let data: Awaited<ReturnType<typeof temporaryDirectory>>;
  let loket: RunningLoket;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    data = await temporaryDirectory('browser-console');
    await new AgentAccounts(join(data.path, 'agents.json')).save({ name: 'anna', displayName: 'Anna', roles: ['agent'] }, PASSWORD);
    ({ loket } = await startTestLoket({
      LOKET_DATA_DIR: data.path,
      LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo'),
      LOKET_HANDOVER_HOURS: 'always',
      LOKET_HANDOVER_HOLIDAYS: 'none',
    }));
    await loket.ready;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await loket.close();
    await data.remove();
  });

  async function open(path: string, width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
    await page.goto(`${loket.url}${path}`);
    return page;
  }

  async function signedInAgent(): Promise<Page> {
    const agent = await open('/agent', 1280);
    await agent.fill('#login-name', 'anna');
    await agent.fill('#login-password', PASSWORD);
    await agent.click('form#login button[type=submit]');
    await agent.locator('#queue').waitFor();
    return agent;
  }

  it('citizen asks for a human, agent claims, they chat, agent closes, the bot answers again', async () => {
    const agent = await signedInAgent();

    const citizen = await open('/', 390);
    await sendBox(citizen).waitFor();
    await ask(citizen, 'Hoeveel kost hondenbelasting?');
    await bubble(citizen, 'Bron: Hondenbelasting').waitFor();
    await ask(citizen, 'wat kost een paspoort of een hond');
    await bubble(citizen, /Gaat uw vraag misschien over een van deze onderwerpen\?/).waitFor();
    await ask(citizen, 'ik wil een medewerker spreken');
    await citizen.getByRole('toolbar').getByRole('button', { name: 'Ja, verbind mij door' }).click();
    await bubble(citizen, /U staat in de wachtrij/).waitFor();

    const item = agent.locator('#queue li[data-handover-id]').first();
    await item.waitFor();
    await item.locator('button.claim').click();
    await agent.locator('#conversation[data-handover-id]').waitFor();
    await agent.locator('#transcript li.message[data-from="citizen"]', { hasText: 'Hoeveel kost hondenbelasting?' }).waitFor();
    await agent.locator('#summary', { hasText: 'Hondenbelasting' }).waitFor();
    // What the bot offered to choose is in the transcript, not only its words.
    await agent.locator('#transcript li.message[data-from="bot"] p.offered', { hasText: 'Aangeboden onderwerpen: Paspoortaanvraag' }).waitFor();
    await bubble(citizen, /U chat nu met Anna/).waitFor();

    await agent.fill('#reply', 'Goedemiddag, <img src=x onerror=alert(1)> waarmee kan ik helpen?');
    await agent.click('#send');
    await bubble(citizen, 'Anna (medewerker): Goedemiddag, <img src=x onerror=alert(1)> waarmee kan ik helpen?').waitFor();
    expect(await citizen.locator('img[src="x"]').count()).toBe(0);

    await ask(citizen, 'Ik wil mijn paspoort verlengen');
    await agent.locator('#transcript li.message[data-from="citizen"]', { hasText: 'paspoort verlengen' }).waitFor();

    if (process.env.SCREENSHOT) await agent.screenshot({ path: join(__dirname, '..', '..', 'docs', 'images', 'agent-console.png'), fullPage: true });
    await agent.selectOption('#outcome', 'resolved');
    await agent.click('#close');
    await bubble(citizen, /U praat nu weer met de digitale assistent/).waitFor();
    await ask(citizen, 'hondenbelasting');
    await citizen.locator('.webchat__bubble').filter({ hasText: 'Bron: Hondenbelasting' }).nth(1).waitFor();
    expect(errors).toEqual([]);
  });

  it('a possible crisis no rule names: the numbers as a question, the offer of a person visible, and a yes queues it', async () => {
    const agent = await signedInAgent();

    const citizen = await open('/', 390);
    await sendBox(citizen).waitFor();
    await ask(citizen, 'mijn opa ligt op de grond en ik krijg hem niet wakker');
    await bubble(citizen, /Misschien begrijp ik u verkeerd\. Maar is er nu gevaar/).waitFor();
    // Web Chat shows only the last message's buttons: the offer must be there, below the turn's own reply.
    await citizen.getByRole('toolbar').getByRole('button', { name: 'Ja, verbind mij door' }).click();
    await bubble(citizen, /U staat in de wachtrij/).waitFor();
    await agent.locator('#queue li[data-handover-id]').first().waitFor();
    expect(errors).toEqual([]);
  });
});
