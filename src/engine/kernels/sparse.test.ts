import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { matmulSparseNN, matmulSparseNT, matmulSparseTN } from './sparse';

/** Textbook triple loop in float64 over element getters, the independent reference for every layout. */
function naive(
  at: (i: number, p: number) => number,
  bt: (p: number, j: number) => number,
  m: number,
  k: number,
  n: number,
): Float64Array {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) for (let p = 0; p < k; p++) out[i * n + j] += at(i, p) * bt(p, j);
  return out;
}

function random(n: number, seed: number, zeros: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => (rng.next() < zeros ? 0 : rng.normal()));
}

function expectClose(got: Float64Array, want: Float64Array): void {
  expect(got.length).toBe(want.length);
  got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 10));
}

// Edge sizes: 1, below/above the 4- and 8-wide unrolls, and MNIST-like 784 → 13 columns.
const SHAPES = [
  [1, 1, 1],
  [2, 3, 5],
  [5, 7, 9],
  [8, 8, 8],
  [6, 17, 15],
  [13, 31, 3],
  [3, 784, 13],
];

describe('zero-skipping matmul kernels agree with the textbook triple loop', () => {
  for (const [m, k, n] of SHAPES) {
    for (const [zerosA, zerosB] of [
      [0, 0],
      [0.8, 0],
      [0.5, 0.8],
      [0.95, 0.95],
    ]) {
      it(`[${m},${k}]·[${k},${n}], zeros A ${zerosA}, B ${zerosB}: NN, NT and TN`, () => {
        const a = random(m * k, 7 * m + k, zerosA);
        const b = random(k * n, 3 * n + k, zerosB);
        // a as [m,k] row-major; for TN the same numbers read as Aᵀ stored [k,m].
        const nn = new Float64Array(m * n);
        matmulSparseNN(a, b, nn, m, k, n);
        expectClose(
          nn,
          naive(
            (i, p) => a[i * k + p],
            (p, j) => b[p * n + j],
            m,
            k,
            n,
          ),
        );
        // b read as stored [n,k] for NT.
        const nt = new Float64Array(m * n);
        matmulSparseNT(a, b, nt, m, k, n);
        expectClose(
          nt,
          naive(
            (i, p) => a[i * k + p],
            (p, j) => b[j * k + p],
            m,
            k,
            n,
          ),
        );
        // a read as stored [k,m] for TN (output [m,n] with m↔k roles: a holds k·m numbers).
        const tn = new Float64Array(k * n);
        const bk = random(m * n, 5 * n + m, zerosB);
        matmulSparseTN(a, bk, tn, k, m, n);
        expectClose(
          tn,
          naive(
            (i, p) => a[p * k + i],
            (p, j) => bk[p * n + j],
            k,
            m,
            n,
          ),
        );
      });
    }
  }

  it('accumulates into out and leaves all-zero rows of A untouched', () => {
    const out = Float64Array.from([1, 2, 3, 4]);
    // A = [[0,0],[1,2]], B stored [n,k] = [[1,1],[3,-1]] → A·Bᵀ = [[0,0],[3,1]].
    matmulSparseNT(Float64Array.from([0, 0, 1, 2]), Float64Array.from([1, 1, 3, -1]), out, 2, 2, 2);
    expect(Array.from(out)).toEqual([1, 2, 6, 5]);
  });

  it('TN: Aᵀ·B of a single non-zero pair is one scaled entry', () => {
    // A stored [k=2, m=3], B [k=2, n=2]; only A[1,2] = 2 and B[1,0] = 5 are non-zero → out[2,0] = 10.
    const out = new Float64Array(6);
    matmulSparseTN(
      Float64Array.from([0, 0, 0, 0, 0, 2]),
      Float64Array.from([0, 0, 5, 0]),
      out,
      3,
      2,
      2,
    );
    expect(Array.from(out)).toEqual([0, 0, 0, 0, 10, 0]);
  });
});
