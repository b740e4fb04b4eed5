/** A question to group, with whatever the caller wants to keep with it. */
export interface ClusterItem {
  text: string;
}

/** A question as weighted terms (the knowledge index gives stems weighted by IDF). */
export type TermVector = Map<string, number>;

export interface QuestionCluster<T extends ClusterItem> {
  members: T[];
  /** The member closest to the rest: the cluster's name in the inbox. */
  label: string;
  /** The cluster's terms, heaviest first. */
  terms: string[];
  /** The summed vectors of the members, to compare other questions with. */
  centroid: TermVector;
}

/** At or above this cosine between a question and a cluster, the question joins the cluster. */
export const DEFAULT_SIMILARITY = 0.5;

/**
 * Groups similar questions so editors fix a topic once, not every phrasing.
 * A single pass in the order given: each question joins the cluster whose
 * summed term vector is most similar (cosine) or starts a new one. Terms and
 * weights come from the knowledge index, so a rare shared word ("hondenbelasting")
 * counts for more than a common one ("kosten"). A question without any content
 * word only groups with the same text.
 */
export function clusterQuestions<T extends ClusterItem>(
  items: T[],
  vectorOf: (text: string) => TermVector,
  threshold = DEFAULT_SIMILARITY,
): QuestionCluster<T>[] {
  const groups: { members: T[]; vectors: TermVector[]; centroid: TermVector }[] = [];
  for (const item of items) {
    const vector = vectorOf(item.text);
    if (vector.size === 0) vector.set(`text:${item.text.trim().toLowerCase()}`, 1);
    let best: (typeof groups)[number] | undefined;
    let bestScore = threshold;
    for (const group of groups) {
      const score = cosine(vector, group.centroid);
      if (score >= bestScore) {
        best = group;
        bestScore = score;
      }
    }
    if (!best) {
      best = { members: [], vectors: [], centroid: new Map() };
      groups.push(best);
    }
    best.members.push(item);
    best.vectors.push(vector);
    for (const [term, weight] of vector) best.centroid.set(term, (best.centroid.get(term) ?? 0) + weight);
  }
  return groups.map((group) => ({
    members: group.members,
    label: (group.members[medoid(group.vectors)] as T).text,
    terms: [...group.centroid.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([term]) => term),
    centroid: group.centroid,
  }));
}

export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const norm = Math.sqrt(sumOfSquares(a)) * Math.sqrt(sumOfSquares(b));
  return norm === 0 ? 0 : dot / norm;
}

function sumOfSquares(vector: TermVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return sum;
}

/** The member most similar to all others together; the first on a tie. */
function medoid(vectors: TermVector[]): number {
  let best = 0;
  let bestScore = -1;
  vectors.forEach((vector, index) => {
    const score = vectors.reduce((sum, other) => (other === vector ? sum : sum + cosine(vector, other)), 0);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
