import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderArticle } from '../../knowledge/articles/renderArticle';
import { loadRijksoverheidFolder } from '../../knowledge/importers/rijksoverheid';
import { PROJECT_ROOT } from '../projectRoot';

const USAGE = 'Usage: npm run import -- --from FOLDER_OF_JSON_ITEMS [--collection rijksoverheid] [--to knowledge/content]';

/**
 * `npm run import`: converts Rijksoverheid open-data "vraag en antwoord" items
 * (one JSON file per item) into Loket Markdown articles, one file per item,
 * named by the item id, so editors can review and extend them like any article.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, collection: { type: 'string', default: 'rijksoverheid' }, to: { type: 'string' } } });
  if (!values.from) throw new Error(USAGE);
  const collection = values.collection ?? 'rijksoverheid';
  if (!/^[a-z0-9-]+$/.test(collection)) throw new Error('--collection may contain only lowercase letters, digits and hyphens');
  const folder = join(resolve(values.to ?? join(PROJECT_ROOT, 'knowledge', 'content')), collection);
  const articles = await loadRijksoverheidFolder(resolve(values.from), collection);
  await mkdir(folder, { recursive: true });
  for (const article of articles) await writeFile(join(folder, `${article.id}.md`), renderArticle(article));
  process.stdout.write(`Imported ${articles.length} articles into ${folder}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
