import { wordsOf } from '../../knowledge/text/normalize';
import { isStopword } from '../../knowledge/text/stopwords';

export type CrisisCategory = 'suicide' | 'abuse' | 'emergency';
export type ExampleLabel = CrisisCategory | 'none';

export interface CrisisExample {
  text: string;
  label: ExampleLabel;
}

export interface CrisisGuess {
  category: CrisisCategory;
  /** The model's probability that the message is any crisis; its calibration is rough, so only the threshold means much. */
  probability: number;
}

export interface ClassifierSettings {
  /** From this probability on, a message counts as a possible crisis. */
  threshold: number;
  /** Additive smoothing of the word counts; below 1 because most features occur in one or two examples. */
  smoothing: number;
}

/** Chosen on batches of crisis messages the classifier was not trained on (docs/evaluation-history.md, 2026-12-05 seventh session). */
export const DEFAULT_SETTINGS: ClassifierSettings = { threshold: 0.97, smoothing: 0.2 };

const LABELS: ExampleLabel[] = ['suicide', 'abuse', 'emergency', 'none'];
/**
 * Greetings, sign-offs and the words that announce a question. Many crisis
 * examples open like an ordinary question ("Goedemorgen, ik heb een vraag
 * over huurtoeslag. …"), so these words taught the model that a polite
 * opening is a sign of crisis: "Goedemorgen, ik heb een vraag over
 * hondenbelasting." got a check-in.
 */
const FRAMING = new Set([
  // Not "dag" or "kind": also "elke dag" and "het kind".
  ...['goedemorgen', 'goedemiddag', 'goedenavond', 'goedendag', 'goeiedag', 'goeiemorgen', 'hallo', 'hoi', 'hey', 'hi', 'hello', 'beste', 'geachte'],
  ...['good', 'morning', 'afternoon', 'evening', 'dear', 'sir', 'madam', 'heer', 'mevrouw', 'meneer'],
  ...[
    'vraag',
    'vraagje',
    'vragen',
    'question',
    'questions',
    'quick',
    'groet',
    'groeten',
    'vriendelijke',
    'regards',
    'mvg',
    'bvd',
    'thanks',
    'bedankt',
    'alvast',
  ],
]);

/** Words are cut to this many letters: "wakker" and "wakkerworden", "ophangen" and "ophang" meet, in Dutch and English alike. */
const PREFIX = 6;

interface LabelCounts {
  examples: number;
  features: Map<string, number>;
  total: number;
}

/**
 * A naive Bayes classifier over cut words and pairs of words, trained at
 * start-up from example messages. It backs the phrase rules of the
 * SafetyCheck: rules stay exact for what they name, and this catches some of
 * the ways of saying it that no rule names ("ik krijg hem niet meer wakker").
 * It is less sure than a rule, so its guesses lead to a check-in, not to an
 * alarm (see crisisReplies.ts).
 */
export class CrisisClassifier {
  private readonly counts = new Map<ExampleLabel, LabelCounts>();
  private readonly vocabulary = new Set<string>();
  private readonly examples: number;

  constructor(
    examples: CrisisExample[],
    private readonly settings: ClassifierSettings = DEFAULT_SETTINGS,
  ) {
    for (const label of LABELS) this.counts.set(label, { examples: 0, features: new Map(), total: 0 });
    for (const { text, label } of examples) this.learn(text, label);
    this.examples = examples.length;
  }

  /** The likeliest crisis category when the message is likely enough a crisis; undefined otherwise. */
  guess(text: string): CrisisGuess | undefined {
    const features = featuresOf(text).filter((feature) => this.vocabulary.has(feature));
    // Nothing it has seen: the priors alone would decide, and they say nothing about this message.
    if (features.length === 0) return undefined;
    const logScores = LABELS.map((label) => this.logScore(label, features));
    const highest = Math.max(...logScores);
    const weights = logScores.map((score) => Math.exp(score - highest));
    const sum = weights.reduce((total, weight) => total + weight, 0);
    const none = (weights[LABELS.indexOf('none')] ?? 0) / sum;
    const probability = 1 - none;
    if (probability < this.settings.threshold) return undefined;
    const crisis = LABELS.slice(0, 3).map((label, index) => ({ label, weight: weights[index] ?? 0 }));
    const best = crisis.reduce((a, b) => (b.weight > a.weight ? b : a));
    return { category: best.label as CrisisCategory, probability };
  }

  private learn(text: string, label: ExampleLabel): void {
    const counts = this.counts.get(label) as LabelCounts;
    counts.examples++;
    for (const feature of featuresOf(text)) {
      this.vocabulary.add(feature);
      counts.features.set(feature, (counts.features.get(feature) ?? 0) + 1);
      counts.total++;
    }
  }

  private logScore(label: ExampleLabel, features: string[]): number {
    const counts = this.counts.get(label) as LabelCounts;
    const { smoothing } = this.settings;
    const denominator = Math.log(counts.total + smoothing * this.vocabulary.size);
    let score = Math.log((counts.examples + 1) / (this.examples + LABELS.length));
    for (const feature of features) score += Math.log((counts.features.get(feature) ?? 0) + smoothing) - denominator;
    return score;
  }
}

/**
 * A message's features: its content words cut to their first six letters (a
 * crude stem that needs no language), and each pair of neighbouring words,
 * stop words included, so "niet wakker" differs from "wakker". Snowball stems
 * did no better on the batches left out, and run twenty times slower under
 * Jest, which trains a classifier in every test file that asks a question.
 */
export function featuresOf(text: string): string[] {
  const words = wordsOf(text).filter((word) => word.length >= 2 && !FRAMING.has(word));
  const cut = words.map((word) => word.slice(0, PREFIX));
  const features = new Set<string>();
  cut.forEach((word, index) => {
    const whole = words[index] as string;
    if (!isStopword(whole) && whole.length >= 3) features.add(word);
    const next = cut[index + 1];
    if (next) features.add(`${word}_${next}`);
  });
  return [...features];
}
