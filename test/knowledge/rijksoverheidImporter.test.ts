import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from '../../knowledge/articles/parseArticle';
import { renderArticle } from '../../knowledge/articles/renderArticle';
import { loadRijksoverheidFolder, rijksoverheidToArticle } from '../../knowledge/importers/rijksoverheid';
import { describeWithShared, FIXTURES, SHARED } from '../support/paths';

const FIXTURE_FOLDER = join(FIXTURES, 'rijksoverheid-faq');

function expectCleanMarkdown(markdown: string): void {
  expect(markdown).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>]/i);
  expect(markdown).not.toMatch(/&[a-z]+;|&#\d+;/i);
}

describe('Rijksoverheid "vraag en antwoord" importer', () => {
  it('turns an item into an article whose id is the item id, with the question as title and phrasing', async () => {
    const [article] = await loadRijksoverheidFolder(FIXTURE_FOLDER);
    expect(article).toMatchObject({
      id: '0f1e2d3c-0000-4000-8000-000000000001',
      title: 'Hoe geef ik een verhuizing door?',
      questions: ['Hoe geef ik een verhuizing door?'],
      url: 'https://example.org/vraag-en-antwoord/hoe-meld-ik-een-verhuizing',
      updated: '2026-01-02',
      owner: 'Testministerie',
      tags: ['verhuizen'],
    });
  });

  it('converts HTML to clean text with links kept as Markdown links', async () => {
    const [article] = await loadRijksoverheidFolder(FIXTURE_FOLDER);
    expect(article?.lead).toBe(
      'U geeft uw verhuizing door aan de [gemeente](https://example.org/gemeente) waar u gaat wonen. Dat kan tot 4 weken vóór de verhuisdatum.',
    );
    expect(article?.sections.map((section) => section.heading)).toEqual(['Online doorgeven', 'Termijnen']);
    expect(article?.sections[0]?.text).toBe('U heeft DigiD nodig.\n\n- Log in op de website.\n- Vul uw nieuwe adres in.');
  });

  it('keeps headings inside a paragraph within their section and flattens tables to rows', async () => {
    const [article] = await loadRijksoverheidFolder(FIXTURE_FOLDER);
    const terms = article?.sections[1]?.text ?? '';
    expect(terms).toContain('### Binnen 5 dagen');
    expect(terms).not.toMatch(/^## /m);
    expect(terms).toContain('- Doorgeven | 5 dagen');
  });

  it('uses the first paragraph as lead when an item has no introduction', async () => {
    const articles = await loadRijksoverheidFolder(FIXTURE_FOLDER);
    const shed = articles.find((article) => article.id.endsWith('3'));
    expect(shed?.lead).toContain('Een kleine schuur in de achtertuin mag vaak zonder vergunning.');
  });

  it('survives a round trip through the Markdown article format', async () => {
    for (const article of await loadRijksoverheidFolder(FIXTURE_FOLDER)) {
      expect(parseArticle(renderArticle(article), article.collection, 'round-trip')).toEqual(article);
    }
  });

  it('rejects a file that is not such an item, naming the file', async () => {
    expect(() => rijksoverheidToArticle({ id: 'x' }, 'rijksoverheid')).toThrow();
  });
});

describeWithShared('Rijksoverheid importer on the real open data (../shared/data/rijksoverheid-faq)', () => {
  const folder = join(SHARED, 'data', 'rijksoverheid-faq');

  it('imports every item, with clean text, kept links and one section per non-empty paragraph', async () => {
    const files = (await readdir(folder)).filter((name) => name.endsWith('.json'));
    const articles = await loadRijksoverheidFolder(folder);
    expect(articles).toHaveLength(files.length);
    expect(articles.length).toBeGreaterThanOrEqual(179);
    for (const article of articles) {
      expect(`${article.id}.json`).toBe(files.find((file) => file === `${article.id}.json`));
      expect(article.lead.length).toBeGreaterThan(0);
      expectCleanMarkdown(article.lead);
      for (const section of article.sections) expectCleanMarkdown(section.text);
    }
    const links = articles.flatMap(
      (article) => [article.lead, ...article.sections.map((section) => section.text)].join('\n').match(/\]\(https?:\/\/[^)]+\)/g) ?? [],
    );
    expect(links.length).toBeGreaterThan(300);
  });

  it('round-trips every real item through the Markdown format unchanged', async () => {
    for (const article of await loadRijksoverheidFolder(folder)) {
      expect(parseArticle(renderArticle(article), article.collection, article.id)).toEqual(article);
    }
  });
});
