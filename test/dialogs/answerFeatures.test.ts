import { answerFeatures } from '../../dialogs/answerPolicy';
import { Article } from '../../knowledge/articles/article';
import { ArticleCandidate, Retrieval } from '../../knowledge/retrieval/hybridRetriever';

function candidate(id: string, evidence: Partial<ArticleCandidate>): ArticleCandidate {
  const article = { id, title: id } as Article;
  return { article, fused: 0, lexicalScore: 0, coverage: 0, focus: 0, similarity: 0, questionSimilarity: 0, passages: [], ...evidence };
}

describe('the evidence the answer model weighs', () => {
  const calendar = candidate('afvalkalender', { lexicalScore: 40, similarity: 0.6, questionSimilarity: 0.5 });
  const missed = candidate('afval-niet-opgehaald', { lexicalScore: 50, similarity: 0.3, questionSimilarity: 0.4 });
  const retrieval: Retrieval = { query: 'wanneer wordt de gft opgehaald', tokens: [], candidates: [missed, calendar] };

  it('compares each search with its best candidate, so an article both searches rank first stands out', () => {
    expect(answerFeatures(calendar, retrieval)).toMatchObject({ lexicalShare: 0.8, similarityShare: 1 });
    expect(answerFeatures(missed, retrieval)).toMatchObject({ lexicalShare: 1, similarityShare: 0.5 });
  });

  it('gives no share when no candidate has any of that evidence', () => {
    const none = candidate('niets', {});
    expect(answerFeatures(none, { query: 'x', tokens: [], candidates: [none] })).toMatchObject({ lexicalShare: 0, similarityShare: 0 });
  });
});
