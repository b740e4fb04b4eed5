import { clusterQuestions, QuestionCluster } from '../../knowledge/editorial/questionClusters';
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
