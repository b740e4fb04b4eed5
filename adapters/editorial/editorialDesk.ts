import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { composeAnswer } from '../../dialogs/answerComposer';
import { ConversationEvent, ConversationLog, newEventId, ReviewDecision } from '../../dialogs/conversationLog';
import { ContactDetails } from '../../dialogs/messages';
import { redactPersonalData } from '../../dialogs/privacy/redactPersonalData';
import { Handover, HandoverMessage } from '../../dialogs/handover/handover';
import { checkPlainLanguage, PlainLanguageReport } from '../../knowledge/authoring/plainLanguage';
import { ArticleFormatError, parseArticle } from '../../knowledge/articles/parseArticle';
import { NewArticleInput, newArticleMarkdown, slugOf, withPhrasings } from '../../knowledge/editorial/articleEdits';
import { TermVector } from '../../knowledge/editorial/questionClusters';
import { KnowledgeIndex } from '../../knowledge/index/knowledgeIndex';
import { certainCandidate, HybridRetriever } from '../../knowledge/retrieval/hybridRetriever';
import { Analytics, analyticsOf, Period } from './analytics';
import { ArticleRepository } from './articleRepository';
import { ReviewCluster, reviewClusters, reviewItems } from './reviewInbox';

/** A request an editor must fix (shown as is): 400. */
export class EditorialInvalid extends Error {}
/** A request that clashes with what exists (an id taken, a read-only source): 409. */
export class EditorialConflict extends Error {}

export interface Editor {
  name: string;
  displayName: string;
}

/** What the desk needs of the index: the current one, and a rebuild after publishing. */
export interface KnowledgeAccessForEditors {
  index: KnowledgeIndex | undefined;
  retriever(): HybridRetriever;
}

export interface Republisher {
  reload(change: { by: string; at: number }): Promise<void>;
}

export interface EditorialDeskDeps {
  log: ConversationLog;
  repository: ArticleRepository;
  knowledge: KnowledgeAccessForEditors;
  republisher: Republisher;
  contact: ContactDetails;
  /** Where dismissed questions go, as evaluation cases expecting an abstain. */
  outOfScopeFile: string;
  /** Source link and owning team for articles written in the console. */
  defaults: { url: string; owner: string };
  timeZone: string;
  now?: () => number;
}

const SUGGESTIONS = 3;
/** Texts whose terms are kept between inbox loads (a busy month's distinct questions). */
const ANALYSED_TEXTS = 100_000;
/** Clusters per inbox page. */
export const INBOX_PAGE = 50;

/**
 * The editors' side of the improvement loop: what to review (clustered),
 * the actions on it (link, write, dismiss), publishing with who and when, and
 * the figures. Every action is recorded in the conversation log as a review
 * event, so handled questions leave the inbox on every process.
 */
export class EditorialDesk {
  private readonly now: () => number;
  private analysed: { index: KnowledgeIndex; terms: Map<string, TermVector> } | undefined;

  constructor(private readonly deps: EditorialDeskDeps) {
    this.now = deps.now ?? Date.now;
  }

  /**
   * The biggest clusters first, with suggested articles; `total` says how many
   * there are in all. A month of a city's log can hold hundreds of clusters:
   * the console loads them a page at a time.
   */
  async inbox(days: number, limit = INBOX_PAGE): Promise<Inbox> {
    const index = this.index();
    const clusters = this.clustersOf((await this.window(days)).events, index);
    const page = await Promise.all(clusters.slice(0, limit).map(async (cluster) => ({ ...cluster, suggestions: await this.suggest(cluster) })));
    const articles = [...index.articles.values()]
      .map((article) => ({ id: article.id, title: article.title }))
      .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
    return { clusters: page, total: clusters.length, articles };
  }

  private clustersOf(events: ConversationEvent[], index: KnowledgeIndex): ReviewCluster[] {
    const answers = events.filter((event) => event.kind === 'agent-answer');
    return reviewClusters(reviewItems(events), answers, this.termsOf(index));
  }

  /** The log of the last `days` days. */
  private async window(days: number): Promise<{ from: number; to: number; events: ConversationEvent[] }> {
    const to = this.now();
    const from = to - days * 86_400_000;
    return { from, to, events: await this.deps.log.read(from) };
  }

  /** Citizens ask the same things in the same words, and the inbox is read again and again: each text is analysed once per index. */
  private termsOf(index: KnowledgeIndex): (text: string) => TermVector {
    if (this.analysed?.index !== index) this.analysed = { index, terms: new Map() };
    const { terms } = this.analysed;
    return (text) => {
      const known = terms.get(text);
      if (known) return known;
      if (terms.size >= ANALYSED_TEXTS) terms.clear();
      const vector = index.lexical.weightedTerms(text);
      terms.set(text, vector);
      return vector;
    };
  }

  /** The questions become the article's alternative phrasings, so the same question is answered next time. */
  async link(eventIds: string[], articleId: string, phrasings: string[], editor: Editor): Promise<{ id: string; title: string }> {
    const stored = await this.deps.repository.get(articleId);
    if (!stored) throw new EditorialInvalid('Dit artikel bestaat niet (meer). Kies een ander artikel.');
    const safe = phrasings.map((text) => redactPersonalData(text).text);
    const at = this.now();
    const markdown = this.valid(() => withPhrasings(stored.markdown, safe, { by: editor.name, at: new Date(at) }, stored.collection, `${articleId}.md`));
    await this.publish({ ...stored, markdown }, editor, at, { action: 'linked', eventIds, articleId, by: editor.name });
    return { id: articleId, title: parseArticle(markdown, stored.collection, articleId).title };
  }

  async write(input: NewArticleInput, eventIds: string[], editor: Editor): Promise<{ id: string; title: string }> {
    if (!this.deps.repository.writable) throw new EditorialConflict('Deze kennisbank kan niet vanuit de console worden aangepast.');
    const id = slugOf(input.title);
    if (this.index().article(id) || (await this.deps.repository.get(id)))
      throw new EditorialConflict(`Er bestaat al een artikel met de naam "${id}". Kies een andere titel.`);
    const collection = this.defaultCollection();
    const at = this.now();
    const { markdown, article } = this.valid(() =>
      newArticleMarkdown(input, { by: editor.name, at: new Date(at) }, { id, url: this.deps.defaults.url, owner: this.deps.defaults.owner, collection }),
    );
    await this.publish({ id, collection, markdown }, editor, at, { action: 'written', eventIds, articleId: id, by: editor.name });
    return { id, title: article.title };
  }

  /** Out of scope: off the inbox, and kept as a question the bot should not answer. */
  async dismiss(eventIds: string[], editor: Editor): Promise<number> {
    const wanted = new Set(eventIds);
    const questions = (await this.deps.log.read(0)).filter((event) => wanted.has(event.id) && event.text);
    await this.review({ action: 'dismissed', eventIds, by: editor.name });
    const cases = questions.map((event) => JSON.stringify({ id: `out-of-scope-${event.id}`, q: event.text, expect: { abstain: true } }));
    if (cases.length > 0) {
      await mkdir(dirname(this.deps.outOfScopeFile), { recursive: true });
      await appendFile(this.deps.outOfScopeFile, `${cases.join('\n')}\n`);
    }
    return questions.length;
  }

  /** The answer as the bot would give it, and the plain-language check of the text. */
  preview(input: { title: string; lead: string; body: string }): { answer: string; check: PlainLanguageReport } {
    const text = `${input.lead}\n\n${input.body}`.trim();
    const check = checkPlainLanguage(text);
    try {
      const draft = newArticleMarkdown(
        { title: input.title || 'Voorbeeld', questions: [input.title || 'voorbeeld'], lead: input.lead, body: input.body, tags: [] },
        { by: 'preview', at: new Date(this.now()) },
        { id: 'voorbeeld', url: this.deps.defaults.url, owner: this.deps.defaults.owner, collection: 'preview' },
      ).article;
      const candidate = certainCandidate(draft);
      const reply = composeAnswer({
        candidate,
        tokens: [],
        carried: [],
        headingTerms: () => [],
        textStems: () => new Set(),
        spread: () => 1,
        lang: 'nl',
        contact: this.deps.contact,
        confidence: 1,
      });
      return { answer: reply.text, check };
    } catch {
      return { answer: input.lead, check };
    }
  }

  /** The figures per period, as the console shows them and the open-data export gives them. */
  async analytics(period: Period, days: number): Promise<Analytics> {
    return this.figuresOf(period, await this.window(days));
  }

  /** The figures with the topics most asked and least answered (most citizens first), from one read of the log. */
  async analyticsWithUnanswered(period: Period, days: number, limit: number): Promise<Analytics & { topUnanswered: { label: string; count: number }[] }> {
    const window = await this.window(days);
    const topUnanswered = this.clustersOf(window.events, this.index())
      .filter((cluster) => (cluster.statuses.abstained ?? 0) > 0)
      .slice(0, limit)
      .map((cluster) => ({ label: cluster.label, count: cluster.questions }));
    return { ...this.figuresOf(period, window), topUnanswered };
  }

  private figuresOf(period: Period, { from, to, events }: { from: number; to: number; events: ConversationEvent[] }): Analytics {
    const index = this.deps.knowledge.index;
    return analyticsOf(events, { period, from, to, timeZone: this.deps.timeZone, titleOf: (id) => index?.article(id)?.title });
  }

  /** Keeps what an agent answered in a resolved handover (redacted), as a draft for the editors. */
  async recordAgentAnswer(handover: Handover, messages: HandoverMessage[]): Promise<void> {
    const said = messages.filter((message) => message.from === 'agent').map((message) => message.text);
    if (said.length === 0) return;
    const at = this.now();
    await this.deps.log.append({
      id: newEventId(at),
      at,
      kind: 'agent-answer',
      conversationId: handover.conversationId,
      channel: handover.channelId,
      lang: handover.lang,
      text: redactPersonalData(said.join('\n\n')).text.slice(0, 4000),
      agent: handover.agentName ?? '',
      question: handover.firstQuestion,
    });
  }

  private async publish(article: { id: string; collection: string; markdown: string }, editor: Editor, at: number, decision: ReviewDecision) {
    if (!this.deps.repository.writable) throw new EditorialConflict('Deze kennisbank kan niet vanuit de console worden aangepast.');
    await this.deps.repository.save(article);
    await this.review(decision);
    // In the background: the editor sees the index status; the bot answers from the old index meanwhile.
    void this.deps.republisher.reload({ by: editor.displayName, at }).catch(() => undefined);
  }

  private async review(decision: ReviewDecision): Promise<void> {
    const at = this.now();
    const event: ConversationEvent = {
      id: newEventId(at),
      at,
      kind: 'review',
      conversationId: `editor:${decision.by}`,
      channel: 'editor',
      lang: 'nl',
      review: decision,
    };
    await this.deps.log.append(event);
  }

  /**
   * The articles citizens chose after these questions first, then the
   * closest articles that share a word with the question. The vector search
   * always returns neighbours; one with nothing in common would be
   * preselected for linking, a click away from a wrong link.
   */
  private async suggest(cluster: ReviewCluster): Promise<Suggestion[]> {
    const { candidates } = await this.deps.knowledge.retriever().retrieve(cluster.label);
    const scores = new Map(candidates.map((candidate) => [candidate.article.id, Math.round(candidate.coverage * 100) / 100]));
    const chosen = cluster.chosen.flatMap(({ articleId, citizens }) => {
      const article = this.index().article(articleId);
      return article ? [{ articleId, title: article.title, score: scores.get(articleId) ?? 0, chosenBy: citizens }] : [];
    });
    const taken = new Set(chosen.map((suggestion) => suggestion.articleId));
    const closest = candidates
      .map((candidate) => ({ articleId: candidate.article.id, title: candidate.article.title, score: scores.get(candidate.article.id) ?? 0 }))
      .filter((suggestion) => suggestion.score > 0 && !taken.has(suggestion.articleId));
    return [...chosen, ...closest].slice(0, Math.max(SUGGESTIONS, chosen.length));
  }

  private defaultCollection(): string {
    const counts = new Map<string, number>();
    for (const article of this.index().articles.values()) counts.set(article.collection, (counts.get(article.collection) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'artikelen';
  }

  private index(): KnowledgeIndex {
    const index = this.deps.knowledge.index;
    if (!index) throw new EditorialConflict('De kennisbank wordt nog geladen. Probeer het zo opnieuw.');
    return index;
  }

  private valid<T>(make: () => T): T {
    try {
      return make();
    } catch (error) {
      if (error instanceof ArticleFormatError) throw new EditorialInvalid(`Het artikel klopt nog niet: ${error.problems.join('; ')}`);
      throw error;
    }
  }
}

export interface Inbox {
  clusters: (ReviewCluster & { suggestions: Suggestion[] })[];
  /** All clusters in the window, of which `clusters` are the biggest. */
  total: number;
  articles: { id: string; title: string }[];
}

export interface Suggestion {
  articleId: string;
  title: string;
  score: number;
  /** How many citizens chose this article after the cluster's questions. */
  chosenBy?: number;
}
