import { HashingEmbeddings } from '../../knowledge/embeddings/hashingEmbeddings';

const cosine = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0);

describe('offline hashing embeddings', () => {
  const embeddings = HashingEmbeddings.fit(['paspoort aanvragen bij de gemeente', 'afvalkalender en containers', 'hondenbelasting betalen']);

  it('needs no model and gives unit vectors of the configured size', async () => {
    const [vector] = await embeddings.embedDocuments(['paspoort aanvragen']);
    expect(vector).toHaveLength(embeddings.params.dimensions);
    expect(cosine(vector ?? [], vector ?? [])).toBeCloseTo(1, 6);
  });

  it('is deterministic, so saved indexes stay valid', async () => {
    const again = new HashingEmbeddings(embeddings.params);
    expect(await again.embedQuery('paspoort')).toEqual(await embeddings.embedQuery('paspoort'));
  });

  it('places a misspelling near the right word and far from an unrelated one', async () => {
    const right = await embeddings.embedQuery('paspoort aanvragen');
    const typo = await embeddings.embedQuery('paspoord aanvrage');
    const other = await embeddings.embedQuery('hondenbelasting betalen');
    expect(cosine(right, typo)).toBeGreaterThan(0.5);
    expect(cosine(right, typo)).toBeGreaterThan(cosine(right, other) + 0.3);
  });

  it('gives a zero vector for text without content words', async () => {
    expect((await embeddings.embedQuery('de het een')).every((value) => value === 0)).toBe(true);
  });
});
