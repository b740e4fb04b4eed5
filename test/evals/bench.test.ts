import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../bot/projectRoot';

const ROW = /^(echo bot|Loket)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+\.\d\d)$/gm;

/**
 * `npm run bench` end to end on a few messages (the built code, as `npm test`
 * builds first): both bots answer every message, and the figures the README
 * quotes are printed. How fast is for the bench itself, not for this test.
 */
describe('the benchmark', () => {
  it('loads the echo bot and Loket and prints msg/s, latency, errors, CPU per message and both ratios, the last line "ratio: X"', async () => {
    const bench = join(PROJECT_ROOT, 'dist', 'evals', 'bench', 'bench.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bench, '--requests', '300', '--connections', '4'], { timeout: 150_000 });
    const rows = [...stdout.matchAll(ROW)];
    expect(rows.map((row) => row[1])).toEqual(['echo bot', 'Loket']);
    for (const [, , perSecond, , , errors, cpu] of rows) {
      expect(Number(perSecond)).toBeGreaterThan(0);
      expect(Number(errors)).toBe(0);
      // CPU time read from outside each server process: a bot that answered 300 messages used some.
      expect(Number(cpu)).toBeGreaterThan(0);
    }
    expect(stdout).toMatch(/^cpu ratio: \d+\.\d\d /m);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^ratio: \d+\.\d\d$/);
  }, 180_000);
});
