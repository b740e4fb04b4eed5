import { Article } from '../knowledge/articles/article';
import { handoverButton } from './answerComposer';
import { topicButtons } from './clarification';
import { InputProblem } from './inputGuard';
import type { OrganisationMention } from './places/otherOrganisations';
import { ContactDetails, messages } from './messages';
import { notice, single } from './replies';
import { ConversationMemory, Lang, Reply, ReplyButton, TurnOutcome } from './types';

/** Why Loket does not answer, and what it offers instead. */
export interface NotAnsweringReason {
  /** Logged, and read by the eval and the editors' inbox ("abstain:low-confidence"). */
  reason: string;
  confidence?: number;
  /** One of the standard texts, or a text of its own. */
  say?: 'notUnderstood' | 'askTopic' | 'ownCase' | { text: string };
  /** Topics to choose from ("Gaat uw vraag misschien over …?"). */
  choices?: ReplyButton[];
  /** Quick replies before the way to a person ("Ik bedoel in Lindewijk"). */
  before?: ReplyButton[];
}

/**
 * The replies of a turn Loket does not answer from an article: it says so
 * honestly, why when it knows, and always offers the way to a person. An
 * abstain counts as a miss (two in a row offer a person outright); still
 * starting and refused input do not.
 */
export class NotAnswering {
  constructor(
    private readonly contact: ContactDetails,
    private readonly maxMessageLength: number,
  ) {}

  abstain(memory: ConversationMemory, lang: Lang, why: NotAnsweringReason): TurnOutcome {
    const { reason, confidence, say = 'notUnderstood', choices, before = [] } = why;
    const reply: Reply = {
      kind: 'abstain',
      lang,
      text: typeof say === 'string' ? messages(lang, this.contact)[say] : say.text,
      handover: 'offered',
      ...(choices ? { choices } : {}),
      suggestions: [...before, handoverButton(lang, this.contact)],
      reason,
      ...(confidence === undefined ? {} : { confidence }),
    };
    return single({ ...memory, misses: memory.misses + 1 }, reply);
  }

  /**
   * Not sure enough to answer, but some articles are likely: Loket still says
   * it does not know, and offers them as topics to choose. Kept open like
   * "Bedoelt u …?", so a typed choice ("de eerste") works too.
   */
  withTopics(memory: ConversationMemory, question: string, lang: Lang, articles: Article[], confidence?: number): TurnOutcome {
    return this.abstain(this.opened(memory, question, articles), lang, {
      reason: 'abstain:suggested',
      confidence,
      say: { text: messages(lang, this.contact).suggest },
      choices: topicButtons(articles),
    });
  }

  /** Topics offered are kept open like "Bedoelt u …?", so a typed choice ("de eerste") works too. */
  private opened(memory: ConversationMemory, question: string, articles: Article[]): ConversationMemory {
    return { ...memory, clarification: { options: articles.map((article) => article.id), question, onItsOwn: true } };
  }

  /** A question about the last answer that its article says nothing about: say so, with the page and the way to a person. */
  notInArticle(memory: ConversationMemory, lang: Lang, article: Article | undefined): TurnOutcome {
    if (!article) return this.abstain(memory, lang, { reason: 'abstain:no-topic', say: 'askTopic' });
    return this.abstain(memory, lang, {
      reason: 'abstain:not-in-article',
      say: { text: messages(lang, this.contact).notInArticle(article.title, article.url) },
    });
  }

  /** Set in another municipality: say so, with a button for a citizen who meant here after all ("school in Ede", "bij mijn dochter in Maastricht"). */
  otherPlace(memory: ConversationMemory, lang: Lang, question: string, place: string): TurnOutcome {
    const words = messages(lang, this.contact);
    const askHere = { label: words.askHereButton, action: { type: 'ask-here' as const }, text: words.askHereButton };
    return this.abstain({ ...memory, clarification: undefined, placeDeclined: question }, lang, {
      reason: 'abstain:other-place',
      say: { text: words.otherPlace(place) },
      before: [askHere],
    });
  }

  /** A question about another organisation's work that Loket does not answer: where to go instead, with any topics it would offer. */
  otherOrganisation(memory: ConversationMemory, question: string, lang: Lang, mention: OrganisationMention, topics: Article[]): TurnOutcome {
    const text = messages(lang, this.contact).otherOrganisation(mention, topics.length > 0);
    if (topics.length === 0) return this.abstain(memory, lang, { reason: 'abstain:other-organisation', say: { text } });
    return this.abstain(this.opened(memory, question, topics), lang, { reason: 'abstain:other-organisation', say: { text }, choices: topicButtons(topics) });
  }

  /** Still building the index: say so, with the way to a person, instead of "something went wrong". */
  starting(memory: ConversationMemory, lang: Lang): TurnOutcome {
    return single(memory, {
      ...notice(lang, messages(lang, this.contact).starting, 'starting', [handoverButton(lang, this.contact)]),
      handover: 'offered',
    });
  }

  /** An empty, emoji-only or too long message, or a file: a specific, polite reply. */
  inputProblem(problem: InputProblem, lang: Lang): Reply {
    const words = messages(lang, this.contact);
    const text = { attachment: words.attachment, empty: words.empty, 'only-emoji': words.onlyEmoji, 'too-long': words.tooLong(this.maxMessageLength) }[problem];
    return notice(lang, text, `input:${problem}`);
  }
}
