import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../bot/config';
import { AnswerModel, AnswerPolicySettings, answerFeatures, decide, DEFAULT_ANSWER_POLICY, FEATURES } from '../dialogs/answerPolicy';
import { Retrieval } from '../knowledge/retrieval/hybridRetriever';
import { readCases } from './evalCase';
import { KNOWLEDGE_OPTIONS, knowledgeSourceOf } from './knowledgeArguments';
import { fitLogistic } from './logisticFit';
import { loadEvalKnowledge } from './runEval';
import { standardOtherPlaceCheck } from '../dialogs/places/otherPlace';

interface Labelled {
  expected?: string;
  retrieval: Retrieval;
  /** Set in another municipality: declined before the answer model sees it. */
  declined?: boolean;
}

interface Scored {
  answerThreshold: number;
  clarifyMargin: number;
  right: number;
  wrong: number;
  abstained: number;
}

/** Clarifying is part of the product: the margin is never tuned away to 0. */
const MARGINS = [0.02, 0.05, 0.1];

/**
 * `npm run tune -- --cases evals/cases/lindewijk-dev.jsonl`: fits the answer
 * model on DEVELOPMENT cases only (the test cases stay unseen): a logistic
 * regression over every retrieved candidate (is it the expected article?),
 * then the threshold and clarify margin that answer most questions right
 * while keeping wrong answers and missed out-of-scope questions within limits.
 * Prints the settings to put in DEFAULT_ANSWER_POLICY.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...KNOWLEDGE_OPTIONS,
      'max-wrong': { type: 'string', default: '0.03' },
      'min-abstain': { type: 'string', default: '0.9' },
      'answer-other-places': { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  if (!values.cases?.length)
    throw new Error(
      'usage: npm run tune -- --cases FILE [--cases FILE] [--knowledge PATH] [--format markdown|rijksoverheid] [--answer-other-places] [--out FILE]',
    );
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const knowledge = await loadEvalKnowledge(knowledgeSourceOf(values), config);
  const cases = (await Promise.all(values.cases.map(readCases))).flat().filter((c) => !c.history && (c.expect.article || c.expect.abstain));
  const retriever = knowledge.retriever();
  // As the bot does (declineOtherPlaces): a national organisation's policy is fitted with --answer-other-places.
  const places = values['answer-other-places'] ? undefined : standardOtherPlaceCheck();
  const declined = (question: string) => places?.find(question, retriever.knowledge.articles) !== undefined;
  const labelled: Labelled[] = await Promise.all(
    cases.map(async (c) => ({ expected: c.expect.article, retrieval: await retriever.retrieve(c.q), declined: declined(c.q) })),
  );
  const model = fitModel(labelled);
  const answerable = labelled.filter((entry) => entry.expected).length;
  const outOfScope = labelled.length - answerable;
  const limits = { wrong: Number(values['max-wrong']) * answerable, abstained: Number(values['min-abstain']) * outOfScope };
  const results: Scored[] = [];
  for (let threshold = 0.05; threshold < 0.99; threshold += 0.01)
    for (const clarifyMargin of MARGINS) results.push(score({ ...DEFAULT_ANSWER_POLICY, model, answerThreshold: round(threshold), clarifyMargin }, labelled));
  const acceptable = results
    .filter((r) => r.wrong <= limits.wrong && r.abstained >= limits.abstained)
    .sort((a, b) => b.right - a.right || a.wrong - b.wrong || b.clarifyMargin - a.clarifyMargin);
  process.stdout.write(`${labelled.length} development cases: ${answerable} answerable, ${outOfScope} out of scope\n`);
  process.stdout.write(`model: ${JSON.stringify(model)}\n`);
  for (const r of acceptable.slice(0, 5)) {
    process.stdout.write(
      `threshold ${r.answerThreshold} margin ${r.clarifyMargin}: right ${pct(r.right, answerable)} wrong ${pct(r.wrong, answerable)} abstain ${pct(r.abstained, outOfScope)}\n`,
    );
  }
  const [chosen] = acceptable;
  if (!chosen) {
    process.stdout.write('no settings meet the limits\n');
    process.exitCode = 1;
    return;
  }
  if (values.out) {
    const fitted = { model, answerThreshold: chosen.answerThreshold, clarifyMargin: chosen.clarifyMargin, ...(places ? {} : { declineOtherPlaces: false }) };
    await writeFile(values.out, `${JSON.stringify(fitted, null, 2)}\n`);
    process.stdout.write(`written to ${values.out} (use with LOKET_ANSWER_POLICY or npm run eval -- --policy)\n`);
  }
}

/** One example per retrieved candidate: its evidence, and whether it is the article the case expects. */
export function fitModel(labelled: Labelled[]): AnswerModel {
  const examples = labelled.flatMap(({ expected, retrieval, declined }) =>
    (declined ? [] : retrieval.candidates).map((candidate) => {
      const features = answerFeatures(candidate, retrieval);
      return { features: FEATURES.map((feature) => features[feature]), positive: candidate.article.id === expected };
    }),
  );
  const { weights, bias } = fitLogistic(examples);
  const model = { bias: round(bias) } as AnswerModel;
  FEATURES.forEach((feature, index) => (model[feature] = round(weights[index] ?? 0)));
  return model;
}

function score(settings: AnswerPolicySettings, labelled: Labelled[]): Scored {
  const scored: Scored = { answerThreshold: settings.answerThreshold, clarifyMargin: settings.clarifyMargin, right: 0, wrong: 0, abstained: 0 };
  for (const { expected, retrieval, declined } of labelled) {
    const decision = declined ? { kind: 'abstain' as const } : decide(retrieval, settings);
    if (!expected) {
      if (decision.kind === 'abstain') scored.abstained++;
    } else if (decision.kind === 'answer') {
      if (decision.best.candidate.article.id === expected) scored.right++;
      else scored.wrong++;
    }
  }
  return scored;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function pct(count: number, total: number): string {
  return `${((count / Math.max(total, 1)) * 100).toFixed(1)}%`;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
