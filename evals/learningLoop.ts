import { ActivityTypes, MemoryStorage, TestAdapter } from 'botbuilder';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { FileConversationLog } from '../adapters/conversationLog/fileConversationLog';
import { FileArticleRepository } from '../adapters/editorial/articleRepository';
import { EditorialDesk } from '../adapters/editorial/editorialDesk';
import { buildBot } from '../bot/buildBot';
import { LoketConfig } from '../bot/config';
import { KnowledgeHolder } from '../bot/knowledgeHolder';
import { KnowledgeReloader } from '../bot/knowledgeReloader';
import { LoketBot } from '../bot/loketBot';
import { KnowledgeSource, loadThesaurusOf } from '../knowledge/articles/knowledgeSource';
import { createEmbeddingsProvider } from '../knowledge/embeddings/embeddingsProvider';
import { IndexStore } from '../knowledge/index/indexStore';
import { classify } from './botDriver';
import { EvalCase } from './evalCase';
import { CaseOutcome, EvalSummary, passed, summarise } from './metrics';

export interface LearningReport {
  /** Answerable cases: A is taught, B is held back and measured. */
  taught: number;
  heldBack: number;
  outOfScope: number;
  /** Failures of half A that the simulated editor linked. */
  linked: number;
  /** Half B (and the out-of-scope cases) before and after: the figure that counts. */
  before: EvalSummary;
  after: EvalSummary;
  /** Half A itself before and after: whether what editors fixed stays fixed. */
  taughtBefore: EvalSummary;
  taughtAfter: EvalSummary;
}

type EvalSettings = Pick<LoketConfig, 'answerPolicy' | 'contact' | 'maxMessageLength' | 'embeddings' | 'handover' | 'editorial'>;

const EDITOR = { name: 'learning-loop', displayName: 'Learning loop' };

/**
 * Proves the improvement loop on a copy of the knowledge base: split the
 * answerable cases per article into halves A and B; measure B (and the
 * out-of-scope cases, for wrong answers); let half A's failures reach the
 * editorial desk the way citizens' questions do (through the bot and the
 * conversation log) and link each to the article it should have found, as an
 * editor would; rebuild the index; measure B again.
 */
export async function runLearningLoop(cases: EvalCase[], source: KnowledgeSource, config: EvalSettings): Promise<LearningReport> {
  if (source.format !== 'markdown') throw new Error('the learning loop needs a Markdown knowledge base (editors publish Markdown)');
  const { taught, heldBack } = splitPerArticle(cases.filter((evalCase) => evalCase.expect.article && !evalCase.history?.length));
  const outOfScope = cases.filter((evalCase) => evalCase.expect.abstain && !evalCase.history?.length);
  const work = await mkdtemp(join(tmpdir(), 'loket-learning-'));
  try {
    const content = join(work, 'content');
    await cp(source.path, content, { recursive: true });
    const loop = await LoopParts.start({ ...source, path: content }, work, config);
    const before = summarise(await loop.ask([...heldBack, ...outOfScope]));
    const taughtOutcomes = await loop.ask(taught);
    const failures = taughtOutcomes.filter((outcome) => !passed(outcome));
    const events = await loop.log.read(0);
    for (const failure of failures) {
      const event = events.find((candidate) => candidate.conversationId === failure.conversationId && candidate.kind === 'turn' && candidate.text);
      if (event) await loop.desk.link([event.id], failure.evalCase.expect.article as string, [event.text as string], EDITOR);
    }
    await loop.reloader.reload();
    const after = summarise(await loop.ask([...heldBack, ...outOfScope]));
    return {
      taught: taught.length,
      heldBack: heldBack.length,
      outOfScope: outOfScope.length,
      linked: failures.length,
      before,
      after,
      taughtBefore: summarise(taughtOutcomes),
      taughtAfter: summarise(await loop.ask(taught)),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Per article, cases alternate between A and B in file order, so both halves
 * cover every article; articles alternate which half gets the first case, so
 * odd counts even out and the halves are the same size give or take one.
 */
export function splitPerArticle(cases: EvalCase[]): { taught: EvalCase[]; heldBack: EvalCase[] } {
  const seen = new Map<string, number>();
  const articles: string[] = [];
  const taught: EvalCase[] = [];
  const heldBack: EvalCase[] = [];
  for (const evalCase of cases) {
    const article = evalCase.expect.article as string;
    if (!seen.has(article)) articles.push(article);
    const n = seen.get(article) ?? 0;
    seen.set(article, n + 1);
    const offset = articles.indexOf(article) % 2;
    ((n + offset) % 2 === 0 ? taught : heldBack).push(evalCase);
  }
  return { taught, heldBack };
}

/** The real parts of the loop, on a temporary copy: bot with log, desk, repository and reloader. */
class LoopParts {
  private conversations = 0;

  private constructor(
    readonly bot: LoketBot,
    readonly log: FileConversationLog,
    readonly desk: EditorialDesk,
    readonly reloader: KnowledgeReloader,
  ) {}

  static async start(source: KnowledgeSource, work: string, config: EvalSettings): Promise<LoopParts> {
    const logger = pino({ level: 'silent' });
    const knowledge = new KnowledgeHolder();
    const repository = new FileArticleRepository(source);
    const reloader = new KnowledgeReloader({
      holder: knowledge,
      repository,
      store: new IndexStore(join(work, 'index')),
      provider: await createEmbeddingsProvider(config.embeddings),
      thesaurus: await loadThesaurusOf(source),
      logger,
    });
    await reloader.reload();
    const log = new FileConversationLog(join(work, 'log'));
    const desk = new EditorialDesk({
      log,
      repository,
      knowledge,
      // The loop rebuilds once after all links, as a publishing editor's last change would.
      republisher: { reload: async () => undefined },
      contact: config.contact,
      outOfScopeFile: join(work, 'out-of-scope.jsonl'),
      defaults: { url: config.editorial.sourceUrl, owner: config.editorial.owner },
      timeZone: config.handover.timeZone,
    });
    const bot = buildBot({ config, knowledge, storage: new MemoryStorage(), logger, conversationLog: log });
    return new LoopParts(bot, log, desk, reloader);
  }

  async ask(cases: EvalCase[]): Promise<(CaseOutcome & { conversationId: string })[]> {
    const outcomes: (CaseOutcome & { conversationId: string })[] = [];
    for (const evalCase of cases) {
      const conversationId = `learning-${++this.conversations}`;
      const locale = evalCase.lang === 'en' ? { locale: 'en-US' } : evalCase.lang === 'nl' ? { locale: 'nl-NL' } : {};
      const adapter = new TestAdapter(TestAdapter.createConversation(conversationId), locale);
      const started = performance.now();
      await adapter.processActivity({ type: ActivityTypes.Message, text: evalCase.q }, (context) => this.bot.run(context));
      outcomes.push({ evalCase, result: classify(adapter.activeQueue.splice(0), performance.now() - started), conversationId });
    }
    return outcomes;
  }
}
