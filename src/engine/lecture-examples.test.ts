import { describe, expect, it } from 'vitest';
import { scalar, exportGraph, type Tensor } from './index';

describe("the lecture's scalar example: f = w1·x, g = relu(f), ŷ = w2·g, L = ½(ŷ − y)²", () => {
  const build = () => {
    const x = scalar(5, { label: 'x' });
    const w1 = scalar(1, { requiresGrad: true, label: 'w1' });
    const w2 = scalar(2, { requiresGrad: true, label: 'w2' });
    const y = scalar(2, { label: 'y' });
    const f = w1.mul(x);
    const g = f.relu();
    const yHat = w2.mul(g);
    const loss = yHat.halfSquaredError(y);
    return { x, w1, w2, f, g, yHat, loss };
  };

  it('gives ŷ = 10, L = 32, ∂L/∂w1 = x·1·w2·(ŷ−y) = 5·1·2·8 = 80 and ∂L/∂w2 = g·(ŷ−y) = 40', () => {
    const { w1, w2, yHat, loss, g } = build();
    loss.backward();
    expect(yHat.item()).toBe(10);
    expect(loss.item()).toBe(32);
    expect(w1.grad!.item()).toBe(80);
    expect(w2.grad!.item()).toBe(40);
    expect(yHat.grad!.item()).toBe(8);
    expect(g.grad!.item()).toBe(16);
  });

  it('accumulates gradients over two backward passes until zeroGrad', () => {
    const { w1, loss } = build();
    loss.backward();
    loss.backward();
    expect(w1.grad!.item()).toBe(160);
    w1.zeroGrad();
    expect(w1.grad!.item()).toBe(0);
  });

  it('gives zero gradient to w1 when the relu is off (w1 = −1)', () => {
    const x = scalar(5);
    const w1 = scalar(-1, { requiresGrad: true });
    const loss = scalar(2, { requiresGrad: true })
      .mul(w1.mul(x).relu())
      .halfSquaredError(scalar(2));
    loss.backward();
    expect(Math.abs(w1.grad!.item())).toBe(0);
  });
});

describe("CS231n's sigmoid circuit: f = 1/(1 + e^{−(w0·x0 + w1·x1 + w2)})", () => {
  // Hand computation: w·x + b = 2·(−1) + (−3)·(−2) + (−3) = 1, σ(1) = 0.731059, σ(1−σ) = 0.196612.
  const S = 1 / (1 + Math.exp(-1));
  const D = S * (1 - S);
  const inputs = () => ({
    w0: scalar(2, { dtype: 'float64', requiresGrad: true }),
    x0: scalar(-1, { dtype: 'float64', requiresGrad: true }),
    w1: scalar(-3, { dtype: 'float64', requiresGrad: true }),
    x1: scalar(-2, { dtype: 'float64', requiresGrad: true }),
    w2: scalar(-3, { dtype: 'float64', requiresGrad: true }),
  });
  const grads = (v: Record<string, Tensor>) => Object.values(v).map((t) => t.grad!.item());
  // ∂f/∂w0 = x0·D, ∂f/∂x0 = w0·D, ∂f/∂w1 = x1·D, ∂f/∂x1 = w1·D, ∂f/∂w2 = D.
  const expected = [-1 * D, 2 * D, -2 * D, -3 * D, D];

  it('gate by gate (×, +, ×−1, exp, +1, 1/x) gives 0.7311 and dx = [0.3932, −0.5898], dw = [−0.1966, −0.3932, 0.1966]', () => {
    const v = inputs();
    const dot = v.w0.mul(v.x0).add(v.w1.mul(v.x1)).add(v.w2);
    const f = dot.mul(-1).exp().add(1).reciprocal();
    f.backward();
    expect(f.item()).toBeCloseTo(0.7311, 4);
    grads(v).forEach((g, i) => expect(g).toBeCloseTo(expected[i], 12));
    expect(v.x0.grad!.item()).toBeCloseTo(0.3932, 4);
    expect(v.x1.grad!.item()).toBeCloseTo(-0.5898, 4);
  });

  it('the fused sigmoid gate gives the same value and gradients with local derivative σ(1−σ)', () => {
    const v = inputs();
    const dot = v.w0.mul(v.x0).add(v.w1.mul(v.x1)).add(v.w2);
    const f = dot.sigmoid();
    f.backward();
    expect(f.item()).toBeCloseTo(S, 12);
    grads(v).forEach((g, i) => expect(g).toBeCloseTo(expected[i], 12));
    const sigmoidNode = exportGraph(f).nodes.find((n) => n.op === 'sigmoid' && n.kind === 'op')!;
    expect(sigmoidNode.localGradTexNumeric![0]).toContain('0.1966');
  });

  it('constants become labelled leaves that need no gradient', () => {
    const v = inputs();
    const f = v.w0.mul(-1);
    const constant = f.parents[1];
    expect(constant.label).toBe('-1');
    expect(constant.requiresGrad).toBe(false);
    expect(constant.dtype).toBe('float64');
  });
});
