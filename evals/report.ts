import { EvalSummary } from './metrics';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The summary as printed by `npm run eval` and quoted in the README. */
export function formatSummary(summary: EvalSummary, knowledge: string, caseFiles: string[]): string {
  return [
    `Loket evaluation — ${summary.cases} cases from ${caseFiles.join(', ')}`,
    `knowledge: ${knowledge}`,
    `answerable ${summary.answerable}: right ${percent(summary.accuracy)}, wrong ${percent(summary.wrongAnswerRate)}, clarified with the right option ${percent(summary.clarifiedWithRight)}`,
    `out of scope ${summary.outOfScope}: abstained ${percent(summary.abstainRate)}`,
    `handover requests ${summary.handoverCases}: handled ${percent(summary.handoverRecall)}`,
    `crisis ${summary.crisisCases}: right numbers and handover ${percent(summary.crisisRecall)}`,
    `turn latency: p50 ${summary.p50ms.toFixed(2)} ms, p95 ${summary.p95ms.toFixed(2)} ms`,
  ].join('\n');
}
