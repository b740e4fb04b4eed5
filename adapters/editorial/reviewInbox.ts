import { createHash } from 'node:crypto';
import { ConversationEvent } from '../../dialogs/conversationLog';
import { CHOSEN_ANSWER } from '../../dialogs/clarification';
import { clusterQuestions, cosine, DEFAULT_SIMILARITY, TermVector } from '../../knowledge/editorial/questionClusters';
import { askedTheKnowledgeBase } from './questionTurns';

export type ReviewStatus = 'abstained' | 'clarified' | 'not-helpful' | 'handed-over';

/** One logged question an editor should look at. */
export interface ReviewItem {
  eventId: string;
  conversationId: string;
  at: number;
  text: string;
  status: ReviewStatus;
  articleId?: string;
  feedbackReason?: string;
  /** The article the citizen then chose from the topics or "Bedoelt u …?" options offered, and did not rate unhelpful. */
  chosenArticleId?: string;
}

export interface ReviewCluster {
  id: string;
  label: string;
  questions: number;
  citizens: number;
  statuses: Partial<Record<ReviewStatus, number>>;
  lastAt: number;
  eventIds: string[];
  examples: ReviewItem[];
  phrasings: string[];
  terms: string[];
  draft?: { text: string; agent: string; at: number };
  /** Articles citizens chose after these questions, by how many citizens, the most chosen first. */
  chosen: { articleId: string; citizens: number }[];
}

const EXAMPLES = 5;
const PHRASINGS = 10;

/**
 * The questions worth an editor's time, from the conversation log: ones the
 * bot could not answer (abstained), was unsure about (clarified), answered but
 * the citizen rated unhelpful, or answered after which the citizen still went
 * to a person. Questions an editor already handled are left out.
 */
export function reviewItems(events: ConversationEvent[]): ReviewItem[] {
  const handled = new Set(events.flatMap((event) => event.review?.eventIds ?? []));
  const items = new Map<string, ReviewItem>();
  const lastQuestion = new Map<string, ConversationEvent>();
  const choices = new ChoicesAfterOffers(items);
  for (const event of events) {
    choices.read(event);
    if (event.kind === 'turn' && event.text && isQuestion(event)) {
      if (event.status === 'abstained' || event.status === 'clarified') items.set(event.id, itemOf(event, event.status));
      if (event.status === 'answered' || event.status === 'abstained' || event.status === 'clarified') lastQuestion.set(event.conversationId, event);
    }
    const previous = lastQuestion.get(event.conversationId);
    if (event.kind === 'feedback' && event.feedback?.helpful === false && previous?.status === 'answered') {
      const existing = items.get(previous.id);
      const why = event.feedback.why ?? existing?.feedbackReason;
      items.set(previous.id, { ...itemOf(previous, 'not-helpful'), ...(why ? { feedbackReason: why } : {}) });
    }
    if (event.kind === 'turn' && event.status === 'handed-over' && previous?.status === 'answered' && !items.has(previous.id)) {
      items.set(previous.id, itemOf(previous, 'handed-over'));
    }
  }
  return [...items.values()].filter((item) => !handled.has(item.eventId)).sort((a, b) => a.at - b.at);
}

/**
 * Which article a citizen chose right after a question Loket offered topics
 * or options for: the link an editor most likely wants to make. A chosen
 * answer rated unhelpful is no such hint.
 */
class ChoicesAfterOffers {
  /** Per conversation, the question whose offer is open (the turn right before). */
  private readonly offered = new Map<string, string>();
  /** Per conversation, the question a chosen answer was taken for. */
  private readonly chosenFor = new Map<string, string>();

  constructor(private readonly items: Map<string, ReviewItem>) {}

  read(event: ConversationEvent): void {
    if (event.kind === 'feedback' && event.feedback?.helpful === false) this.unhelpful(event);
    if (event.kind !== 'turn') return;
    const open = this.offered.get(event.conversationId);
    this.offered.delete(event.conversationId);
    this.chosenFor.delete(event.conversationId);
    const item = open ? this.items.get(open) : undefined;
    if (item && event.reason === CHOSEN_ANSWER && event.articleId) {
      this.items.set(item.eventId, { ...item, chosenArticleId: event.articleId });
      this.chosenFor.set(event.conversationId, item.eventId);
    }
    if (event.status === 'abstained' || event.status === 'clarified') this.offered.set(event.conversationId, event.id);
  }

  private unhelpful(event: ConversationEvent): void {
    const question = this.chosenFor.get(event.conversationId);
    const item = question ? this.items.get(question) : undefined;
    if (!item || (event.articleId && event.articleId !== item.chosenArticleId)) return;
    const { chosenArticleId: _dropped, ...rest } = item;
    this.items.set(item.eventId, rest);
  }
}

/**
 * Questions citizens asked that the bot answered and no citizen rated
 * unhelpful, each once, the most asked first: what a publication should not
 * move by accident.
 */
export function answeredQuestions(events: ConversationEvent[], limit: number): string[] {
  const flagged = new Set(reviewItems(events).map((item) => item.eventId));
  const counts = new Map<string, { text: string; count: number }>();
  for (const event of events) {
    if (event.kind !== 'turn' || event.status !== 'answered' || !event.text || !isQuestion(event) || flagged.has(event.id)) continue;
    const key = normalised(event.text);
    const entry = counts.get(key) ?? { text: event.text, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((entry) => entry.text);
}

/**
 * Groups review items into clusters of similar questions, biggest first by
 * the number of citizens affected, and attaches an agent's resolved answer
 * (from the same conversation, or to a similar question) as a draft.
 */
export function reviewClusters(items: ReviewItem[], agentAnswers: ConversationEvent[], vectorOf: (text: string) => TermVector): ReviewCluster[] {
  const answers = agentAnswers.map((answer) => ({ answer, vector: answer.question ? vectorOf(answer.question) : undefined }));
  const clusters = clusterQuestions(items, vectorOf).map((cluster) => {
    const members = cluster.members;
    const statuses: Partial<Record<ReviewStatus, number>> = {};
    for (const member of members) statuses[member.status] = (statuses[member.status] ?? 0) + 1;
    const latestFirst = [...members].sort((a, b) => b.at - a.at);
    const draft = draftFor(members, cluster.centroid, answers);
    return {
      id: `c-${createHash('sha256')
        .update(members.map((member) => member.eventId).join(','))
        .digest('hex')
        .slice(0, 10)}`,
      label: cluster.label,
      questions: members.length,
      citizens: new Set(members.map((member) => member.conversationId)).size,
      statuses,
      lastAt: latestFirst[0]?.at ?? 0,
      eventIds: members.map((member) => member.eventId),
      examples: latestFirst.slice(0, EXAMPLES),
      phrasings: distinct(members.map((member) => member.text)).slice(0, PHRASINGS),
      terms: cluster.terms,
      ...(draft ? { draft } : {}),
      chosen: chosenIn(members),
    };
  });
  return clusters.sort((a, b) => b.citizens - a.citizens || b.questions - a.questions || b.lastAt - a.lastAt);
}

function chosenIn(members: ReviewItem[]): { articleId: string; citizens: number }[] {
  const citizens = new Map<string, Set<string>>();
  for (const member of members) {
    if (!member.chosenArticleId) continue;
    const by = citizens.get(member.chosenArticleId) ?? new Set<string>();
    by.add(member.conversationId);
    citizens.set(member.chosenArticleId, by);
  }
  return [...citizens].map(([articleId, by]) => ({ articleId, citizens: by.size })).sort((a, b) => b.citizens - a.citizens);
}

type AgentAnswer = { answer: ConversationEvent; vector: TermVector | undefined };

function draftFor(members: ReviewItem[], centroid: TermVector, answers: AgentAnswer[]) {
  const conversations = new Set(members.map((member) => member.conversationId));
  const similar = ({ vector }: AgentAnswer) => !!vector && cosine(vector, centroid) >= DEFAULT_SIMILARITY;
  const latestFirst = [...answers].reverse();
  const found = (latestFirst.find(({ answer }) => conversations.has(answer.conversationId)) ?? latestFirst.find(similar))?.answer;
  return found?.text ? { text: found.text, agent: found.agent ?? '', at: found.at } : undefined;
}

/**
 * Not a gap an article can fill: "hoe lang duurt dat" names no topic, "hoe ver
 * is mijn aanvraag" asks about a file only a person can see, and "wat kost
 * dat" after "Bedoelt u …?" is answered once the citizen picks an option.
 * "kan dat online" after an answer whose article lacks it may be a gap, but
 * on its own, without the article it followed, an editor cannot act on it.
 * Nor can they write this municipality's article for another's question.
 */
const NO_CONTENT_GAP = new Set(['abstain:no-topic', 'abstain:not-in-article', 'abstain:own-case', 'abstain:other-place', 'clarify:which-topic']);

/** A question for the knowledge base that an article could answer. */
function isQuestion(event: ConversationEvent): boolean {
  return askedTheKnowledgeBase(event) && !NO_CONTENT_GAP.has(event.reason ?? '');
}

function itemOf(event: ConversationEvent, status: ReviewStatus): ReviewItem {
  return {
    eventId: event.id,
    conversationId: event.conversationId,
    at: event.at,
    text: event.text ?? '',
    status,
    ...(event.articleId ? { articleId: event.articleId } : {}),
  };
}

function normalised(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function distinct(texts: string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = normalised(text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
