import { describe, expect, it } from 'vitest';
import { GRID, probePoints, toyData, toyView, type ToySettings } from './toy-config';

const SETTINGS: ToySettings = {
  ds: 'xor', noise: 0.1, split: 50, layers: 1, width: 3, act: 'relu', lr: 0.1, batch: 10, seed: 4,
}; // prettier-ignore

describe('toyView', () => {
  it("takes each neuron's map from the grid part of its run of values", () => {
    const { train, test } = toyData(SETTINGS);
    const n = probePoints(train, test).length / 2;
    const cells = GRID * GRID;
    // Neuron after neuron: value = neuron · 10⁵ + point index.
    const hidden = Float32Array.from(
      { length: 3 * n },
      (_, i) => Math.floor(i / n) * 1e5 + (i % n),
    );
    const logits = new Float32Array(n * train.classes);
    const view = toyView({ widths: [3], hidden: [hidden], logits }, train, test);
    expect(view.neurons).toHaveLength(1);
    expect(view.neurons[0].map((m) => m.length)).toEqual([cells, cells, cells]);
    expect(view.neurons[0].map((m) => [m[0], m[cells - 1]])).toEqual([
      [0, cells - 1],
      [1e5, 1e5 + cells - 1],
      [2e5, 2e5 + cells - 1],
    ]);
  });
});
