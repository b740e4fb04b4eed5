import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pino from 'pino';
import { FileArticleRepository } from '../../adapters/editorial/articleRepository';
import { KnowledgeHolder } from '../../bot/knowledgeHolder';
import { KnowledgeReloader } from '../../bot/knowledgeReloader';
import { DEFAULT_ANSWER_POLICY } from '../../dialogs/answerPolicy';
import { createEmbeddingsProvider } from '../../knowledge/embeddings/embeddingsProvider';
import { IndexStore } from '../../knowledge/index/indexStore';
import { EMPTY_THESAURUS } from '../../knowledge/text/thesaurus';
import { FIXTURES, temporaryDirectory } from '../support/paths';

const ASKED = 'hoeveel hondenbelasting betaal ik per jaar';

/** The reloader over a copy of the fixture content, with the check after publishing; `asked` plays the log. */
async function reloaderOver(folder: string, asked: () => Promise<string[]>) {
  await cp(join(FIXTURES, 'knowledge'), join(folder, 'content'), { recursive: true });
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  const holder = new KnowledgeHolder();
  const repository = new FileArticleRepository({ path: join(folder, 'content'), format: 'markdown' });
  const reloader = new KnowledgeReloader({
    holder,
    repository,
    store: new IndexStore(join(folder, 'index')),
    provider: await createEmbeddingsProvider({ kind: 'hashing' }),
    thesaurus: EMPTY_THESAURUS,
    logger,
    check: { policy: DEFAULT_ANSWER_POLICY, askedQuestions: asked },
  });
  return { reloader, holder, lines, repository, removeArticle: (id: string) => rm(join(folder, 'content', 'demo', `${id}.md`)) };
}

describe('rebuilding the index after a publication (real index, content folder on disk)', () => {
  let folder: Awaited<ReturnType<typeof temporaryDirectory>>;
  beforeEach(async () => {
    folder = await temporaryDirectory('reloader');
  });
  afterEach(() => folder.remove());

  it('checks nothing at start-up; after a change, reports the questions that moved, and keeps that report through a rebuild that changed nothing', async () => {
    const { reloader, holder, removeArticle } = await reloaderOver(folder.path, async () => [ASKED]);
    await reloader.reload();
    expect(reloader.status()).toMatchObject({ state: 'ready', articles: 4 });
    expect(reloader.status().check).toBeUndefined();

    await removeArticle('hondenbelasting');
    await reloader.reload({ by: 'Eva', at: 1 });
    const check = reloader.status().check;
    expect(holder.index?.articles.size).toBe(3);
    expect(check?.moved).toEqual([{ question: ASKED, was: 'Hondenbelasting', now: [], source: 'asked' }]);
    // Every question the remaining articles list, and the one citizens asked.
    const listed = [...(holder.index?.articles.values() ?? [])].reduce((sum, article) => sum + new Set([...article.questions, ...article.phrasings]).size, 0);
    expect(check?.questions).toBe(listed + 1);

    await reloader.reload();
    expect(reloader.status().check).toEqual(check);
  });

  it('tries the first load again when it fails, as when a shared store times out while the process starts', async () => {
    const { reloader, holder, lines, repository } = await reloaderOver(folder.path, async () => []);
    const loadAll = repository.loadAll.bind(repository);
    let failures = 1;
    repository.loadAll = () => (failures-- > 0 ? Promise.reject(new Error('Command timed out')) : loadAll());
    await reloader.firstLoad(3, 10);
    expect(holder.index?.articles.size).toBe(4);
    expect(reloader.status()).toMatchObject({ state: 'ready' });
    expect(lines.filter((line) => line.event === 'knowledge-load-retry')).toHaveLength(1);

    const broken = await reloaderOver(join(folder.path, 'second'), async () => []);
    broken.repository.loadAll = () => Promise.reject(new Error('Command timed out'));
    await expect(broken.reloader.firstLoad(2, 10)).rejects.toThrow('Command timed out');
    expect(broken.lines.filter((line) => line.event === 'knowledge-load-retry')).toHaveLength(1);
  });

  it('puts the new text live when the check fails, and logs why', async () => {
    const { reloader, holder, lines, removeArticle } = await reloaderOver(folder.path, () => {
      throw new Error('log unreadable');
    });
    await reloader.reload();
    await removeArticle('hondenbelasting');
    await reloader.reload({ by: 'Eva', at: 1 });
    expect(reloader.status()).toMatchObject({ state: 'ready', articles: 3, publishedBy: 'Eva' });
    expect(reloader.status().check).toBeUndefined();
    expect(holder.index?.articles.size).toBe(3);
    expect(lines.find((line) => line.event === 'publish-check-failed')).toMatchObject({ err: { message: 'log unreadable' } });
  });
});
