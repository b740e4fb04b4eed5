import { analyticsCsv, analyticsOf } from '../../adapters/editorial/analytics';
import { ConversationEvent } from '../../dialogs/conversationLog';
import { TurnStatus } from '../../dialogs/turnStatus';

const DAY = 86_400_000;
const MONDAY = Date.parse('2026-11-16T10:00:00Z');
let n = 0;

function turn(at: number, status: TurnStatus, conversationId = 'c1', articleId?: string): ConversationEvent {
  return { id: `e${n++}`, at, kind: 'turn', conversationId, channel: 'test', lang: 'nl', text: 'vraag', status, ...(articleId ? { articleId } : {}) };
}
function rating(at: number, helpful: boolean, why?: 'wrong'): ConversationEvent {
  return {
    id: `e${n++}`,
    at,
    kind: 'feedback',
    conversationId: 'c1',
    channel: 'test',
    lang: 'nl',
    status: 'feedback',
    feedback: { helpful, ...(why ? { why } : {}) },
  };
}

const EVENTS: ConversationEvent[] = [
  turn(MONDAY, 'answered', 'c1', 'paspoort'),
  turn(MONDAY + 1000, 'answered', 'c1', 'paspoort'),
  turn(MONDAY + 2000, 'abstained', 'c2'),
  turn(MONDAY + 3000, 'feedback'),
  rating(MONDAY + 4000, true),
  turn(MONDAY + DAY, 'answered', 'c3', 'afval'),
  turn(MONDAY + DAY + 1, 'clarified', 'c3'),
  turn(MONDAY + DAY + 2, 'handed-over', 'c3'),
  turn(MONDAY + DAY + 3, 'with-agent', 'c3'),
  rating(MONDAY + DAY + 4, false),
  rating(MONDAY + DAY + 5, false, 'wrong'),
  turn(MONDAY + 7 * DAY, 'guardrail', 'c4'),
];

describe('editor figures from the conversation log', () => {
  const titles: Record<string, string> = { paspoort: 'Paspoort aanvragen', afval: 'Afvalkalender' };
  const daily = analyticsOf(EVENTS, { period: 'day', from: MONDAY, to: MONDAY + 7 * DAY, timeZone: 'Europe/Amsterdam', titleOf: (id) => titles[id] });

  it('counts questions, not button presses or chat with an agent, per day with empty days as zeros', () => {
    expect(daily.series.map((row) => row.period)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ]);
    expect(daily.series[0]).toMatchObject({ questions: 3, answered: 2, abstained: 1, answerRate: 0.667, abstainRate: 0.333, helpful: 1, helpfulness: 1 });
    expect(daily.series[1]).toMatchObject({ questions: 3, answered: 1, clarified: 1, handedOver: 1, handoverRate: 0.333, notHelpful: 1, helpfulness: 0 });
    expect(daily.series[2]).toMatchObject({ questions: 0, answerRate: null, helpfulness: null });
  });

  it('totals over the range, with distinct conversations and the most answered articles', () => {
    expect(daily.totals).toMatchObject({ questions: 7, answered: 3, guardrail: 1, helpful: 1, notHelpful: 1, helpfulness: 0.5, conversations: 4 });
    expect(daily.topQuestions).toEqual([
      { articleId: 'paspoort', title: 'Paspoort aanvragen', count: 2 },
      { articleId: 'afval', title: 'Afvalkalender', count: 1 },
    ]);
  });

  it('counts a question once: not small talk, refused input, the answer again in English or the option chosen after "Bedoelt u …?"', () => {
    const at = MONDAY + 2 * DAY;
    const withReason = (event: ConversationEvent, reason: string): ConversationEvent => ({ ...event, reason });
    const conversation = [
      withReason(turn(at, 'other', 'c5'), 'smalltalk:greeting'),
      withReason(turn(at + 1, 'other', 'c5'), 'input:only-emoji'),
      withReason(turn(at + 2, 'clarified', 'c5'), 'clarify'),
      withReason(turn(at + 3, 'answered', 'c5', 'paspoort'), 'answer:chosen'),
      withReason(turn(at + 4, 'answered', 'c5', 'paspoort'), 'answer:other-language'),
      withReason(turn(at + 5, 'other', 'c6'), 'smalltalk:thanks'),
    ];
    const figures = analyticsOf(conversation, { period: 'day', from: at, to: at + DAY - 1, timeZone: 'UTC', titleOf: () => undefined });
    expect(figures.totals).toMatchObject({ questions: 1, clarified: 1, answered: 0, conversations: 1 });
    expect(figures.topQuestions).toEqual([{ articleId: 'paspoort', title: 'paspoort', count: 1 }]);
  });

  it('groups by ISO week', () => {
    const weekly = analyticsOf(EVENTS, { period: 'week', from: MONDAY, to: MONDAY + 7 * DAY, timeZone: 'Europe/Amsterdam', titleOf: () => undefined });
    expect(weekly.series.map((row) => [row.period, row.questions])).toEqual([
      ['2026-W47', 6],
      ['2026-W48', 1],
    ]);
    const newYear = analyticsOf([turn(Date.parse('2027-01-01T12:00:00Z'), 'answered')], {
      period: 'week',
      from: Date.parse('2027-01-01T00:00:00Z'),
      to: Date.parse('2027-01-01T23:00:00Z'),
      timeZone: 'Europe/Amsterdam',
      titleOf: () => undefined,
    });
    expect(newYear.series[0]?.period).toBe('2026-W53');
  });

  it('exports CSV with numbers only', () => {
    const csv = analyticsCsv(daily);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'day,questions,answered,clarified,abstained,handedOver,guardrail,errors,helpful,notHelpful,answerRate,abstainRate,handoverRate,helpfulness',
    );
    expect(lines[1]).toBe('2026-11-16,3,2,0,1,0,0,0,1,0,0.667,0.333,0,1');
    expect(lines[3]).toBe('2026-11-18,0,0,0,0,0,0,0,0,0,,,,');
    expect(csv).not.toMatch(/vraag/);
  });
});
