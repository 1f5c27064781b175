import { describe, expect, it } from 'vitest';
import { NEURON_B, NEURON_X, readNeuron } from './neuron';

describe('the welcome neuron', () => {
  it('matches σ(wx + b) and its derivative x·σ(1 − σ), worked by hand', () => {
    // w = 1: wx + b = 2 − 1 = 1, σ(1) = 1/(1 + e⁻¹).
    const s = 1 / (1 + Math.exp(-1));
    const r = readNeuron(1);
    expect(NEURON_X * 1 + NEURON_B).toBe(1);
    expect(r.y).toBeCloseTo(s, 12);
    expect(r.gradW).toBeCloseTo(NEURON_X * s * (1 - s), 12);
  });

  it('agrees with a central finite difference', () => {
    for (const w of [-3, -0.5, 0, 0.5, 2.5]) {
      const r = readNeuron(w);
      expect(Math.abs(r.gradW - r.numericGradW)).toBeLessThan(1e-8);
    }
  });
});
