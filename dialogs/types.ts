import { Language } from '../knowledge/text/detectLanguage';
import { HandoverReason, TurnRecord } from './handover/handover';

export type Lang = Language;

/** Why an answer did not help: one tap after "not helpful". */
export const FEEDBACK_WHY = ['wrong', 'unclear', 'incomplete', 'other'] as const;
export type FeedbackWhy = (typeof FEEDBACK_WHY)[number];

/** A button press, parsed from the channel's postback value. */
export type CitizenAction =
  | { type: 'choose'; articleId: string }
  | { type: 'feedback'; helpful: boolean; articleId: string; why?: FeedbackWhy }
  /** "Delete my data": the first press asks, `confirm` erases. */
  | { type: 'erase'; confirm: boolean }
  /** Connect me with a person (the citizen's confirmation); the reason is the trigger that offered it. */
  | { type: 'handover'; reason?: HandoverReason }
  | { type: 'decline' }
  | { type: 'cancel-handover' }
  | { type: 'callback'; method?: 'phone' | 'email' }
  | { type: 'language'; lang: Lang }
  /** Ask the question declined as set in another municipality again, as one about this organisation. */
  | { type: 'ask-here' };

/** What the citizen sent in one turn, in Loket's own terms (no channel types). */
export interface CitizenMessage {
  text: string;
  action?: CitizenAction;
  attachmentCount: number;
  /** Channel locale such as "nl-NL" or "en-US", when the channel sends one. */
  locale?: string;
}

/** What Loket remembers of one conversation between turns. Holds no personal data. */
export interface ConversationMemory {
  lang?: Lang;
  /** The article of the last answer: context for follow-up questions. */
  lastArticleId?: string;
  /**
   * Open "Bedoelt u …?" (or topics offered instead of an answer): the articles
   * offered and the (redacted) question to answer about the one chosen. With
   * `onItsOwn`, a next message that names no topic is read on its own, not
   * asked "Over welk van deze onderwerpen …?": that was asked once already,
   * or the topics came with "stel uw vraag in andere woorden".
   */
  clarification?: { options: string[]; question?: string; onItsOwn?: true };
  /** Turns in a row that ended without an answer (abstain). */
  misses: number;
  /** "Not helpful" ratings in a row. */
  notHelpful?: number;
  /** A handover the bot offered and the citizen has not yet accepted or declined. */
  offer?: { reason: HandoverReason; detail?: string };
  /** The handover this conversation is in; while it lasts, messages go to the agent. */
  handoverId?: string;
  /** Whether the citizen has been told their messages reach the agent once it is their turn. */
  relayNoticeGiven?: boolean;
  /**
   * Leaving a question for a callback, one step at a time. The contact
   * address is asked last and goes straight into the callback task, so it is
   * never kept here.
   */
  callback?: { step: 'method' | 'question' | 'contact'; method?: 'phone' | 'email'; question?: string; tries?: number };
  /** The last turns, redacted, so an agent sees what happened before a handover. */
  history?: TurnRecord[];
  /** The citizen asked to delete their data and has not confirmed yet. */
  eraseAsked?: boolean;
  /** The (redacted) question declined as set in another municipality, for the button that asks it here after all. */
  placeDeclined?: string;
}

export const EMPTY_MEMORY: ConversationMemory = { misses: 0 };

export type ReplyKind = 'answer' | 'clarify' | 'abstain' | 'handover' | 'crisis' | 'notice';

/** A button: its label, the action it carries, and the text sent on channels without postbacks. */
export interface ReplyButton {
  label: string;
  action: CitizenAction;
  text: string;
}

/** What Loket says in one turn, independent of the channel that renders it. */
export interface Reply {
  kind: ReplyKind;
  lang: Lang;
  /** Markdown. */
  text: string;
  source?: { articleId: string; title: string; url: string };
  /** Options of a clarification question. */
  choices?: ReplyButton[];
  /** Quick replies offered after the text. */
  suggestions?: ReplyButton[];
  /** Whether this reply starts a handover to a human or offers one. */
  handover?: 'offered' | 'started';
  /** Why the turn ended this way, for logs and evaluation ("crisis:suicide", "input:too-long"). */
  reason: string;
  confidence?: number;
}

export interface TurnOutcome {
  replies: Reply[];
  memory: ConversationMemory;
  /** Set when this turn put the conversation in the contact-centre queue (for the Bot Framework handoff event). */
  handoverStarted?: { reason: HandoverReason; history: TurnRecord[] };
  /** What the citizen said this turn, with personal data redacted: the only form in which it is logged. */
  heard?: string;
  /** A rating the citizen typed instead of pressing the button: logged like the button's. */
  feedback?: { helpful: boolean; articleId: string; why?: FeedbackWhy };
  /** Set when the citizen confirmed "delete my data": the edge erases the conversation log and state. */
  erase?: boolean;
}
