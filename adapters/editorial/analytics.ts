import { ConversationEvent } from '../../dialogs/conversationLog';
import { CHOSEN_ANSWER } from '../../dialogs/clarification';
import { TURN_STATUSES, TurnStatus } from '../../dialogs/turnStatus';
import { askedTheKnowledgeBase } from './questionTurns';

export type Period = 'day' | 'week';

export interface Figures {
  questions: number;
  answered: number;
  clarified: number;
  abstained: number;
  handedOver: number;
  guardrail: number;
  errors: number;
  helpful: number;
  notHelpful: number;
  answerRate: number | null;
  abstainRate: number | null;
  handoverRate: number | null;
  helpfulness: number | null;
}

export interface Analytics {
  period: Period;
  from: string;
  to: string;
  series: (Figures & { period: string })[];
  totals: Figures & { conversations: number };
  topQuestions: { articleId: string; title: string; count: number }[];
}

/** Turns that were a question to the bot; button presses, feedback and chat with an agent are not. */
const NOT_QUESTIONS: readonly TurnStatus[] = ['with-agent', 'feedback'];
const QUESTION_STATUSES = new Set<TurnStatus>(TURN_STATUSES.filter((status) => !NOT_QUESTIONS.includes(status)));

/**
 * A choice from "Bedoelt u …?" or the offered topics finishes a question
 * already counted as clarified or abstained; counting it again would make
 * one question two, one of them answered.
 */
function isQuestionTurn(event: ConversationEvent): boolean {
  return event.kind === 'turn' && !!event.status && QUESTION_STATUSES.has(event.status) && askedTheKnowledgeBase(event) && event.reason !== CHOSEN_ANSWER;
}

const TOP = 10;

/**
 * The editors' figures, per day or ISO week in the municipality's time zone:
 * counts and rates only, no text, so the same numbers can be published as
 * open data. Periods without traffic are included as zeros so charts are honest.
 */
export function analyticsOf(
  events: ConversationEvent[],
  options: { period: Period; from: number; to: number; timeZone: string; titleOf: (articleId: string) => string | undefined },
): Analytics {
  const keyOf = periodKey(options.period, options.timeZone);
  const buckets = new Map<string, Counts>();
  for (let at = options.from; at <= options.to; at += 86_400_000) buckets.set(keyOf(at), emptyCounts());
  buckets.set(keyOf(options.to), buckets.get(keyOf(options.to)) ?? emptyCounts());
  const total = emptyCounts();
  const conversations = new Set<string>();
  const answeredArticles = new Map<string, number>();
  for (const event of events) {
    if (event.at < options.from || event.at > options.to) continue;
    const bucket = buckets.get(keyOf(event.at)) ?? emptyCounts();
    buckets.set(keyOf(event.at), bucket);
    count(event, bucket);
    count(event, total);
    if (isQuestionTurn(event)) conversations.add(event.conversationId);
    if (event.kind === 'turn' && event.status === 'answered' && event.articleId && askedTheKnowledgeBase(event))
      answeredArticles.set(event.articleId, (answeredArticles.get(event.articleId) ?? 0) + 1);
  }
  const series = [...buckets.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, counts]) => ({ period, ...figuresOf(counts) }));
  return {
    period: options.period,
    from: keyOf(options.from),
    to: keyOf(options.to),
    series,
    totals: { ...figuresOf(total), conversations: conversations.size },
    topQuestions: [...answeredArticles.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP)
      .map(([articleId, n]) => ({ articleId, title: options.titleOf(articleId) ?? articleId, count: n })),
  };
}

/** The series as CSV for open data: one row per period, numbers only. */
export function analyticsCsv(analytics: Analytics): string {
  const columns = [
    'questions',
    'answered',
    'clarified',
    'abstained',
    'handedOver',
    'guardrail',
    'errors',
    'helpful',
    'notHelpful',
    'answerRate',
    'abstainRate',
    'handoverRate',
    'helpfulness',
  ] as const;
  const rows = analytics.series.map((row) => [row.period, ...columns.map((column) => (row[column] === null ? '' : String(row[column])))].join(','));
  return `${[analytics.period, ...columns].join(',')}\n${rows.join('\n')}\n`;
}

type Counts = Omit<Figures, 'answerRate' | 'abstainRate' | 'handoverRate' | 'helpfulness'>;

function emptyCounts(): Counts {
  return { questions: 0, answered: 0, clarified: 0, abstained: 0, handedOver: 0, guardrail: 0, errors: 0, helpful: 0, notHelpful: 0 };
}

/** Adds one event; the "why" after "not helpful" is the same rating, so it is not counted twice. */
function count(event: ConversationEvent, counts: Counts): void {
  if (event.kind === 'feedback' && event.feedback && !event.feedback.why) {
    if (event.feedback.helpful) counts.helpful++;
    else counts.notHelpful++;
  }
  if (!isQuestionTurn(event)) return;
  counts.questions++;
  if (event.status === 'answered') counts.answered++;
  if (event.status === 'clarified') counts.clarified++;
  if (event.status === 'abstained') counts.abstained++;
  if (event.status === 'handed-over') counts.handedOver++;
  if (event.status === 'guardrail') counts.guardrail++;
  if (event.status === 'error') counts.errors++;
}

function figuresOf(counts: Counts): Figures {
  return {
    ...counts,
    answerRate: rate(counts.answered, counts.questions),
    abstainRate: rate(counts.abstained, counts.questions),
    handoverRate: rate(counts.handedOver, counts.questions),
    helpfulness: rate(counts.helpful, counts.helpful + counts.notHelpful),
  };
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

/** "2026-11-23" or ISO week "2026-W48", in the given time zone. */
function periodKey(period: Period, timeZone: string): (at: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (at) => {
    const day = format.format(new Date(at));
    return period === 'day' ? day : isoWeek(day);
  };
}

function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  // The week belongs to the year of its Thursday; its number is that Thursday's day of the year, in weeks.
  const week = 1 + Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 604_800_000);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
