import { sigmoid } from '../../dialogs/answerPolicy';
import { fitLogistic } from '../../evals/logisticFit';

describe('fitting the answer model (logistic regression)', () => {
  it('learns which evidence tells right from wrong, and how much', () => {
    // Right answers have high coverage; the second feature is noise.
    const examples = Array.from({ length: 200 }, (_, index) => {
      const coverage = (index % 20) / 19;
      return { features: [coverage, ((index * 7919) % 13) / 12], positive: coverage > 0.5 };
    });
    const { weights, bias } = fitLogistic(examples);
    expect(weights[0]).toBeGreaterThan(5);
    expect(Math.abs(weights[1] ?? 0)).toBeLessThan(1);
    const predict = (features: number[]) => sigmoid(bias + (weights[0] ?? 0) * (features[0] ?? 0) + (weights[1] ?? 0) * (features[1] ?? 0));
    expect(predict([0.9, 0.5])).toBeGreaterThan(0.8);
    expect(predict([0.1, 0.5])).toBeLessThan(0.2);
  });
});
