import { EvalCase, mentionsOf } from './evalCase';
import { ResultKind, TurnResult } from './botDriver';

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
  /** Not answered ("Daar weet ik geen zeker antwoord op"), with the expected article among the topics offered to choose. */
  suggestedRight: number;
  outOfScope: number;
  /** Out-of-scope questions where the bot said it does not know. */
  abstainRate: number;
  /** Out-of-scope questions where it said so and still offered topics: none of them is the one asked about. */
  outOfScopeSuggested: number;
  /** Out-of-scope messages answered as small talk: thanks, "ok", a goodbye read as such rather than as a question Loket cannot answer. */
  outOfScopeSmallTalk: number;
  handoverCases: number;
  handoverRecall: number;
  crisisCases: number;
  crisisRecall: number;
  /** Out of scope with text the reply must show: where to go instead ("duo.nl"). */
  referralCases: number;
  /** Of those, the share not answered and showing it. */
  referralRecall: number;
  /** Ordinary messages that a word in them could make look like a crisis (expect `"handover": false`). */
  calmCases: number;
  /** Of those, the share that got crisis numbers. */
  falseAlarmRate: number;
  /** Of those, the share a safety rule answered: with a contact centre open, put first in its queue unasked, the place of a citizen in danger. */
  calmAlarmRate: number;
  /** Answered with the expected article where the case also names text the reply must show (a section heading, "**Kosten**"). */
  partCases: number;
  /** Of those, the share whose reply shows it: the part of the article the question asks about. */
  partRecall: number;
  p50ms: number;
  p95ms: number;
}

/** The figures the issue asks for, from the outcome of every case. */
export function summarise(outcomes: CaseOutcome[]): EvalSummary {
  const answerable = outcomes.filter(({ evalCase }) => evalCase.expect.article);
  const outOfScope = outcomes.filter(({ evalCase }) => evalCase.expect.abstain);
  const handover = outcomes.filter(({ evalCase }) => evalCase.expect.handover);
  // Text to mention without an article to answer: the crisis numbers. Out of scope: where to go instead. With an article: the part of it to show.
  const crisis = outcomes.filter(({ evalCase }) => mentionsOf(evalCase).length > 0 && !evalCase.expect.article && !evalCase.expect.abstain);
  const referrals = outOfScope.filter(({ evalCase }) => mentionsOf(evalCase).length > 0);
  const calm = outcomes.filter(({ evalCase }) => evalCase.expect.handover === false);
  const right = answerable.filter(({ evalCase, result }) => result.kind === 'answer' && result.article === evalCase.expect.article);
  const parts = right.filter(({ evalCase }) => mentionsOf(evalCase).length > 0);
  const wrong = answerable.filter(({ evalCase, result }) => result.kind === 'answer' && result.article !== evalCase.expect.article);
  const offered = (kind: ResultKind) =>
    answerable.filter(({ evalCase, result }) => result.kind === kind && result.options.includes(evalCase.expect.article ?? ''));
  const latencies = outcomes.map(({ result }) => result.ms).sort((a, b) => a - b);
  return {
    cases: outcomes.length,
    answerable: answerable.length,
    accuracy: share(right.length, answerable.length),
    wrongAnswerRate: share(wrong.length, answerable.length),
    clarifiedWithRight: share(offered('clarify').length, answerable.length),
    suggestedRight: share(offered('abstain').length, answerable.length),
    outOfScope: outOfScope.length,
    abstainRate: share(outOfScope.filter(({ result }) => result.kind === 'abstain').length, outOfScope.length),
    outOfScopeSuggested: share(outOfScope.filter(({ result }) => result.kind === 'abstain' && result.options.length > 0).length, outOfScope.length),
    outOfScopeSmallTalk: share(outOfScope.filter(({ result }) => result.smallTalk).length, outOfScope.length),
    handoverCases: handover.length,
    handoverRecall: share(handover.filter(({ result }) => result.kind === 'handover' && result.handover).length, handover.length),
    crisisCases: crisis.length,
    crisisRecall: share(crisis.filter((outcome) => outcome.result.handover && mentionsAll(outcome)).length, crisis.length),
    referralCases: referrals.length,
    referralRecall: share(referrals.filter((outcome) => outcome.result.kind === 'abstain' && mentionsAll(outcome)).length, referrals.length),
    calmCases: calm.length,
    falseAlarmRate: calm.length === 0 ? 0 : share(calm.filter(({ result }) => result.crisis).length, calm.length),
    calmAlarmRate: calm.length === 0 ? 0 : share(calm.filter(({ result }) => result.alarm).length, calm.length),
    partCases: parts.length,
    partRecall: share(parts.filter(mentionsAll).length, parts.length),
    p50ms: percentile(latencies, 0.5),
    p95ms: percentile(latencies, 0.95),
  };
}

/** Whether one case went as expected (used for listing failures). */
export function passed({ evalCase, result }: CaseOutcome): boolean {
  const expect = evalCase.expect;
  if (expect.article) return result.kind === 'answer' && result.article === expect.article && mentionsAll({ evalCase, result });
  if (expect.abstain) return result.kind === 'abstain' && mentionsAll({ evalCase, result });
  if (expect.handover === false) return !result.crisis;
  return (!expect.handover || (result.kind === 'handover' && result.handover)) && mentionsAll({ evalCase, result });
}

function mentionsAll({ evalCase, result }: CaseOutcome): boolean {
  return mentionsOf(evalCase).every((mention) => result.text.includes(mention));
}

function share(count: number, total: number): number {
  return total === 0 ? 1 : count / total;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}
