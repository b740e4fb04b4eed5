import { setImmediate as nextTurn } from 'node:timers/promises';
import { AnswerPolicySettings, decide } from '../../dialogs/answerPolicy';
import { ConversationLog } from '../../dialogs/conversationLog';
import { HybridRetriever } from '../../knowledge/retrieval/hybridRetriever';
import { answeredQuestions } from './reviewInbox';

/**
 * A question asked of an index to see where it leads: one an article lists
 * (or an editor linked to it), or one citizens asked lately.
 */
export interface Probe {
  question: string;
  /** The article that lists the question; absent for citizens' questions. */
  listedUnder?: string;
}

export interface ProbeOutcome extends Probe {
  /** The article answered, or those offered in "Bedoelt u …?"; empty when the bot would not know. */
  reached: string[];
}

/** A question that leads elsewhere after a publication than before it. */
export interface MovedQuestion {
  question: string;
  /** Where it led: the article that lists it, or the one that answered it. */
  was: string;
  /** Titles of what it leads to now; empty when the bot would say it does not know. */
  now: string[];
  source: 'listed' | 'asked';
}

export interface PublishCheck {
  /** How many questions were asked of both indexes. */
  questions: number;
  /** The first of the questions moved, at most `MOVED_SHOWN`. */
  moved: MovedQuestion[];
  /** All questions moved, of which `moved` lists the first. */
  movedTotal: number;
}

const MOVED_SHOWN = 25;
/** Citizens' questions a publication is checked with: the most asked 1,000 answered ones of the last 30 days (about 0.3 s per index). */
const CHECK_WINDOW_MS = 30 * 86_400_000;
const CHECKED_QUESTIONS = 1_000;
/** The longest the check holds the event loop before a citizen's turn may run (one question more at most). */
const SLICE_MS = 4;

/** Every question the articles list or editors linked, each under its article. */
export function listedProbes(retriever: HybridRetriever): Probe[] {
  return [...retriever.knowledge.articles.values()].flatMap((article) =>
    [...new Set([...article.questions, ...article.phrasings])].map((question) => ({ question, listedUnder: article.id })),
  );
}

/** The questions citizens asked lately that a publication should not move, from the conversation log. */
export async function recentlyAnswered(log: Pick<ConversationLog, 'read'>, now = Date.now()): Promise<string[]> {
  return answeredQuestions(await log.read(now - CHECK_WINDOW_MS), CHECKED_QUESTIONS);
}

/** What a publication is checked with: every listed question, and the questions citizens asked lately. */
export function probesOf(retriever: HybridRetriever, asked: readonly string[]): Probe[] {
  return [...listedProbes(retriever), ...asked.map((question) => ({ question }))];
}

/** The index in use before and the new one asked the same questions: the check after a publication (console) or a build (`npm run index`). */
export async function compareIndexes(
  before: HybridRetriever,
  after: HybridRetriever,
  policy: AnswerPolicySettings,
  asked: readonly string[],
): Promise<PublishCheck> {
  const outcomes = await probeOutcomes(before, policy, probesOf(before, asked));
  const titleOf = (id: string) => (after.knowledge.article(id) ?? before.knowledge.article(id))?.title ?? id;
  return publishCheckOf(outcomes, await probeOutcomes(after, policy, probesOf(after, asked)), titleOf);
}

/** Asks each probe as a new conversation's first question, as the answer policy decides it. */
export async function probeOutcomes(retriever: HybridRetriever, policy: AnswerPolicySettings, probes: Probe[]): Promise<ProbeOutcome[]> {
  const outcomes: ProbeOutcome[] = [];
  let since = performance.now();
  for (const probe of probes) {
    if (performance.now() - since > SLICE_MS) {
      await nextTurn();
      since = performance.now();
    }
    const decision = decide(await retriever.retrieve(probe.question), policy);
    const reached =
      decision.kind === 'answer'
        ? [decision.best.candidate.article.id]
        : decision.kind === 'clarify'
          ? decision.options.map((o) => o.candidate.article.id)
          : [];
    outcomes.push({ ...probe, reached });
  }
  return outcomes;
}

/**
 * What a publication moved: listed questions that reached their article and
 * no longer do, and citizens' questions that were answered with an article
 * that they now no longer reach. Retrieval fuses two rankings and its vector
 * search is approximate, so an edit can move questions about other topics.
 * A question new in this publication (just linked) counts against its article.
 */
export function publishCheckOf(before: ProbeOutcome[], after: ProbeOutcome[], titleOf: (id: string) => string): PublishCheck {
  const earlier = new Map(before.map((outcome) => [keyOf(outcome), outcome]));
  const moved: MovedQuestion[] = [];
  for (const outcome of after) {
    const was = expected(outcome, earlier.get(keyOf(outcome)));
    if (was === undefined || outcome.reached.includes(was)) continue;
    moved.push({ question: outcome.question, was: titleOf(was), now: outcome.reached.map(titleOf), source: outcome.listedUnder ? 'listed' : 'asked' });
  }
  return { questions: after.length, moved: moved.slice(0, MOVED_SHOWN), movedTotal: moved.length };
}

/** The article a question should still reach: its own when listed (unless it missed it before too), or the one that answered it before. */
function expected(outcome: ProbeOutcome, before: ProbeOutcome | undefined): string | undefined {
  if (outcome.listedUnder) return before && !before.reached.includes(outcome.listedUnder) ? undefined : outcome.listedUnder;
  return before?.reached.length === 1 ? before.reached[0] : undefined;
}

function keyOf(probe: Probe): string {
  return `${probe.listedUnder ?? ''}\u0000${probe.question}`;
}
