import { join } from 'node:path';
import { loadConfig } from '../../bot/config';
import { readCases } from '../../evals/evalCase';
import { passed } from '../../evals/metrics';
import { runEval } from '../../evals/runEval';
import { holderOf } from '../support/knowledge';
import { DEMO_CONTENT, describeWithShared, ROOT, SHARED } from '../support/paths';

const config = loadConfig({});
const CASES = join(ROOT, 'evals', 'cases');
const RIJKSOVERHEID = join(SHARED, 'data', 'rijksoverheid-faq');

async function evaluate(caseFiles: string[], knowledge: { path: string; format: 'markdown' | 'rijksoverheid' }) {
  const cases = (await Promise.all(caseFiles.map(readCases))).flat();
  const run = await runEval(cases, await holderOf(knowledge), config);
  const failures = run.outcomes.filter((outcome) => !passed(outcome)).map(({ evalCase, result }) => `${evalCase.id} ${result.kind} ${result.article ?? ''}`);
  return { ...run.summary, failures };
}

/**
 * Quality gates from the answering issue, on Loket's own held-out test cases,
 * through the real bot. The same figures are printed by `npm run eval` and
 * quoted in the README.
 */
describe('evaluation of the demo knowledge base (evals/cases/lindewijk-*.jsonl)', () => {
  let summary: Awaited<ReturnType<typeof evaluate>>;
  beforeAll(async () => {
    summary = await evaluate([join(CASES, 'lindewijk-answers.jsonl'), join(CASES, 'lindewijk-special.jsonl')], { path: DEMO_CONTENT, format: 'markdown' });
  });

  it('has at least 300 cases, phrased as citizens write', () => {
    expect(summary.cases).toBeGreaterThanOrEqual(300);
  });
  it('answers at least 90% of answerable questions with the right article', () => expect(summary.accuracy).toBeGreaterThanOrEqual(0.9));
  it('answers at most 3% with a wrong article', () => expect(summary.wrongAnswerRate).toBeLessThanOrEqual(0.03));
  it('abstains on at least 90% of out-of-scope questions', () => expect(summary.abstainRate).toBeGreaterThanOrEqual(0.9));
  it('handles every request for a human and every crisis', () => {
    expect(summary.handoverRecall).toBe(1);
    expect(summary.crisisRecall).toBe(1);
  });
});

describeWithShared('evaluation of imported Rijksoverheid items (evals/cases/rijksoverheid.jsonl)', () => {
  it('answers at least 80% right and at most 8% wrong', async () => {
    const summary = await evaluate([join(CASES, 'rijksoverheid.jsonl')], { path: RIJKSOVERHEID, format: 'rijksoverheid' });
    expect(summary.cases).toBeGreaterThanOrEqual(100);
    expect(summary.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(summary.wrongAnswerRate).toBeLessThanOrEqual(0.08);
  });
});

describeWithShared('the sample cases in ../shared/evals', () => {
  it('handles the Lindewijk sample: crisis and human requests all, and the questions', async () => {
    const summary = await evaluate([join(SHARED, 'evals', 'sample.jsonl')], { path: DEMO_CONTENT, format: 'markdown' });
    expect(summary.handoverRecall).toBe(1);
    expect(summary.crisisRecall).toBe(1);
    expect(summary.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(summary.abstainRate).toBe(1);
  });

  it('handles the Rijksoverheid sample', async () => {
    const summary = await evaluate([join(SHARED, 'evals', 'sample-rijksoverheid.jsonl')], { path: RIJKSOVERHEID, format: 'rijksoverheid' });
    expect(summary.wrongAnswerRate).toBe(0);
    expect(summary.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
