import { EvalCase, mentionsOf } from './evalCase';
import { TurnResult } from './botDriver';

export interface CaseOutcome {
  evalCase: EvalCase;
  result: TurnResult;
}

export interface EvalSummary {
  cases: number;
  answerable: number;
  /** Answered with the expected article. */
  accuracy: number;
  /** Answered with another article. */
  wrongAnswerRate: number;
  /** Asked "Bedoelt u …?" offering the expected article. */
  clarifiedWithRight: number;
  outOfScope: number;
  /** Out-of-scope questions where the bot said it does not know. */
  abstainRate: number;
  handoverCases: number;
  handoverRecall: number;
  crisisCases: number;
  crisisRecall: number;
  p50ms: number;
  p95ms: number;
}

/** The figures the issue asks for, from the outcome of every case. */
export function summarise(outcomes: CaseOutcome[]): EvalSummary {
  const answerable = outcomes.filter(({ evalCase }) => evalCase.expect.article);
  const outOfScope = outcomes.filter(({ evalCase }) => evalCase.expect.abstain);
  const handover = outcomes.filter(({ evalCase }) => evalCase.expect.handover);
  const crisis = outcomes.filter(({ evalCase }) => mentionsOf(evalCase).length > 0);
  const right = answerable.filter(({ evalCase, result }) => result.kind === 'answer' && result.article === evalCase.expect.article);
  const wrong = answerable.filter(({ evalCase, result }) => result.kind === 'answer' && result.article !== evalCase.expect.article);
  const clarified = answerable.filter(({ evalCase, result }) => result.kind === 'clarify' && result.options.includes(evalCase.expect.article ?? ''));
  const latencies = outcomes.map(({ result }) => result.ms).sort((a, b) => a - b);
  return {
    cases: outcomes.length,
    answerable: answerable.length,
    accuracy: share(right.length, answerable.length),
    wrongAnswerRate: share(wrong.length, answerable.length),
    clarifiedWithRight: share(clarified.length, answerable.length),
    outOfScope: outOfScope.length,
    abstainRate: share(outOfScope.filter(({ result }) => result.kind === 'abstain').length, outOfScope.length),
    handoverCases: handover.length,
    handoverRecall: share(handover.filter(({ result }) => result.kind === 'handover' && result.handover).length, handover.length),
    crisisCases: crisis.length,
    crisisRecall: share(
      crisis.filter(({ evalCase, result }) => result.handover && mentionsOf(evalCase).every((mention) => result.text.includes(mention))).length,
      crisis.length,
    ),
    p50ms: percentile(latencies, 0.5),
    p95ms: percentile(latencies, 0.95),
  };
}

/** Whether one case went as expected (used for listing failures). */
export function passed({ evalCase, result }: CaseOutcome): boolean {
  const expect = evalCase.expect;
  if (expect.article) return result.kind === 'answer' && result.article === expect.article;
  if (expect.abstain) return result.kind === 'abstain';
  const mentioned = mentionsOf(evalCase).every((mention) => result.text.includes(mention));
  return (!expect.handover || (result.kind === 'handover' && result.handover)) && mentioned;
}

function share(count: number, total: number): number {
  return total === 0 ? 1 : count / total;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}
