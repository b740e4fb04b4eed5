import fc from 'fast-check';
import { clusterQuestions, cosine, QuestionCluster, TermVector } from '../../knowledge/editorial/questionClusters';
import { KnowledgeIndex } from '../../knowledge/index/knowledgeIndex';
import { indexOf } from '../support/knowledge';
import { DEMO_CONTENT } from '../support/paths';

/** A fixed inbox: four topics in several phrasings, two look-alikes that must stay apart, and noise. */
const QUESTIONS = [
  'kan ik mijn kat laten chippen bij de gemeente',
  'waar laat ik mijn kat chippen',
  'hoeveel hondenbelasting betaal ik voor 2 honden',
  'kat chippen',
  'hondenbelasting 2 honden bedrag',
  'rijbewijs kwijt in het buitenland',
  'wat kost de hondenbelasting voor twee honden',
  'paspoort kwijt in het buitenland',
  'asdfgh',
  'mijn rijbewijs ben ik kwijt in het buitenland',
  'hallo??',
  'hallo??',
];

describe('clustering similar questions for the editor inbox (weights from the demo knowledge index)', () => {
  let index: KnowledgeIndex;
  let clusters: QuestionCluster<{ text: string; n: number }>[];
  beforeAll(async () => {
    index = await indexOf({ path: DEMO_CONTENT, format: 'markdown' });
    clusters = clusterQuestions(
      QUESTIONS.map((text, n) => ({ text, n })),
      (text) => index.lexical.weightedTerms(text),
    );
  });
  const membersOf = (n: number) => clusters.find((cluster) => cluster.members.some((member) => member.n === n))?.members.map((member) => member.n);

  it('puts the phrasings of one topic together', () => {
    expect(membersOf(0)).toEqual([0, 1, 3]);
    expect(membersOf(2)).toEqual([2, 4, 6]);
    expect(membersOf(5)).toEqual([5, 9]);
  });

  it('keeps questions apart that share only a common word', () => {
    expect(membersOf(7)).toEqual([7]);
  });

  it('groups texts without content words only with the same text, and nonsense alone', () => {
    expect(membersOf(10)).toEqual([10, 11]);
    expect(membersOf(8)).toEqual([8]);
    expect(clusters).toHaveLength(6);
  });

  it('names a cluster after the question closest to the others, with its heaviest terms', () => {
    const cats = clusters.find((cluster) => cluster.members.some((member) => member.n === 0));
    expect(cats?.label).toBe('kan ik mijn kat laten chippen bij de gemeente');
    expect(cats?.terms.slice(0, 2).sort()).toEqual(['chipp', 'kat']);
  });

  it('with a stricter threshold, splits loosely related phrasings', () => {
    const strict = clusterQuestions(
      QUESTIONS.map((text) => ({ text })),
      (text) => index.lexical.weightedTerms(text),
      0.95,
    );
    expect(strict.length).toBeGreaterThan(clusters.length);
  });
});

/** The plain single pass the inbox's pruned one must agree with: every question compared with every cluster. */
function everyPairClusters(vectors: TermVector[], threshold: number): number[][] {
  const groups: { members: number[]; centroid: TermVector }[] = [];
  vectors.forEach((vector, n) => {
    let best: (typeof groups)[number] | undefined;
    let bestScore = threshold;
    for (const group of groups) {
      const score = cosine(vector, group.centroid);
      if (score >= bestScore) {
        best = group;
        bestScore = score;
      }
    }
    if (!best) groups.push((best = { members: [], centroid: new Map() }));
    best.members.push(n);
    for (const [term, weight] of vector) best.centroid.set(term, (best.centroid.get(term) ?? 0) + weight);
  });
  return groups.map((group) => group.members);
}

describe('clustering a busy inbox', () => {
  const vocabulary = ['paspoort', 'kwijt', 'rijbewijs', 'hond', 'belasting', 'afval', 'kosten', 'aanvragen'];
  const question = fc.dictionary(fc.constantFrom(...vocabulary), fc.constantFrom(0.5, 1, 2, 4), { minKeys: 1, maxKeys: 4 });

  // Thresholds no cosine of these weights can equal, so rounding cannot decide a tie either way.
  it('compares a question only with clusters that share a heavy term, and still groups exactly as comparing all of them', () => {
    fc.assert(
      fc.property(fc.array(question, { minLength: 1, maxLength: 60 }), fc.constantFrom(0.3141, 0.5172, 0.7919), (questions, threshold) => {
        const vectors = questions.map((weights) => new Map(Object.entries(weights)));
        const items = vectors.map((_, n) => ({ text: String(n), n }));
        const pruned = clusterQuestions(items, (text) => vectors[Number(text)] as TermVector, threshold).map((cluster) =>
          cluster.members.map((item) => item.n),
        );
        expect(pruned).toEqual(everyPairClusters(vectors, threshold));
      }),
      { numRuns: 300 },
    );
  });

  it('names a cluster of thousands after its most typical question, in linear time', () => {
    const typical = new Map([
      ['paspoort', 2],
      ['kwijt', 2],
    ]);
    const texts = ['paspoort kwijt', ...Array.from({ length: 3000 }, (_, n) => `variant ${n}`)];
    const vectorOf = (text: string) => (text === 'paspoort kwijt' ? typical : new Map([...typical, [text, 1]]));
    const [cluster] = clusterQuestions(
      texts.map((text) => ({ text })),
      vectorOf,
    );
    expect(cluster?.members).toHaveLength(3001);
    expect(cluster?.label).toBe('paspoort kwijt');
  });
});
