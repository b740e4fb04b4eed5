import { Browser, chromium, Page } from 'playwright-core';

/** Debian's Chromium, headless; no browser download (there is no internet, see stack notes). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Web Chat's send box. */
export function sendBox(page: Page) {
  return page.locator('.webchat__send-box input, .webchat__send-box textarea').first();
}

export async function ask(page: Page, question: string): Promise<void> {
  const input = sendBox(page);
  await input.fill(question);
  await input.press('Enter');
}
