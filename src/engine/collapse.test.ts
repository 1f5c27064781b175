import { describe, expect, it } from 'vitest';
import { applyCollapsed, collapseLinear } from './collapse';
import { createRng, mlp, noGrad, randn } from './index';

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('collapseLinear', () => {
  it('gives the same outputs as the deep identity network (float64 and float32)', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const net = mlp([6, 5, 4, 3], { activation: 'identity', rng: createRng(3), dtype });
      const x = randn([7, 6], createRng(9), { dtype });
      const deep = noGrad(() => net.forward(x)).data;
      const flat = applyCollapsed(collapseLinear(net), x).data;
      expect(maxAbsDiff(deep, flat)).toBeLessThan(dtype === 'float64' ? 1e-12 : 1e-5);
    }
  });

  it('is W2·W1 with bias W2 b1 + b2 (closed form)', () => {
    const net = mlp([2, 2, 1], { activation: 'identity', rng: createRng(1), dtype: 'float64' });
    const [l1, , l2] = net.modules as unknown as {
      weight: { data: Float64Array };
      bias: { data: Float64Array };
    }[];
    l1.bias.data.set([0.5, -1]);
    l2.bias.data.set([2]);
    const [a, b, c, d] = l1.weight.data;
    const [p, q] = l2.weight.data;
    const col = collapseLinear(net);
    expect(Array.from(col.weight.data)).toEqual([p * a + q * c, p * b + q * d]);
    expect(col.bias.data[0]).toBeCloseTo(p * 0.5 - q + 2, 12);
  });

  it('refuses a network with a non-linearity', () => {
    const net = mlp([3, 4, 2], { activation: 'relu', rng: createRng(1) });
    expect(() => collapseLinear(net)).toThrow(/identity/);
  });
});
