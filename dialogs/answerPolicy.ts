import { ArticleCandidate, Retrieval } from '../knowledge/retrieval/hybridRetriever';

/**
 * Thresholds and weights of the answer decision. Defaults are tuned on the
 * development cases in evals/cases/*-dev.jsonl with `npm run tune`, never on
 * the test cases; see docs/adr/0003-answer-thresholds.md.
 */
export interface AnswerPolicySettings {
  coverageWeight: number;
  similarityWeight: number;
  lexicalWeight: number;
  /** Below this confidence Loket says it does not know. */
  answerThreshold: number;
  /** When the runner-up is this close to the best, ask "Bedoelt u …?". */
  clarifyMargin: number;
  /**
   * A question this close (0..1) to one an editor linked to an article is
   * answered from that article: the editor already decided what it means.
   */
  linkedMatch: number;
}

export const DEFAULT_ANSWER_POLICY: AnswerPolicySettings = {
  coverageWeight: 0.5,
  similarityWeight: 0.6,
  lexicalWeight: 0.2,
  answerThreshold: 0.65,
  clarifyMargin: 0.02,
  linkedMatch: 0.8,
};

export interface ScoredCandidate {
  candidate: ArticleCandidate;
  confidence: number;
}

export type Decision =
  { kind: 'answer'; best: ScoredCandidate } | { kind: 'clarify'; options: [ScoredCandidate, ScoredCandidate] } | { kind: 'abstain'; best?: ScoredCandidate };

/** Scores each candidate: share of the question covered, passage similarity and relative BM25. */
export function scoreCandidates(retrieval: Retrieval, settings: AnswerPolicySettings): ScoredCandidate[] {
  const topLexical = Math.max(0, ...retrieval.candidates.map((candidate) => candidate.lexicalScore));
  return retrieval.candidates
    .map((candidate) => {
      const evidence =
        settings.coverageWeight * candidate.coverage +
        settings.similarityWeight * candidate.similarity +
        settings.lexicalWeight * (topLexical > 0 ? candidate.lexicalScore / topLexical : 0);
      const learned = (candidate.linkedMatch ?? 0) >= settings.linkedMatch ? settings.answerThreshold + (candidate.linkedMatch ?? 0) : 0;
      return { candidate, confidence: Math.max(evidence, learned) };
    })
    .sort((a, b) => b.confidence - a.confidence);
}

/** Answer when one article is clearly best and good enough, clarify when two are close, otherwise abstain. */
export function decide(retrieval: Retrieval, settings: AnswerPolicySettings): Decision {
  const [best, second] = scoreCandidates(retrieval, settings);
  if (!best || best.confidence < settings.answerThreshold) return best ? { kind: 'abstain', best } : { kind: 'abstain' };
  if (second && second.confidence >= settings.answerThreshold && best.confidence - second.confidence < settings.clarifyMargin) {
    return { kind: 'clarify', options: [best, second] };
  }
  return { kind: 'answer', best };
}
