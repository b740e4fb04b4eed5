import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';
import { DEFAULT_ANSWER_POLICY } from '../../dialogs/answerPolicy';
import { temporaryDirectory } from '../support/paths';

describe('an answer policy fitted for another knowledge base (LOKET_ANSWER_POLICY)', () => {
  let folder: Awaited<ReturnType<typeof temporaryDirectory>>;
  beforeAll(async () => {
    folder = await temporaryDirectory('policy');
  });
  afterAll(() => folder.remove());

  it('uses the built-in policy without it', () => {
    expect(loadConfig({}).answerPolicy).toEqual(DEFAULT_ANSWER_POLICY);
  });

  it('reads the file `npm run tune -- --out` writes, and lets the threshold be overridden', async () => {
    const file = join(folder.path, 'policy.json');
    const tuned = { model: { ...DEFAULT_ANSWER_POLICY.model, focus: 3 }, answerThreshold: 0.6, clarifyMargin: 0.1 };
    await writeFile(file, JSON.stringify(tuned));
    expect(loadConfig({ LOKET_ANSWER_POLICY: file }).answerPolicy).toMatchObject(tuned);
    expect(loadConfig({ LOKET_ANSWER_POLICY: file, LOKET_ANSWER_THRESHOLD: '0.7' }).answerPolicy.answerThreshold).toBe(0.7);
  });

  it('reads a policy fitted before the similarity share was added, weighing it 0 as it was fitted', async () => {
    const file = join(folder.path, 'older.json');
    const older = { coverage: 2.3, focus: -0.72, similarity: 1.98, questionSimilarity: 0.14, lexicalScore: 1.37, lexicalShare: 4.05, words: 0.59, bias: -7.84 };
    await writeFile(file, JSON.stringify({ model: older, answerThreshold: 0.36, clarifyMargin: 0.1 }));
    expect(loadConfig({ LOKET_ANSWER_POLICY: file }).answerPolicy.model).toEqual({ ...older, similarityShare: 0 });
  });

  it('declines questions about other municipalities unless the file says the organisation serves the whole country', async () => {
    const file = join(folder.path, 'national.json');
    const fitted = { model: DEFAULT_ANSWER_POLICY.model, answerThreshold: 0.4, clarifyMargin: 0.1 };
    await writeFile(file, JSON.stringify(fitted));
    expect(loadConfig({ LOKET_ANSWER_POLICY: file }).answerPolicy.declineOtherPlaces).toBe(true);
    await writeFile(file, JSON.stringify({ ...fitted, declineOtherPlaces: false }));
    expect(loadConfig({ LOKET_ANSWER_POLICY: file }).answerPolicy.declineOtherPlaces).toBe(false);
  });

  it('reads from what probability on topics are offered when Loket does not answer, 1 for none', async () => {
    const file = join(folder.path, 'topics.json');
    const fitted = { model: DEFAULT_ANSWER_POLICY.model, answerThreshold: 0.4, clarifyMargin: 0.1 };
    await writeFile(file, JSON.stringify({ ...fitted, suggestThreshold: 1 }));
    expect(loadConfig({ LOKET_ANSWER_POLICY: file }).answerPolicy.suggestThreshold).toBe(1);
    await writeFile(file, JSON.stringify({ ...fitted, suggestThreshold: 1.5 }));
    expect(() => loadConfig({ LOKET_ANSWER_POLICY: file })).toThrow(/topics\.json: suggestThreshold/);
    // The operator's override, as for the answer threshold.
    expect(loadConfig({ LOKET_SUGGEST_THRESHOLD: '1' }).answerPolicy.suggestThreshold).toBe(1);
    expect(() => loadConfig({ LOKET_SUGGEST_THRESHOLD: 'never' })).toThrow(/LOKET_SUGGEST_THRESHOLD/);
  });

  it('stops start-up with the file and field named when the file is wrong', async () => {
    const file = join(folder.path, 'broken.json');
    await writeFile(file, JSON.stringify({ model: { coverage: 1 }, answerThreshold: 2, clarifyMargin: 0 }));
    expect(() => loadConfig({ LOKET_ANSWER_POLICY: file })).toThrow(ConfigError);
    expect(() => loadConfig({ LOKET_ANSWER_POLICY: file })).toThrow(/broken\.json: model\.focus/);
    expect(() => loadConfig({ LOKET_ANSWER_POLICY: join(folder.path, 'missing.json') })).toThrow(/cannot read/);
  });
});
