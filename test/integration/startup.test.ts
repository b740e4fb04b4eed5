import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES, ROOT, temporaryDirectory } from '../support/paths';

const MAIN = join(ROOT, 'dist', 'bot', 'main.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runMain(env: Record<string, string>, whileRunning?: (output: () => string, stop: () => void) => Promise<void>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
    child.once('error', reject);
    if (whileRunning)
      whileRunning(
        () => stdout,
        () => child.kill('SIGTERM'),
      ).catch(reject);
  });
}

async function waitFor(output: () => string, pattern: RegExp): Promise<RegExpExecArray> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const match = pattern.exec(output());
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never printed ${pattern}`);
}

describe('starting Loket (npm start)', () => {
  it('stops at once with a clear message when the configuration is wrong', async () => {
    const run = await runMain({ PORT: 'abc', LOKET_MAX_MESSAGE_LENGTH: '5' });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('Loket did not start.');
    expect(run.stderr).toMatch(/PORT: /);
    expect(run.stderr).toMatch(/LOKET_MAX_MESSAGE_LENGTH: /);
  });

  it('refuses to run in production without Bot Framework authentication unless told to', async () => {
    const run = await runMain({ NODE_ENV: 'production', LOKET_CHAT_TOKEN_SECRET: 'x'.repeat(40) });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('MicrosoftAppId: required when NODE_ENV=production');
  });

  it('starts, becomes ready, and shuts down cleanly on SIGTERM', async () => {
    const data = await temporaryDirectory('startup');
    try {
      const run = await runMain({ PORT: '0', LOKET_DATA_DIR: data.path, LOKET_KNOWLEDGE_PATH: join(FIXTURES, 'knowledge', 'demo') }, async (output, stop) => {
        const [, url] = await waitFor(output, /"event":"ready","url":"([^"]+)"/);
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
        stop();
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('"event":"shutdown","signal":"SIGTERM"');
    } finally {
      await data.remove();
    }
  });
});
