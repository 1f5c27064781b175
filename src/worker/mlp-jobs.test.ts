import { describe, expect, it } from 'vitest';
import { createRng, mlp, noGrad, tensor } from '../engine';
import { makeToy } from '../data/toy';
import { toyClassification } from './samples';
import { collapseCheck, gridActivations } from './mlp-jobs';

describe('gridActivations', () => {
  it('returns each hidden layer after its activation, and the network output', () => {
    const net = mlp([2, 3, 4, 2], { activation: 'relu', rng: createRng(5) });
    const points = new Float32Array([0.1, -0.2, 0.7, 0.4]);
    const g = gridActivations(net, points);
    expect(g.widths).toEqual([3, 4]);
    expect(g.hidden[0]).toHaveLength(6);
    expect(Math.min(...g.hidden[0])).toBeGreaterThanOrEqual(0);
    const first = noGrad(() =>
      net.modules[1].forward(net.modules[0].forward(tensor([[0.1, -0.2]]))),
    );
    // Neuron after neuron: neuron j at point 0 is at j * 2 (two points).
    expect([0, 1, 2].map((j) => g.hidden[0][j * 2])).toEqual(Array.from(first.data));
    const second = noGrad(() =>
      net.modules[1].forward(net.modules[0].forward(tensor([[0.7, 0.4]]))),
    );
    expect([0, 1, 2].map((j) => g.hidden[0][j * 2 + 1])).toEqual(Array.from(second.data));
    const out = noGrad(() => net.forward(tensor([[0.7, 0.4]]))).data;
    expect(Array.from(g.logits.slice(2, 4))).toEqual(Array.from(out));
  });

  it('rejects an odd number of coordinates', () => {
    const net = mlp([2, 3, 2], { activation: 'relu', rng: createRng(5) });
    expect(() => gridActivations(net, new Float32Array(3))).toThrow(/pairs/);
  });
});

describe('collapseCheck', () => {
  const set = toyClassification(makeToy('xor', { n: 50, seed: 2 }));
  it('finds the identity stack equal to one matrix at float32 precision', () => {
    const net = mlp([2, 16, 16, 2], { activation: 'identity', rng: createRng(1) });
    const c = collapseCheck(net, set, 50);
    expect(c.isLinearStack).toBe(true);
    expect(c.shape).toEqual([2, 2]);
    expect(c.maxDifference).toBeLessThan(1e-5);
    expect(c.sameClass).toBe(1);
  });

  it('finds a ReLU network far from the product of its matrices', () => {
    const net = mlp([2, 16, 16, 2], { activation: 'relu', rng: createRng(1) });
    const c = collapseCheck(net, set, 50);
    expect(c.isLinearStack).toBe(false);
    expect(c.maxDifference).toBeGreaterThan(0.05);
  });
});
