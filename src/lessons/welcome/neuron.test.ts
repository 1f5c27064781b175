import { describe, expect, it } from 'vitest';
import { NEURON_B, NEURON_X, neuronGradient, neuronOutput, readNeuron } from './neuron';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('the welcome neuron', () => {
  it('computes σ(wx + b) and ∂y/∂w = x·σ(1 − σ) with the engine, for weights across the slider', () => {
    for (const w of [-4, -1.3, 0, 0.5, 1, 2.75, 4]) {
      const s = sigmoid(w * NEURON_X + NEURON_B);
      const r = readNeuron(w);
      expect(r.y).toBeCloseTo(s, 12);
      expect(r.gradW).toBeCloseTo(NEURON_X * s * (1 - s), 12);
      expect(neuronOutput(w)).toBeCloseTo(r.y, 14);
      expect(neuronGradient(w)).toBeCloseTo(r.gradW, 14);
    }
  });

  it('agrees with a central finite difference', () => {
    for (const w of [-3, -0.5, 0, 0.5, 2.5]) {
      const r = readNeuron(w);
      expect(Math.abs(r.gradW - r.numericGradW)).toBeLessThan(1e-8);
    }
  });

  it('is steepest in w where wx + b = 0', () => {
    const wPeak = -NEURON_B / NEURON_X;
    expect(neuronGradient(wPeak)).toBeGreaterThan(neuronGradient(wPeak + 0.5));
    expect(neuronGradient(wPeak)).toBeGreaterThan(neuronGradient(wPeak - 0.5));
  });
});
