import { parseArgs } from 'node:util';
import { loadConfig } from '../bot/config';
import { AnswerPolicySettings, decide, DEFAULT_ANSWER_POLICY } from '../dialogs/answerPolicy';
import { Retrieval } from '../knowledge/retrieval/hybridRetriever';
import { readCases } from './evalCase';
import { KNOWLEDGE_OPTIONS, knowledgeSourceOf } from './knowledgeArguments';
import { loadEvalKnowledge } from './runEval';

interface Scored {
  settings: AnswerPolicySettings;
  right: number;
  wrong: number;
  abstained: number;
}

const GRID = {
  coverageWeight: [0.3, 0.4, 0.5, 0.6, 0.7],
  similarityWeight: [0.3, 0.4, 0.5, 0.6, 0.7],
  lexicalWeight: [0, 0.1, 0.2, 0.3],
  answerThreshold: range(0.3, 1.0, 0.025),
  clarifyMargin: [0, 0.01, 0.02, 0.03, 0.05],
};

/**
 * `npm run tune -- --cases evals/cases/lindewijk-dev.jsonl`: searches the
 * answer policy's weights and thresholds on DEVELOPMENT cases only (the test
 * cases stay unseen) and prints the best settings that keep wrong answers and
 * missed out-of-scope questions within the given limits.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...KNOWLEDGE_OPTIONS,
      'max-wrong': { type: 'string', default: '0.02' },
      'min-abstain': { type: 'string', default: '0.92' },
    },
  });
  if (!values.cases?.length) throw new Error('usage: npm run tune -- --cases FILE [--knowledge PATH] [--format markdown|rijksoverheid]');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const knowledge = await loadEvalKnowledge(knowledgeSourceOf(values), config);
  const cases = (await Promise.all(values.cases.map(readCases))).flat().filter((c) => !c.history && (c.expect.article || c.expect.abstain));
  const retriever = knowledge.retriever();
  const retrievals = await Promise.all(cases.map(async (c) => ({ expected: c.expect.article, retrieval: await retriever.retrieve(c.q) })));
  const answerable = retrievals.filter((r) => r.expected).length;
  const outOfScope = retrievals.length - answerable;
  const maxWrong = Number(values['max-wrong']);
  const minAbstain = Number(values['min-abstain']);
  const results: Scored[] = [];
  for (const settings of combinations()) results.push(score(settings, retrievals));
  const acceptable = results
    .filter((r) => r.wrong / answerable <= maxWrong && r.abstained / outOfScope >= minAbstain)
    .sort((a, b) => b.right - a.right || a.wrong - b.wrong);
  process.stdout.write(`${cases.length} development cases: ${answerable} answerable, ${outOfScope} out of scope; ${results.length} settings tried\n`);
  for (const r of acceptable.slice(0, 10)) {
    process.stdout.write(
      `${JSON.stringify(r.settings)} right ${pct(r.right, answerable)} wrong ${pct(r.wrong, answerable)} abstain ${pct(r.abstained, outOfScope)}\n`,
    );
  }
  if (acceptable.length === 0) process.stdout.write('no settings meet the limits\n');
}

function score(settings: AnswerPolicySettings, retrievals: { expected?: string; retrieval: Retrieval }[]): Scored {
  let right = 0;
  let wrong = 0;
  let abstained = 0;
  for (const { expected, retrieval } of retrievals) {
    const decision = decide(retrieval, settings);
    if (!expected) {
      if (decision.kind === 'abstain') abstained++;
    } else if (decision.kind === 'answer') {
      if (decision.best.candidate.article.id === expected) right++;
      else wrong++;
    }
  }
  return { settings, right, wrong, abstained };
}

function* combinations(): Generator<AnswerPolicySettings> {
  for (const coverageWeight of GRID.coverageWeight)
    for (const similarityWeight of GRID.similarityWeight)
      for (const lexicalWeight of GRID.lexicalWeight)
        for (const answerThreshold of GRID.answerThreshold)
          for (const clarifyMargin of GRID.clarifyMargin)
            yield { coverageWeight, similarityWeight, lexicalWeight, answerThreshold, clarifyMargin, linkedMatch: DEFAULT_ANSWER_POLICY.linkedMatch };
}

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to + 1e-9; value += step) values.push(Math.round(value * 1000) / 1000);
  return values;
}

function pct(count: number, total: number): string {
  return `${((count / Math.max(total, 1)) * 100).toFixed(1)}%`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
