import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FileConversationLog } from '../../adapters/conversationLog/fileConversationLog';
import { compareIndexes, PublishCheck, recentlyAnswered } from '../../adapters/editorial/publishCheck';
import { loadKnowledge, loadThesaurusOf } from '../../knowledge/articles/knowledgeSource';
import { createEmbeddingsProvider } from '../../knowledge/embeddings/embeddingsProvider';
import { buildAndSave, ensureIndex } from '../../knowledge/index/ensureIndex';
import { IndexStore } from '../../knowledge/index/indexStore';
import { KnowledgeIndex } from '../../knowledge/index/knowledgeIndex';
import { HybridRetriever } from '../../knowledge/retrieval/hybridRetriever';
import { ConfigError, loadConfig, LoketConfig } from '../config';

/**
 * `npm run index`: builds the knowledge index when the content changed since
 * the last build (or always with --force), saves it as a new version and
 * switches to it. A running Loket picks it up at its next start. Content
 * edited outside the editor console (in version control) gets the same check
 * as a publication there: the questions that now lead elsewhere are listed.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  const config = loadConfig(process.env);
  const started = performance.now();
  const store = new IndexStore(join(config.dataDir, 'index'));
  const provider = await createEmbeddingsProvider(config.embeddings);
  const previousFingerprint = await store.currentFingerprint();
  const { index, rebuilt } = values.force
    ? { index: await buildAndSave(await loadKnowledge(config.knowledge), store, provider, await loadThesaurusOf(config.knowledge)), rebuilt: true }
    : await ensureIndex(config.knowledge, store, provider);
  const what = rebuilt ? 'built and switched to' : 'unchanged, kept';
  process.stdout.write(
    `Index ${what} version ${index.fingerprint}: ${index.articles.size} articles, ${index.passages.length} passages (${Math.round(performance.now() - started)} ms)\n`,
  );
  if (!previousFingerprint || previousFingerprint === index.fingerprint) return;
  // The store keeps the version before the current one; it cannot be read after a change of embedding.
  const previous = await store.load(provider, previousFingerprint).catch(() => undefined);
  if (previous) process.stdout.write(report(await checkAgainst(previous, index, config)));
}

/** Citizens' questions come from the embedded conversation log, when this data folder has one (with Redis, the console checks). */
async function checkAgainst(previous: KnowledgeIndex, index: KnowledgeIndex, config: LoketConfig): Promise<PublishCheck> {
  const asked = await recentlyAnswered(new FileConversationLog(join(config.dataDir, 'log', 'conversations')));
  return compareIndexes(new HybridRetriever(previous), new HybridRetriever(index), config.answerPolicy, asked);
}

function report(check: PublishCheck): string {
  const head = `Checked ${check.questions} questions (listed, and asked by citizens lately) against the previous version: ${check.movedTotal} now lead elsewhere.\n`;
  const lines = check.moved.map(
    (moved) =>
      `  "${moved.question}" (${moved.source === 'listed' ? 'listed' : 'asked by citizens'}): ${moved.was} -> ${moved.now.join(' / ') || 'no answer'}\n`,
  );
  const more = check.movedTotal > check.moved.length ? [`  and ${check.movedTotal - check.moved.length} more\n`] : [];
  return [head, ...lines, ...more].join('');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
