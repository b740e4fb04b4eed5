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

  it('reads one-way rules ("dog, dogs => hond") and refuses a rule without words on a side', () => {
    expect(parseThesaurus('a, b\ndog, dogs => hond, honden').mappings).toEqual([{ from: ['dog', 'dogs'], to: ['hond', 'honden'] }]);
    expect(() => parseThesaurus('a, b\n => container', 'test.txt')).toThrow('test.txt:2');
    expect(() => parseThesaurus('a => b => c', 'test.txt')).toThrow('test.txt:1');
  });

  it('ships a standard list that parses, with no word in two groups', async () => {
    const { groups, mappings } = await loadThesaurus(STANDARD_SYNONYMS);
    expect(groups.length).toBeGreaterThan(100);
    expect(mappings.length).toBeGreaterThan(50);
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

  it('applies a one-way rule in its direction only', () => {
    const oneWay = new TextAnalyzer(['hond'], parseThesaurus('dog, dogs => hond'));
    expect(oneWay.queryTokens('two dogs').find((token) => token.word === 'dogs')?.related).toContain('hond');
    expect(oneWay.queryTokens('twee honden').every((token) => token.related.length === 0)).toBe(true);
  });

  it("finds a one-way rule's English words with English endings only, not a Dutch word with the same stem", () => {
    const english = new TextAnalyzer(
      ['auto', 'zorg', 'huur', 'parkeren', 'hond'],
      parseThesaurus('car => auto\ncare => zorg\nrent => huur\nparking => parkeren\ndogs => hond'),
    );
    const related = (text: string) => english.queryTokens(text).flatMap((token) => token.related);
    expect(related('my car')).toContain('auto');
    expect(related('my car')).not.toContain('zorg');
    expect(related('caring for my mother')).toContain('zorg');
    expect(related('Wat is de rente?')).toEqual([]);
    expect(related('een concert in het park')).toEqual([]);
    expect(related('parking near the station')).toContain('parkeren');
    expect(related('my dog')).toContain('hond');
  });

  it("translates an English question's words with the one-way rules, leaving out words it already has", () => {
    const english = new TextAnalyzer(['hond', 'kwijt', 'week'], parseThesaurus('dog, dogs => hond\nlost => kwijt, verloren\nweek, weeks => week'));
    expect(english.readQuery('I lost my dogs').translations).toEqual(['kwijt', 'verloren', 'hond']);
    expect(english.readQuery('twee honden kwijt').translations).toEqual([]);
    expect(english.readQuery('elke week').translations).toEqual([]);
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

  it("brings an English question near a Dutch text through the list's translations, not only its words", async () => {
    const articles = await loadKnowledge(FIXTURE);
    const oneWay = parseThesaurus('bailiff => deurwaarder\nunpaid bills => schulden, rekeningen');
    const similarityOf = async (thesaurus: typeof oneWay) => {
      const retrieval = await new HybridRetriever(await buildIndex(articles, thesaurus)).retrieve('bailiff and unpaid bills');
      return retrieval.candidates.find((candidate) => candidate.article.id === 'schuldhulp')?.similarity ?? 0;
    };
    // Character n-grams of "unpaid bills" share little with "schulden"; the translation does.
    expect(await similarityOf(oneWay)).toBeGreaterThan((await similarityOf(parseThesaurus('# none'))) + 0.05);
  });

  it('tells what an article is about from what it merely mentions (focus)', async () => {
    const retriever = new HybridRetriever(await buildIndex(await loadKnowledge(FIXTURE)));
    const [best] = (await retriever.retrieve('postcode')).candidates;
    expect(best?.article.id).toBe('afvalkalender');
    expect(best?.coverage).toBe(1);
    expect(best?.focus).toBe(0);
  });
});
