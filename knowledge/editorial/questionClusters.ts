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

interface Group<T> {
  /** Creation order: among equally similar clusters the newest wins, as in a plain scan. */
  order: number;
  members: T[];
  vectors: TermVector[];
  centroid: TermVector;
  /** Sum of the centroid's squared weights, kept up to date as members join. */
  squares: number;
}

/**
 * Groups similar questions so editors fix a topic once, not every phrasing.
 * A single pass in the order given: each question joins the cluster whose
 * summed term vector is most similar (cosine) or starts a new one. Terms and
 * weights come from the knowledge index, so a rare shared word ("hondenbelasting")
 * counts for more than a common one ("kosten"). A question without any content
 * word only groups with the same text.
 *
 * A month of a city's log holds tens of thousands of questions: only clusters
 * sharing one of the question's heavy terms are compared (see `heavyTerms`),
 * and each cluster keeps its norm, so the pass stays close to linear.
 */
export function clusterQuestions<T extends ClusterItem>(
  items: T[],
  vectorOf: (text: string) => TermVector,
  threshold = DEFAULT_SIMILARITY,
): QuestionCluster<T>[] {
  const groups: Group<T>[] = [];
  const groupsWithTerm = new Map<string, Set<Group<T>>>();
  for (const item of items) {
    const vector = new Map(vectorOf(item.text));
    if (vector.size === 0) vector.set(`text:${item.text.trim().toLowerCase()}`, 1);
    const best = mostSimilar(vector, candidatesOf(heavyTerms(vector, threshold), groupsWithTerm), threshold) ?? newGroup(groups);
    join(best, item, vector, groupsWithTerm);
  }
  return groups.map((group) => ({
    members: group.members,
    label: (group.members[medoid(group.vectors)] as T).text,
    terms: [...group.centroid.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([term]) => term),
    centroid: group.centroid,
  }));
}

/**
 * The question's terms, heaviest first, up to where the rest weighs too little
 * to reach the threshold: by Cauchy-Schwarz, a cluster sharing only terms whose
 * norm is below threshold × the question's norm has a cosine below the
 * threshold. So a cluster that shares none of these terms cannot win, and
 * common words ("aanvragen", "kosten") need not be looked up.
 */
function heavyTerms(vector: TermVector, threshold: number): string[] {
  const terms = [...vector].sort((a, b) => b[1] - a[1]);
  const floor = threshold * threshold * sumOfSquares(vector);
  let rest = sumOfSquares(vector);
  const heavy: string[] = [];
  for (const [term, weight] of terms) {
    if (rest < floor) break;
    heavy.push(term);
    rest -= weight * weight;
  }
  return heavy;
}

function candidatesOf<T>(terms: string[], groupsWithTerm: Map<string, Set<Group<T>>>): Group<T>[] {
  const found = new Set<Group<T>>();
  for (const term of terms) for (const group of groupsWithTerm.get(term) ?? []) found.add(group);
  return [...found].sort((a, b) => a.order - b.order);
}

function mostSimilar<T>(vector: TermVector, candidates: Group<T>[], threshold: number): Group<T> | undefined {
  const norm = Math.sqrt(sumOfSquares(vector));
  let best: Group<T> | undefined;
  let bestScore = threshold;
  for (const group of candidates) {
    const divisor = norm * Math.sqrt(group.squares);
    const score = divisor === 0 ? 0 : dot(vector, group.centroid) / divisor;
    if (score >= bestScore) {
      best = group;
      bestScore = score;
    }
  }
  return best;
}

function newGroup<T>(groups: Group<T>[]): Group<T> {
  const group: Group<T> = { order: groups.length, members: [], vectors: [], centroid: new Map(), squares: 0 };
  groups.push(group);
  return group;
}

function join<T>(group: Group<T>, item: T, vector: TermVector, groupsWithTerm: Map<string, Set<Group<T>>>): void {
  group.members.push(item);
  group.vectors.push(vector);
  for (const [term, weight] of vector) {
    const before = group.centroid.get(term) ?? 0;
    group.centroid.set(term, before + weight);
    group.squares += (before + weight) ** 2 - before ** 2;
    const holders = groupsWithTerm.get(term) ?? new Set<Group<T>>();
    holders.add(group);
    groupsWithTerm.set(term, holders);
  }
}

export function cosine(a: TermVector, b: TermVector): number {
  const norm = Math.sqrt(sumOfSquares(a)) * Math.sqrt(sumOfSquares(b));
  return norm === 0 ? 0 : dot(a, b) / norm;
}

function dot(a: TermVector, b: TermVector): number {
  let sum = 0;
  for (const [term, weight] of a) sum += weight * (b.get(term) ?? 0);
  return sum;
}

function sumOfSquares(vector: TermVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return sum;
}

/**
 * The member most similar to all others together; the first on a tie. The sum
 * of a member's cosines with the others is its unit vector times the sum of
 * all unit vectors, less its cosine with itself: linear in the members, which
 * matters for a cluster of thousands.
 */
function medoid(vectors: TermVector[]): number {
  const units = vectors.map(unitOf);
  const total: TermVector = new Map();
  for (const unit of units) for (const [term, weight] of unit) total.set(term, (total.get(term) ?? 0) + weight);
  let best = 0;
  let bestScore = -Infinity;
  units.forEach((unit, index) => {
    const score = dot(unit, total) - dot(unit, unit);
    if (score > bestScore + 1e-9) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

function unitOf(vector: TermVector): TermVector {
  const norm = Math.sqrt(sumOfSquares(vector));
  return new Map([...vector].map(([term, weight]) => [term, norm === 0 ? 0 : weight / norm]));
}
