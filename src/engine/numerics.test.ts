import { describe, expect, it } from 'vitest';
import {
  finiteDifference,
  gradcheck,
  jacobian,
  numericGrad,
  numericJacobian,
  scalar,
  tensor,
} from './index';

describe('finiteDifference', () => {
  // f = x³ at x = 2, f' = 12. Forward: ((2+h)³ − 8)/h = 12 + 6h + h²; central: 12 + h².
  const cube = (x: number) => x ** 3;
  it('forward differences are off by O(h), central by O(h²)', () => {
    expect(finiteDifference(cube, 2, 1e-3, 'forward')).toBeCloseTo(12.006001, 6);
    expect(finiteDifference(cube, 2, 1e-3, 'central')).toBeCloseTo(12.000001, 6);
  });
});

describe('numericGrad', () => {
  it('matches the closed form of L = Σ a·b² (∂/∂a = b², ∂/∂b = 2ab)', () => {
    const a = tensor([1, -2]);
    const b = tensor([3, 0.5]);
    const [ga, gb] = numericGrad((x, y) => x.mul(y.pow(2)).sum(), [a, b]);
    expect(ga.dtype).toBe('float64');
    ga.toArray().forEach((v, i) => expect(v).toBeCloseTo([9, 0.25][i], 7));
    gb.toArray().forEach((v, i) => expect(v).toBeCloseTo([6, -2][i], 7));
  });
});

describe('gradcheck', () => {
  it('passes a long mixed expression and reports per-input errors', () => {
    const x = tensor([
      [0.5, -1.2, 2.0],
      [0.3, 0.8, -0.4],
    ]);
    const w = tensor([
      [0.1, 0.4],
      [-0.7, 0.2],
      [0.5, -0.3],
    ]);
    const f = (a: typeof x, b: typeof w) =>
      a.matmul(b).tanh().mul(a.sum(1, true)).sigmoid().add(a.mean()).exp().log().pow(2).sum();
    const result = gradcheck(f, [x, w]);
    expect(result.ok).toBe(true);
    expect(result.perInput).toHaveLength(2);
    expect(result.maxRelError).toBeLessThan(1e-7);
  });
});

describe('Jacobians (the lecture’s vector differentiation)', () => {
  it('∂(W g)/∂g = W: an M×N "output × input" matrix', () => {
    const W = tensor(
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      { dtype: 'float64' },
    );
    const g = tensor([0.5, -1, 2], { dtype: 'float64' });
    const J = jacobian((v) => W.matmul(v), g);
    expect(J.shape).toEqual([2, 3]);
    expect(J.toNested()).toEqual(W.toNested());
  });

  it('elementwise h = f ⊙ g: ∂h/∂f = diag(g), and the numeric Jacobian agrees', () => {
    const g = tensor([2, -3, 0.5], { dtype: 'float64' });
    const f = tensor([1, 1, 1], { dtype: 'float64' });
    const J = jacobian((v) => v.mul(g), f);
    expect(J.shape).toEqual([3, 3]);
    // NOTE: + 0 turns the −0 that 0·(−3) produces into +0 for the deep equality.
    expect(J.toArray().map((v) => v + 0)).toEqual([2, 0, 0, 0, -3, 0, 0, 0, 0.5]);
    const N = numericJacobian((v) => v.mul(g), f);
    N.toArray().forEach((v, i) => expect(v).toBeCloseTo(J.data[i], 8));
  });

  it('of a scalar function is its gradient row', () => {
    const J = jacobian((v) => v.pow(2).sum(), tensor([3, -1], { dtype: 'float64' }));
    expect(J.toNested()).toEqual([[6, -2]]);
    expect(() => jacobian(() => scalar(1), tensor([1]))).toThrow(/does not depend on x/);
  });
});
