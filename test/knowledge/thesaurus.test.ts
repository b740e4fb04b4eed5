import { join } from 'node:path';
import { loadKnowledge } from '../../knowledge/articles/knowledgeSource';
import { HybridRetriever } from '../../knowledge/retrieval/hybridRetriever';
import { TextAnalyzer } from '../../knowledge/text/analyzer';
import { loadThesaurus, parseThesaurus } from '../../knowledge/text/thesaurus';
import { STANDARD_SYNONYMS } from '../../bot/config';
import { buildIndex } from '../support/knowledge';
import { FIXTURES } from '../support/paths';

const FIXTURE = { path: join(FIXTURES, 'knowledge', 'demo'), format: 'markdown' as const };
const SYNONYMS = parseThesaurus(['# waste', 'container, kliko, grijze bak, wheelie bin', '', 'paspoort, reispas  # travel'].join('\n'));

describe('the synonym list (Solr equivalence format)', () => {
  it('reads groups, skipping comments and blank lines', () => {
    expect(SYNONYMS.groups).toEqual([
      ['container', 'kliko', 'grijze bak', 'wheelie bin'],
      ['paspoort', 'reispas'],
    ]);
  });

  it('refuses one-way rules instead of reading them wrongly', () => {
    expect(() => parseThesaurus('a, b\nkliko => container', 'test.txt')).toThrow('test.txt:2');
  });

  it('ships a standard list that parses, with no word in two groups', async () => {
    const { groups } = await loadThesaurus(STANDARD_SYNONYMS);
    expect(groups.length).toBeGreaterThan(100);
    const seen = new Map<string, number>();
    const twice = groups.flatMap((group, index) =>
      group.filter((term) => {
        const earlier = seen.get(term);
        seen.set(term, index);
        return earlier !== undefined && earlier !== index;
      }),
    );
    expect(twice).toEqual([]);
  });
});

describe('query expansion with synonyms', () => {
  const analyzer = new TextAnalyzer(['container', 'paspoort'], SYNONYMS);

  it('gives a word the terms of its synonyms, found by stem ("klikos")', () => {
    const [token] = analyzer.queryTokens("mijn kliko's");
    expect(token?.related).toEqual(expect.arrayContaining(['container']));
  });

  it('finds a phrase of several words and lends its synonyms to the last word', () => {
    const tokens = analyzer.queryTokens('de grijze bak is vergeten');
    expect(tokens.find((token) => token.word === 'bak')?.related).toContain('container');
  });

  it('leaves words outside the list alone', () => {
    expect(analyzer.queryTokens('hondenbelasting').every((token) => token.related.length === 0)).toBe(true);
  });
});

describe('retrieval with and without the synonym list', () => {
  it('finds an article through an everyday word it does not use only with the list', async () => {
    const articles = await loadKnowledge(FIXTURE);
    const without = new HybridRetriever(await buildIndex(articles));
    const withList = new HybridRetriever(await buildIndex(articles, SYNONYMS));
    const question = 'kliko';
    expect((await without.retrieve(question)).candidates.some((candidate) => candidate.article.id === 'afvalkalender' && candidate.coverage > 0)).toBe(false);
    const [best] = (await withList.retrieve(question)).candidates;
    expect(best?.article.id).toBe('afvalkalender');
    // A synonym counts almost as much as the word itself, and the article is about it (tags, questions).
    expect(best?.coverage).toBeGreaterThan(0.8);
    expect(best?.focus).toBeGreaterThan(0.8);
  });

  it('tells what an article is about from what it merely mentions (focus)', async () => {
    const retriever = new HybridRetriever(await buildIndex(await loadKnowledge(FIXTURE)));
    const [best] = (await retriever.retrieve('postcode')).candidates;
    expect(best?.article.id).toBe('afvalkalender');
    expect(best?.coverage).toBe(1);
    expect(best?.focus).toBe(0);
  });
});
