import { describe, expect, it } from 'vitest';
import {
  cellIndices,
  confidentMistakes,
  confusionMatrix,
  perClassAccuracy,
  worstConfusion,
} from './confusion';

const labels = [0, 0, 1, 1, 1, 2];
const predicted = [0, 1, 1, 1, 2, 2];
// prettier-ignore
const probs = [
  0.9, 0.1, 0,   0.4, 0.6, 0,   0, 1, 0,
  0, 0.8, 0.2,   0, 0.3, 0.7,   0, 0, 1,
];

describe('confusion', () => {
  it('counts true × predicted and reads per-class accuracy off the diagonal', () => {
    const m = confusionMatrix(labels, predicted, 3);
    expect(m).toEqual([
      [1, 1, 0],
      [0, 2, 1],
      [0, 0, 1],
    ]);
    expect(perClassAccuracy(m)).toEqual([0.5, 2 / 3, 1]);
    expect(m.flat().reduce((a, b) => a + b, 0)).toBe(labels.length);
  });
  it('finds a cell’s digits and the most confident mistakes', () => {
    expect(cellIndices(labels, predicted, 1, 1, 10)).toEqual([2, 3]);
    expect(cellIndices(labels, predicted, 1, 1, 1)).toEqual([2]);
    expect(confidentMistakes(labels, predicted, probs, 5, 3)).toEqual([4, 1]);
    expect(worstConfusion(confusionMatrix(labels, predicted, 3))).toEqual([0, 1, 1]);
  });
});
