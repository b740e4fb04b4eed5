import Redis from 'ioredis';
import { FileArticleRepository } from '../../adapters/editorial/articleRepository';
import { RedisArticleRepository } from '../../adapters/editorial/redisArticleRepository';
import { startRedis, TestRedis } from '../support/redisServer';
import { waitUntil } from '../support/waitUntil';
import { DEMO_CONTENT } from '../support/paths';

describe('articles published through Redis', () => {
  let server: TestRedis;
  const clients: Redis[] = [];
  const repositories: RedisArticleRepository[] = [];

  beforeAll(async () => {
    server = await startRedis();
  });

  afterAll(async () => {
    await Promise.all(repositories.map((repository) => repository.close()));
    clients.forEach((client) => client.disconnect());
    await server.stop();
  });

  async function startProcess(): Promise<{ repository: RedisArticleRepository; notices: () => number }> {
    const client = new Redis(server.url);
    clients.push(client);
    const repository = new RedisArticleRepository(client, new FileArticleRepository({ path: DEMO_CONTENT, format: 'markdown' }));
    repositories.push(repository);
    await repository.listen();
    let notices = 0;
    repository.onChange(() => notices++);
    return { repository, notices: () => notices };
  }

  it('tells every other process of a publication, and not the one that published it', async () => {
    const [publisher, other] = [await startProcess(), await startProcess()];
    const markdown = [
      '---',
      'id: kat-laten-chippen',
      'title: Kat laten chippen',
      'questions: [kat chippen]',
      'url: https://www.lindewijk.nl/kat-laten-chippen',
      'lang: nl',
      'updated: 2026-12-05',
      'owner: Team Dieren',
      '---',
      'Uw kat laat u chippen bij de dierenarts.',
      '',
    ].join('\n');
    await publisher.repository.save({ id: 'kat-laten-chippen', collection: 'lindewijk', markdown });
    await waitUntil(async () => (other.notices() === 1 ? true : undefined));
    // A notice to the publisher would have arrived with the other's: both subscribers read the same channel.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(publisher.notices()).toBe(0);
    expect((await other.repository.loadAll()).some((article) => article.id === 'kat-laten-chippen')).toBe(true);
  });
});
