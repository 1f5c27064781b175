/**
 * The student's own hand-written rule for telling two digit classes apart: the ink in a band of
 * rows against a threshold, scored on the test digits of the two classes. Plain arithmetic on
 * pixel arrays, the kind of rule a programmer would write by hand.
 */
import { MNIST_PIXELS, MNIST_SIDE, toUnit } from '../../data/mnist-shape';
import type { MnistDataset } from '../../data/mnist-types';

/** Rows per band. */
export const BAND_ROWS = 6;

/** A rule: "call it `whenMore` if the ink in rows [row0, row0 + BAND_ROWS) is at least `threshold`". */
export interface HandRule {
  /** First row of the band (0 … 28 − BAND_ROWS). */
  row0: number;
  /** Ink threshold in full pixels (sum of grey levels / 255). */
  threshold: number;
  /** The class called when the band holds at least that much ink. */
  whenMore: number;
  /** The class called otherwise. */
  whenLess: number;
}

/** Ink of image `index` in rows [row0, row0 + BAND_ROWS), in full pixels. */
export function bandInk(data: MnistDataset, index: number, row0: number): number {
  const r0 = Math.max(0, Math.min(MNIST_SIDE - BAND_ROWS, Math.round(row0)));
  const start = index * MNIST_PIXELS + r0 * MNIST_SIDE;
  let sum = 0;
  for (let j = 0; j < BAND_ROWS * MNIST_SIDE; j++) sum += data.images[start + j];
  return toUnit(sum);
}

/** How the rule does on every test digit of its two classes. */
export interface RuleScore {
  /** Digits of either class. */
  total: number;
  /** Those the rule labels correctly. */
  correct: number;
  /** correct / total (NaN without digits). */
  accuracy: number;
}

/** Scores the rule on all digits of `data` labelled `whenMore` or `whenLess`. */
export function scoreRule(data: MnistDataset, rule: HandRule): RuleScore {
  let total = 0;
  let correct = 0;
  for (let i = 0; i < data.count; i++) {
    const label = data.labels[i];
    if (label !== rule.whenMore && label !== rule.whenLess) continue;
    total++;
    const called = bandInk(data, i, rule.row0) >= rule.threshold ? rule.whenMore : rule.whenLess;
    if (called === label) correct++;
  }
  return { total, correct, accuracy: total > 0 ? correct / total : Number.NaN };
}
