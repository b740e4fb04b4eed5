import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../../bot/config';
import { FEATURES } from '../../dialogs/answerPolicy';
import { ROOT, temporaryDirectory } from '../support/paths';

const run = promisify(execFile);
const PLACES = join(ROOT, 'evals', 'cases', 'lindewijk-places-dev.jsonl');

/** The best "right" percentage the tuner prints for the settings it chose. */
const rightOf = (stdout: string) => Number(/right ([\d.]+)%/.exec(stdout)?.[1]);

/**
 * `npm run tune` on the development set of questions set in other places
 * (half out of scope because of the place): as the bot does, the tuner lets the
 * place check decline them first, unless told the policy is for national content.
 */
describe('npm run tune (the built tuner, on the demo knowledge base)', () => {
  let folder: Awaited<ReturnType<typeof temporaryDirectory>>;
  beforeAll(async () => {
    folder = await temporaryDirectory('tune');
  });
  afterAll(() => folder.remove());

  const tune = async (out: string, ...extra: string[]) =>
    (
      await run(process.execPath, [join(ROOT, 'dist', 'evals', 'tune.js'), '--cases', PLACES, '--max-wrong', '0.1', '--out', out, ...extra], {
        cwd: ROOT,
        env: { ...process.env, LOKET_DATA_DIR: folder.path },
      })
    ).stdout;

  it('writes a policy the bot reads; with the place check, questions about other towns count as abstained', async () => {
    const file = join(folder.path, 'municipal.json');
    const stdout = await tune(file);
    expect(stdout).toContain('80 development cases: 40 answerable, 40 out of scope');
    const written = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(written.model as object).sort()).toEqual([...FEATURES, 'bias'].sort());
    expect(written).not.toHaveProperty('declineOtherPlaces');
    const policy = loadConfig({ LOKET_ANSWER_POLICY: file }).answerPolicy;
    expect(policy).toMatchObject({ answerThreshold: written.answerThreshold, clarifyMargin: written.clarifyMargin, declineOtherPlaces: true });
    expect(rightOf(stdout)).toBeGreaterThanOrEqual(70);
  }, 60_000);

  it('with --answer-other-places, fits a policy that answers them, and must abstain by confidence alone', async () => {
    const file = join(folder.path, 'national.json');
    const stdout = await tune(file, '--answer-other-places');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ declineOtherPlaces: false });
    expect(loadConfig({ LOKET_ANSWER_POLICY: file }).answerPolicy.declineOtherPlaces).toBe(false);
    // Keeping 90% of the out-of-scope half abstained without the place check costs most right answers.
    expect(rightOf(stdout)).toBeLessThan(40);
  }, 60_000);
});
