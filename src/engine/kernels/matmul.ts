import type { FloatArray } from '../op-types';
import { dtypeOf } from '../storage';
import { scratch } from './scratch';
import { matmulSparseNN, matmulSparseNT, matmulSparseTN } from './sparse';
import { isSparse } from './sparsity';
import { wasmMatmul } from './wasm/matmul-wasm';

export { isSparse };

/** True when the register-blocked kernel beats the zero-skipping one: one full 4×4 block fits and A is dense. */
function prefersBlocked(a: FloatArray, m: number, k: number, n: number): boolean {
  return m >= 4 && n >= 4 && !isSparse(a, m * k);
}

/** Packs B into 4-column panels: panel[(jb·k + p)·4 + c] = B[p, 4jb + c]; `transposed` reads B stored [n,k]. */
function packPanels(b: FloatArray, k: number, n: number, transposed: boolean): FloatArray {
  const nb = n >> 2;
  const panel = scratch(dtypeOf(b), nb * k * 4, 1);
  for (let jb = 0; jb < nb; jb++) {
    for (let p = 0; p < k; p++) {
      const d = (jb * k + p) * 4;
      for (let c = 0; c < 4; c++)
        panel[d + c] = transposed ? b[(jb * 4 + c) * k + p] : b[p * n + jb * 4 + c];
    }
  }
  return panel;
}

/** One 4×4 block of C += A·B from packed panels, accumulated in registers (kept compact: prettier-ignore). */
// prettier-ignore
function block4x4(a: FloatArray, panel: FloatArray, out: FloatArray, i: number, jb: number, k: number, n: number): void {
  const a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  let q = jb * k * 4;
  for (let p = 0; p < k; p++, q += 4) {
    const b0 = panel[q], b1 = panel[q + 1], b2 = panel[q + 2], b3 = panel[q + 3];
    const x0 = a[a0 + p], x1 = a[a1 + p], x2 = a[a2 + p], x3 = a[a3 + p];
    c00 += x0 * b0; c01 += x0 * b1; c02 += x0 * b2; c03 += x0 * b3;
    c10 += x1 * b0; c11 += x1 * b1; c12 += x1 * b2; c13 += x1 * b3;
    c20 += x2 * b0; c21 += x2 * b1; c22 += x2 * b2; c23 += x2 * b3;
    c30 += x3 * b0; c31 += x3 * b1; c32 += x3 * b2; c33 += x3 * b3;
  }
  let o = i * n + jb * 4;
  out[o] += c00; out[o + 1] += c01; out[o + 2] += c02; out[o + 3] += c03; o += n;
  out[o] += c10; out[o + 1] += c11; out[o + 2] += c12; out[o + 3] += c13; o += n;
  out[o] += c20; out[o + 1] += c21; out[o + 2] += c22; out[o + 3] += c23; o += n;
  out[o] += c30; out[o + 1] += c31; out[o + 2] += c32; out[o + 3] += c33;
}

/** The rows and columns the 4×4 blocks do not cover, as plain dot products. */
function edges(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
  transposed: boolean,
): void {
  const m4 = m & ~3;
  const n4 = n & ~3;
  const at = (p: number, j: number): number => (transposed ? b[j * k + p] : b[p * n + j]);
  for (let i = 0; i < m; i++) {
    for (let j = i < m4 ? n4 : 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a[i * k + p] * at(p, j);
      out[i * n + j] += s;
    }
  }
}

/** Dense out[m,n] += A·B with 4×4 register blocking over packed B panels (B stored [n,k] when transposed). */
function matmulBlocked(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
  transposed: boolean,
): void {
  // NOTE: 16 accumulators in registers per 4×4 block: 8 loads feed 16 multiply-adds, instead of 3 memory ops per one.
  const panel = packPanels(b, k, n, transposed);
  const nb = n >> 2;
  for (let i = 0; i + 4 <= m; i += 4)
    for (let jb = 0; jb < nb; jb++) block4x4(a, panel, out, i, jb, k, n);
  edges(a, b, out, m, k, n, transposed);
}

/** out[m,n] += A[m,k] · B[k,n]: wasm SIMD kernels when selected (float32), else zero-skipping for sparse A or register-blocked. */
export function matmulNN(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
): void {
  if (wasmMatmul('nn', a, b, out, m, k, n)) return;
  if (prefersBlocked(a, m, k, n)) matmulBlocked(a, b, out, m, k, n, false);
  else matmulSparseNN(a, b, out, m, k, n);
}

/** Writes the transpose of src [rows, cols] into dst [cols, rows]. */
export function transpose2d(src: FloatArray, dst: FloatArray, rows: number, cols: number): void {
  // NOTE: 16×16 tiles keep both the reads and the writes within a few cache lines.
  const T = 16;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(r0 + T, rows);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(c0 + T, cols);
      for (let r = r0; r < r1; r++)
        for (let c = c0; c < c1; c++) dst[c * rows + r] = src[r * cols + c];
    }
  }
}

/** out[m,n] += A[m,k] · Bᵀ where B is stored [n,k]: both kernels read B in its own layout (no transposed copy). */
export function matmulNT(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
): void {
  if (wasmMatmul('nt', a, b, out, m, k, n)) return;
  if (prefersBlocked(a, m, k, n)) matmulBlocked(a, b, out, m, k, n, true);
  else matmulSparseNT(a, b, out, m, k, n);
}

/**
 * out[m,n] += Aᵀ · B where A is stored [k,m] and B is [k,n]: outer products over the non-zeros when B is
 * sparse (no copies), otherwise A is transposed into scratch and multiplied as NN.
 */
export function matmulTN(
  a: FloatArray,
  b: FloatArray,
  out: FloatArray,
  m: number,
  k: number,
  n: number,
): void {
  if (wasmMatmul('tn', a, b, out, m, k, n)) return;
  if (isSparse(b, k * n)) {
    matmulSparseTN(a, b, out, m, k, n);
    return;
  }
  const at = scratch(dtypeOf(a), m * k);
  transpose2d(a, at, k, m);
  if (prefersBlocked(at, m, k, n)) matmulBlocked(at, b, out, m, k, n, false);
  else matmulSparseNN(at, b, out, m, k, n);
}
