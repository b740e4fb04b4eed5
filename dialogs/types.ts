import { Language } from '../knowledge/text/detectLanguage';

export type Lang = Language;

/** A button press, parsed from the channel's postback value. */
export type CitizenAction =
  { type: 'choose'; articleId: string } | { type: 'feedback'; helpful: boolean; articleId: string } | { type: 'handover' } | { type: 'language'; lang: Lang };

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
  /** Open "Bedoelt u …?" question: the articles offered. */
  clarification?: { options: string[] };
  /** Turns in a row that ended without an answer (abstain). */
  misses: number;
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
}
