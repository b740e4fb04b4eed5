import { EvalSummary } from './metrics';
import { LearningReport } from './learningLoop';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The summary as printed by `npm run eval` and quoted in the README. */
export function formatSummary(summary: EvalSummary, knowledge: string, caseFiles: string[]): string {
  return [
    `Loket evaluation — ${summary.cases} cases from ${caseFiles.join(', ')}`,
    `knowledge: ${knowledge}`,
    ofSome(
      'answerable',
      summary.answerable,
      `right ${percent(summary.accuracy)}, wrong ${percent(summary.wrongAnswerRate)}, clarified with the right option ${percent(summary.clarifiedWithRight)}, not answered but the right topic offered ${percent(summary.suggestedRight)}`,
    ),
    ofSome(
      'out of scope',
      summary.outOfScope,
      `abstained ${percent(summary.abstainRate)} (offering topics ${percent(summary.outOfScopeSuggested)}, small talk ${percent(summary.outOfScopeSmallTalk)})`,
    ),
    ofSome('handover requests', summary.handoverCases, `handled ${percent(summary.handoverRecall)}`),
    ...(summary.referralCases > 0
      ? [`out of scope with where to go ${summary.referralCases}: not answered and saying where ${percent(summary.referralRecall)}`]
      : []),
    ofSome('crisis', summary.crisisCases, `right numbers and handover ${percent(summary.crisisRecall)}`),
    ofSome(
      'ordinary messages with words of a crisis',
      summary.calmCases,
      `crisis numbers given ${percent(summary.falseAlarmRate)}, by a safety rule (queued unasked) ${percent(summary.calmAlarmRate)}`,
    ),
    ...(summary.partCases > 0 ? [`answered right and naming the part asked about ${summary.partCases}: shown ${percent(summary.partRecall)}`] : []),
    `turn latency: p50 ${summary.p50ms.toFixed(2)} ms, p95 ${summary.p95ms.toFixed(2)} ms`,
  ].join('\n');
}

/** A rate of no cases is no figure: "answerable 0" rather than "right 100.0%". */
function ofSome(label: string, cases: number, figures: string): string {
  return cases === 0 ? `${label} 0` : `${label} ${cases}: ${figures}`;
}

/** The improvement loop's before and after, as printed by `npm run eval -- --learning` and quoted in the README. */
export function formatLearning(report: LearningReport, caseFiles: string[]): string {
  const row = (name: string, summary: EvalSummary) =>
    `${name.padEnd(7)} right ${percent(summary.accuracy).padStart(6)}  wrong ${percent(summary.wrongAnswerRate).padStart(6)}  clarified ${percent(summary.clarifiedWithRight).padStart(6)}  out of scope abstained ${percent(summary.abstainRate).padStart(6)}`;
  return [
    `Loket improvement loop — ${caseFiles.join(', ')}`,
    `half A (taught): ${report.taught} cases, ${report.linked} failures linked by the editor; half B (held back): ${report.heldBack} cases; out of scope: ${report.outOfScope}`,
    'held-back half B and out-of-scope cases:',
    row('before', report.before),
    row('after', report.after),
    'taught half A (the questions the editor linked, asked again):',
    row('before', report.taughtBefore),
    row('after', report.taughtAfter),
    `gain on half B: ${((report.after.accuracy - report.before.accuracy) * 100).toFixed(1)} points; wrong answers ${report.after.wrongAnswerRate <= report.before.wrongAnswerRate ? 'did not rise' : 'ROSE'}`,
  ].join('\n');
}
