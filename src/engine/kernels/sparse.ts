import type { FloatArray } from '../op-types';

// NOTE: every kernel here skips the zero entries of a sparse operand (MNIST pixels are ~80% zeros,
// ReLU outputs and their gradients ~50%). A skipped 0 times an infinite entry of the other operand
// contributes 0 here instead of NaN; non-zero entries still propagate Inf and NaN.

/** Gathered non-zeros of one row: scaled column offsets and values, grown on demand (never shrunk). */
interface Gathered {
  /** Column index of each non-zero, times the stride given to `gather`. */
  idx: Int32Array;
  /** The non-zero values, in float64 so the accumulation rounds once per output entry. */
  val: Float64Array;
}

const rowA: Gathered = { idx: new Int32Array(0), val: new Float64Array(0) };
const rowB: Gathered = { idx: new Int32Array(0), val: new Float64Array(0) };

/** Collects the non-zeros of src[off…off+len) into `into` (offsets p·stride); returns their count. */
function gather(src: FloatArray, off: number, len: number, stride: number, into: Gathered): number {
  if (into.idx.length < len) {
    into.idx = new Int32Array(len);
    into.val = new Float64Array(len);
  }
  const { idx, val } = into;
  let cnt = 0;
  for (let p = 0; p < len; p++) {
    const v = src[off + p];
    if (v !== 0) {
      idx[cnt] = p * stride;
      val[cnt++] = v;
    }
  }
  return cnt;
}

/** out[o…o+n) += Σ_q val[q] · B[idx[q] …] over the `cnt` gathered non-zeros of one row of A. */
// prettier-ignore
function axpyRows(b: FloatArray, out: FloatArray, o: number, n: number, g: Gathered, cnt: number): void {
  const { idx, val } = g;
  let q = 0;
  // NOTE: eight (then four) B rows per pass: one load/store of the output row feeds several multiply-adds.
  for (; q + 8 <= cnt; q += 8) {
    const a0 = val[q], a1 = val[q + 1], a2 = val[q + 2], a3 = val[q + 3];
    const a4 = val[q + 4], a5 = val[q + 5], a6 = val[q + 6], a7 = val[q + 7];
    const b0 = idx[q], b1 = idx[q + 1], b2 = idx[q + 2], b3 = idx[q + 3];
    const b4 = idx[q + 4], b5 = idx[q + 5], b6 = idx[q + 6], b7 = idx[q + 7];
    for (let j = 0; j < n; j++) {
      out[o + j] +=
        a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j] +
        a4 * b[b4 + j] + a5 * b[b5 + j] + a6 * b[b6 + j] + a7 * b[b7 + j];
    }
  }
  for (; q + 4 <= cnt; q += 4) {
    const a0 = val[q], a1 = val[q + 1], a2 = val[q + 2], a3 = val[q + 3];
    const b0 = idx[q], b1 = idx[q + 1], b2 = idx[q + 2], b3 = idx[q + 3];
    for (let j = 0; j < n; j++) out[o + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
  }
  for (; q < cnt; q++) {
    const av = val[q];
    const bRow = idx[q];
    for (let j = 0; j < n; j++) out[o + j] += av * b[bRow + j];
  }
}

/** out[m,n] += A[m,k] · B[k,n], row by row over the non-zero entries of A only. */
export function matmulSparseNN(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
): void {
  for (let i = 0; i < m; i++) {
    const cnt = gather(a, i * k, k, n, rowA);
    axpyRows(b, out, i * n, n, rowA, cnt);
  }
}

/** out[o + j] += Σ_q val[q] · B[j, idx[q]] for every j < n: dot products of one gathered row with B's rows. */
// prettier-ignore
function dotRows(b: FloatArray, out: FloatArray, o: number, n: number, k: number, g: Gathered, cnt: number): void {
  const { idx, val } = g;
  let j = 0;
  // NOTE: eight rows of B per pass: each gathered (index, value) pair is loaded once for eight multiply-adds.
  for (; j + 8 <= n; j += 8) {
    const r0 = j * k, r1 = r0 + k, r2 = r1 + k, r3 = r2 + k, r4 = r3 + k, r5 = r4 + k, r6 = r5 + k, r7 = r6 + k;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    for (let q = 0; q < cnt; q++) {
      const p = idx[q], v = val[q];
      s0 += v * b[r0 + p]; s1 += v * b[r1 + p]; s2 += v * b[r2 + p]; s3 += v * b[r3 + p];
      s4 += v * b[r4 + p]; s5 += v * b[r5 + p]; s6 += v * b[r6 + p]; s7 += v * b[r7 + p];
    }
    out[o + j] += s0; out[o + j + 1] += s1; out[o + j + 2] += s2; out[o + j + 3] += s3;
    out[o + j + 4] += s4; out[o + j + 5] += s5; out[o + j + 6] += s6; out[o + j + 7] += s7;
  }
  for (; j < n; j++) {
    const r = j * k;
    let s = 0;
    for (let q = 0; q < cnt; q++) s += val[q] * b[r + idx[q]];
    out[o + j] += s;
  }
}

/**
 * out[m,n] += A[m,k] · Bᵀ where B is stored [n,k], skipping A's zeros and reading B in its own layout:
 * out[i,j] is the dot product of A's row i (its non-zeros, gathered once) with B's contiguous row j.
 */
export function matmulSparseNT(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
): void {
  for (let i = 0; i < m; i++) {
    const cnt = gather(a, i * k, k, 1, rowA);
    if (cnt > 0) dotRows(b, out, i * n, n, k, rowA, cnt);
  }
}

/** out[ai[u] + bi[q]] += av[u] · bv[q] for all gathered pairs: one rank-1 update of the non-zero blocks. */
// prettier-ignore
function scatterOuter(out: FloatArray, ga: Gathered, ca: number, gb: Gathered, cb: number): void {
  const ai = ga.idx, av = ga.val, bi = gb.idx, bv = gb.val;
  let u = 0;
  // NOTE: eight output rows per pass: each gathered (index, value) pair of B is loaded once for eight updates.
  for (; u + 8 <= ca; u += 8) {
    const o0 = ai[u], o1 = ai[u + 1], o2 = ai[u + 2], o3 = ai[u + 3];
    const o4 = ai[u + 4], o5 = ai[u + 5], o6 = ai[u + 6], o7 = ai[u + 7];
    const g0 = av[u], g1 = av[u + 1], g2 = av[u + 2], g3 = av[u + 3];
    const g4 = av[u + 4], g5 = av[u + 5], g6 = av[u + 6], g7 = av[u + 7];
    for (let q = 0; q < cb; q++) {
      const p = bi[q], v = bv[q];
      out[o0 + p] += g0 * v; out[o1 + p] += g1 * v; out[o2 + p] += g2 * v; out[o3 + p] += g3 * v;
      out[o4 + p] += g4 * v; out[o5 + p] += g5 * v; out[o6 + p] += g6 * v; out[o7 + p] += g7 * v;
    }
  }
  for (; u < ca; u++) {
    const o0 = ai[u], g0 = av[u];
    for (let q = 0; q < cb; q++) out[o0 + bi[q]] += g0 * bv[q];
  }
}

/**
 * out[m,n] += Aᵀ · B where A is stored [k,m] and B is [k,n], as a sum of k outer products of row p of A
 * with row p of B over their non-zeros only: no transposed copy of either operand.
 */
export function matmulSparseTN(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
): void {
  for (let p = 0; p < k; p++) {
    const cb = gather(b, p * n, n, 1, rowB);
    if (cb === 0) continue;
    const ca = gather(a, p * m, m, n, rowA);
    scatterOuter(out, rowA, ca, rowB, cb);
  }
}
