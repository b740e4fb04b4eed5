import { classify } from '../../evals/botDriver';
import { EvalCase } from '../../evals/evalCase';
import { passed, summarise } from '../../evals/metrics';

/** A reply as LoketBot renders it: the kind and the offered articles travel in channelData. */
function reply(kind: string, options: string[] = [], articleId?: string) {
  return { type: 'message', text: '', channelData: { loket: { kind, options, ...(articleId ? { articleId } : {}) } } };
}

const answerable = (id: string, article: string): EvalCase => ({ id, q: id, expect: { article } });
const outOfScope = (id: string): EvalCase => ({ id, q: id, expect: { abstain: true } });

describe('the eval figures for topics offered instead of an answer', () => {
  const outcomes = [
    { evalCase: answerable('a1', 'paspoort'), result: classify([reply('abstain', ['paspoort', 'id-kaart'])], 1) },
    { evalCase: answerable('a2', 'paspoort'), result: classify([reply('abstain', ['id-kaart'])], 1) },
    { evalCase: answerable('a3', 'paspoort'), result: classify([reply('clarify', ['paspoort', 'id-kaart'])], 1) },
    { evalCase: answerable('a4', 'paspoort'), result: classify([reply('answer', [], 'paspoort')], 1) },
    { evalCase: outOfScope('o1'), result: classify([reply('abstain', ['hondenbelasting'])], 1) },
    { evalCase: outOfScope('o2'), result: classify([reply('abstain')], 1) },
  ];
  const summary = summarise(outcomes);

  it('counts an answerable question as offered right only when the expected article is among the topics', () => {
    expect(outcomes[0]?.result).toMatchObject({ kind: 'abstain', article: null, options: ['paspoort', 'id-kaart'] });
    expect(summary.suggestedRight).toBe(0.25);
    expect(summary.clarifiedWithRight).toBe(0.25);
    expect(summary.accuracy).toBe(0.25);
    expect(summary.wrongAnswerRate).toBe(0);
  });

  it('still counts an out-of-scope question with topics as abstained, and reports how often topics came with it', () => {
    expect(summary.abstainRate).toBe(1);
    expect(summary.outOfScopeSuggested).toBe(0.5);
  });
});

describe('the eval figure for out-of-scope questions told where to go', () => {
  const told = (id: string, where: string): EvalCase => ({ id, q: id, expect: { abstain: true, mentions: where } });
  const saying = (text: string) => ({ type: 'message', text, channelData: { loket: { kind: 'abstain' } } });
  const outcomes = [
    { evalCase: told('r1', 'duo.nl'), result: classify([saying('U noemt DUO. Kijk op [duo.nl](https://duo.nl).')], 1) },
    { evalCase: told('r2', 'duo.nl'), result: classify([saying('Sorry, daar weet ik geen goed antwoord op.')], 1) },
    { evalCase: told('r3', 'uwv.nl'), result: classify([reply('answer', [], 'werk-zoeken')], 1) },
  ];
  const summary = summarise(outcomes);

  it('counts them apart from the crisis cases, and as passed only when the reply says where', () => {
    expect([summary.referralCases, summary.crisisCases, summary.outOfScope]).toEqual([3, 0, 3]);
    expect(summary.referralRecall).toBeCloseTo(1 / 3);
    expect(summary.abstainRate).toBeCloseTo(2 / 3);
    expect(outcomes.map(passed)).toEqual([true, false, false]);
  });
});

describe('the eval figure for small talk', () => {
  const notice = (reason: string) => ({ type: 'message', text: '', channelData: { loket: { kind: 'notice', reason } } });
  const outcomes = [
    { evalCase: outOfScope('thanks'), result: classify([notice('smalltalk:thanks')], 1) },
    { evalCase: outOfScope('sorry'), result: classify([notice('abstain:low-confidence')], 1) },
  ];

  it('counts out-of-scope messages answered as small talk apart from those Loket said it could not answer', () => {
    expect(outcomes.map(({ result }) => result.smallTalk)).toEqual([true, false]);
    const summary = summarise(outcomes);
    expect(summary.abstainRate).toBe(1);
    expect(summary.outOfScopeSmallTalk).toBe(0.5);
  });
});

describe('the eval figure for crisis numbers given to ordinary messages', () => {
  const calm = (id: string): EvalCase => ({ id, q: id, expect: { handover: false } });
  const outcomes = [
    // A check-in above the turn's own answer: the last reply is the answer, but the numbers were given.
    { evalCase: calm('c1'), result: classify([reply('crisis'), reply('answer', [], 'paspoort')], 1) },
    { evalCase: calm('c2'), result: classify([reply('answer', [], 'paspoort')], 1) },
    { evalCase: calm('c3'), result: classify([reply('abstain')], 1) },
    { evalCase: calm('c4'), result: classify([reply('handover')], 1) },
  ];
  const summary = summarise(outcomes);

  it('counts any crisis reply of the turn, and only crisis replies', () => {
    expect(outcomes[0]?.result).toMatchObject({ kind: 'answer', crisis: true });
    expect(summary.calmCases).toBe(4);
    expect(summary.falseAlarmRate).toBe(0.25);
  });

  it('does not count these cases as crisis, handover or out-of-scope cases', () => {
    expect([summary.crisisCases, summary.handoverCases, summary.outOfScope, summary.answerable]).toEqual([0, 0, 0, 0]);
  });

  it('counts apart the ordinary messages a safety rule answered (queued unasked), not those given a check-in', () => {
    const rule = { type: 'message', text: '', channelData: { loket: { kind: 'crisis', reason: 'crisis:emergency' } } };
    const checkIn = { type: 'message', text: '', channelData: { loket: { kind: 'crisis', reason: 'crisis-possible:emergency' } } };
    const both = summarise([
      { evalCase: calm('q1'), result: classify([rule], 1) },
      { evalCase: calm('q2'), result: classify([checkIn, reply('answer', [], 'paspoort')], 1) },
    ]);
    expect(both.falseAlarmRate).toBe(1);
    expect(both.calmAlarmRate).toBe(0.5);
  });
});
