import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { matmulNN, matmulNT, matmulTN, transpose2d } from './matmul';

/** Textbook triple loop in float64, the independent reference. */
function naive(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++)
      for (let p = 0; p < k; p++) out[i * n + j] += a[i * k + p] * b[p * n + j];
  return out;
}

function random(n: number, seed: number, zeros: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => (rng.next() < zeros ? 0 : rng.normal()));
}

describe('matmul kernels agree with the textbook triple loop', () => {
  const shapes = [
    [1, 1, 1],
    [3, 5, 2],
    [4, 4, 4],
    [9, 7, 13],
    [17, 33, 10],
  ];
  for (const [m, k, n] of shapes) {
    for (const [zeros, zerosB] of [
      [0, 0],
      [0.85, 0],
      [0, 0.85],
    ]) {
      it(`[${m},${k}]·[${k},${n}] with ${zeros * 100}% / ${zerosB * 100}% zeros: NN, NT and TN`, () => {
        const a = random(m * k, m + k, zeros);
        const b = random(k * n, n + 1, zerosB);
        const want = naive(a, b, m, k, n);
        const nn = new Float64Array(m * n);
        matmulNN(a, b, nn, m, k, n);
        const bt = new Float64Array(k * n);
        transpose2d(b, bt, k, n);
        const nt = new Float64Array(m * n);
        matmulNT(a, bt, nt, m, k, n);
        const at = new Float64Array(m * k);
        transpose2d(a, at, m, k);
        const tn = new Float64Array(m * n);
        matmulTN(at, b, tn, m, k, n);
        for (const got of [nn, nt, tn]) got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 10));
      });
    }
  }

  it('accumulates into out instead of overwriting it', () => {
    const out = Float64Array.from([1, 1, 1, 1]);
    matmulNN(Float64Array.from([1, 0, 0, 1]), Float64Array.from([2, 3, 4, 5]), out, 2, 2, 2);
    expect(Array.from(out)).toEqual([3, 4, 5, 6]);
  });
});
