import { Bm25Index } from '../../knowledge/index/bm25Index';

const OPTIONS = { boosts: [2, 1], k1: 1.2, b: 0.75, typoWeight: 0.5 };
const index = Bm25Index.build(
  [
    {
      fields: [
        ['paspoort', 'aanvrag'],
        ['afspraak', 'pasfoto', 'paspoort'],
      ],
    },
    {
      fields: [
        ['rijbewijs', 'verleng'],
        ['cbr', 'keuring'],
      ],
    },
    { fields: [['afvalkalender'], ['container', 'ophaaldag', 'container']] },
  ],
  OPTIONS,
);

describe('BM25F index', () => {
  it('ranks the document whose weighted fields hold the query terms first', () => {
    const [best] = index.search([['paspoort']]);
    expect(best).toMatchObject({ document: 0, matched: new Set([0]) });
  });

  it('counts a query word once, with its best term, however many stems it has', () => {
    const once = index.search([['container']])[0]?.score ?? 0;
    const twice = index.search([['container', 'afvalkalender']])[0]?.score ?? 0;
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThan(once + (index.search([['afvalkalender']])[0]?.score ?? 0));
  });

  it.each([
    ['paspoord', 'substitution'],
    ['pasport', 'deletion'],
    ['paspoortt', 'insertion'],
    ['papsoort', 'transposition'],
  ])('matches the typo %s (%s) to a known term, weighted down', (typo) => {
    const [hit] = index.search([[typo]]);
    expect(hit?.document).toBe(0);
    expect(hit?.score).toBeLessThan(index.search([['paspoort']])[0]?.score ?? 0);
  });

  it('does not correct a word that is two edits away or too short', () => {
    expect(index.search([['paspaart2']])).toEqual([]);
    expect(index.search([['cbx']])).toEqual([]);
  });

  it('reports which query words each document matched', () => {
    const hits = index.search([['rijbewijs'], ['keuring'], ['onbekend']]);
    expect(hits[0]).toMatchObject({ document: 1, matched: new Set([0, 1]) });
  });

  it('gives the same results after saving and loading', () => {
    const loaded = Bm25Index.load(JSON.parse(JSON.stringify(index.toJSON())));
    expect(loaded.search([['container'], ['paspoord']])).toEqual(index.search([['container'], ['paspoord']]));
    expect(loaded.documentFrequency('paspoort')).toBe(1);
  });
});

describe('BM25F index with words that are also JavaScript property names', () => {
  it('indexes and finds "constructor", "__proto__" and "toString" like any word, also after saving and loading', () => {
    const tricky = Bm25Index.build([{ fields: [['constructor', '__proto__'], ['tostring']] }, { fields: [['paspoort'], []] }], OPTIONS);
    const loaded = Bm25Index.load(JSON.parse(JSON.stringify(tricky.toJSON())));
    for (const bm25 of [tricky, loaded]) {
      expect(bm25.search([['constructor']]).map((hit) => hit.document)).toEqual([0]);
      expect(bm25.search([['__proto__']]).map((hit) => hit.document)).toEqual([0]);
      expect(bm25.search([['hasownproperty']])).toEqual([]);
    }
  });
});
