import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledge, loadThesaurusOf } from '../../knowledge/articles/knowledgeSource';
import { createEmbeddingsProvider } from '../../knowledge/embeddings/embeddingsProvider';
import { buildAndSave, ensureIndex } from '../../knowledge/index/ensureIndex';
import { IndexStore } from '../../knowledge/index/indexStore';
import { ConfigError, loadConfig } from '../config';

/**
 * `npm run index`: builds the knowledge index when the content changed since
 * the last build (or always with --force), saves it as a new version and
 * switches to it. A running Loket picks it up at its next start.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  const config = loadConfig(process.env);
  const started = performance.now();
  const store = new IndexStore(join(config.dataDir, 'index'));
  const provider = await createEmbeddingsProvider(config.embeddings);
  const { index, rebuilt } = values.force
    ? { index: await buildAndSave(await loadKnowledge(config.knowledge), store, provider, await loadThesaurusOf(config.knowledge)), rebuilt: true }
    : await ensureIndex(config.knowledge, store, provider);
  const what = rebuilt ? 'built and switched to' : 'unchanged, kept';
  process.stdout.write(
    `Index ${what} version ${index.fingerprint}: ${index.articles.size} articles, ${index.passages.length} passages (${Math.round(performance.now() - started)} ms)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
