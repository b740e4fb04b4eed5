/**
 * Naive Bayes over a message's features (see `featuresOf`), with additive
 * smoothing below 1 because most features occur in one or two examples.
 * Shared by the crisis classifier and the guess at a request for a person.
 */
export class NaiveBayes<Label extends string> {
  private readonly counts = new Map<Label, { examples: number; features: Map<string, number>; total: number }>();
  private readonly vocabulary = new Set<string>();
  private examples = 0;

  constructor(
    private readonly labels: readonly Label[],
    private readonly smoothing: number,
  ) {
    for (const label of labels) this.counts.set(label, { examples: 0, features: new Map(), total: 0 });
  }

  learn(features: readonly string[], label: Label): void {
    const counts = this.countsOf(label);
    counts.examples++;
    this.examples++;
    for (const feature of features) {
      this.vocabulary.add(feature);
      counts.features.set(feature, (counts.features.get(feature) ?? 0) + 1);
      counts.total++;
    }
  }

  /** Each label's weight relative to the highest, in the labels' order; undefined for a message of no feature the model has seen. */
  weights(features: readonly string[]): number[] | undefined {
    const known = features.filter((feature) => this.vocabulary.has(feature));
    // Nothing it has seen: the priors alone would decide, and they say nothing about this message.
    if (known.length === 0) return undefined;
    const logScores = this.labels.map((label) => this.logScore(label, known));
    const highest = Math.max(...logScores);
    return logScores.map((score) => Math.exp(score - highest));
  }

  /** The share of the label at `index` among weights from `weights`: its probability under the model. */
  static share(weights: readonly number[], index: number): number {
    const sum = weights.reduce((total, weight) => total + weight, 0);
    return (weights[index] ?? 0) / sum;
  }

  private logScore(label: Label, features: readonly string[]): number {
    const counts = this.countsOf(label);
    const denominator = Math.log(counts.total + this.smoothing * this.vocabulary.size);
    let score = Math.log((counts.examples + 1) / (this.examples + this.labels.length));
    for (const feature of features) score += Math.log((counts.features.get(feature) ?? 0) + this.smoothing) - denominator;
    return score;
  }

  private countsOf(label: Label): { examples: number; features: Map<string, number>; total: number } {
    const counts = this.counts.get(label);
    if (!counts) throw new Error(`unknown label ${label}`);
    return counts;
  }
}
