import { sigmoid } from '../dialogs/answerPolicy';

/** One training example: features (each about 0..1) and whether it is a positive. */
export interface Example {
  features: number[];
  positive: boolean;
}

export interface LogisticFit {
  weights: number[];
  bias: number;
}

/**
 * Logistic regression by batch gradient descent with a little L2 weight decay:
 * a few features and a few thousand examples, so plain descent converges in
 * well under a second and needs no library.
 */
export function fitLogistic(examples: Example[], options: { iterations?: number; rate?: number; decay?: number } = {}): LogisticFit {
  const { iterations = 3000, rate = 0.5, decay = 0.001 } = options;
  const size = examples[0]?.features.length ?? 0;
  const weights = new Array<number>(size).fill(0);
  let bias = 0;
  for (let round = 0; round < iterations; round++) {
    const gradient = new Array<number>(size).fill(0);
    let biasGradient = 0;
    for (const { features, positive } of examples) {
      const error = sigmoid(bias + dot(weights, features)) - (positive ? 1 : 0);
      for (let index = 0; index < size; index++) gradient[index] = (gradient[index] ?? 0) + error * (features[index] ?? 0);
      biasGradient += error;
    }
    for (let index = 0; index < size; index++)
      weights[index] = (weights[index] ?? 0) - rate * ((gradient[index] ?? 0) / examples.length + decay * (weights[index] ?? 0));
    bias -= (rate * biasGradient) / examples.length;
  }
  return { weights, bias };
}

function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let index = 0; index < a.length; index++) sum += (a[index] ?? 0) * (b[index] ?? 0);
  return sum;
}
