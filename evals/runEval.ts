import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { LoketConfig } from '../bot/config';
import { KnowledgeHolder } from '../bot/knowledgeHolder';
import { KnowledgeSource } from '../knowledge/articles/knowledgeSource';
import { createEmbeddingsProvider } from '../knowledge/embeddings/embeddingsProvider';
import { ensureIndex } from '../knowledge/index/ensureIndex';
import { IndexStore } from '../knowledge/index/indexStore';
import { BotDriver } from './botDriver';
import { EvalCase } from './evalCase';
import { CaseOutcome, EvalSummary, summarise } from './metrics';

export interface EvalRun {
  outcomes: CaseOutcome[];
  summary: EvalSummary;
}

/** Loads (or builds once and caches) the index for a knowledge source, for evaluation. */
export async function loadEvalKnowledge(source: KnowledgeSource, config: Pick<LoketConfig, 'dataDir' | 'embeddings'>): Promise<KnowledgeHolder> {
  const key = createHash('sha256').update(`${source.format}:${source.path}`).digest('hex').slice(0, 16);
  const store = new IndexStore(join(config.dataDir, 'eval-index', key));
  const { index } = await ensureIndex(source, store, await createEmbeddingsProvider(config.embeddings));
  const holder = new KnowledgeHolder();
  holder.use(index);
  return holder;
}

/** Runs every case as a fresh conversation with the real bot and summarises the outcomes. */
export async function runEval(
  cases: EvalCase[],
  knowledge: KnowledgeHolder,
  config: Pick<LoketConfig, 'answerPolicy' | 'contact' | 'maxMessageLength'>,
): Promise<EvalRun> {
  const driver = new BotDriver(config, knowledge);
  const outcomes: CaseOutcome[] = [];
  for (const evalCase of cases) {
    const locale = evalCase.lang === 'en' ? 'en-US' : evalCase.lang === 'nl' ? 'nl-NL' : undefined;
    outcomes.push({ evalCase, result: await driver.converse(evalCase.history ?? [], evalCase.q, locale) });
  }
  return { outcomes, summary: summarise(outcomes) };
}
