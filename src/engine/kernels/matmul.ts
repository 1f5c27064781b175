import type { FloatArray } from '../op-types';
import { scratch } from './scratch';

/** out[m,n] += A[m,k] · B[k,n] (row-major; `out` must be zeroed by the caller for a plain product). */
export function matmulNN(a: FloatArray, b: FloatArray, out: FloatArray, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const aRow = i * k;
    const oRow = i * n;
    for (let p = 0; p < k; p++) {
      const av = a[aRow + p];
      // NOTE: skipping zero entries of the left operand pays off: MNIST pixels are ~80% zeros, ReLU outputs ~50%.
      if (av === 0) continue;
      const bRow = p * n;
      for (let j = 0; j < n; j++) out[oRow + j] += av * b[bRow + j];
    }
  }
}

/** out[m,n] += Aᵀ · B where A is stored [k,m] and B is [k,n]: reads A transposed without copying it. */
export function matmulTN(a: FloatArray, b: FloatArray, out: FloatArray, m: number, k: number, n: number): void {
  for (let p = 0; p < k; p++) {
    const aRow = p * m;
    const bRow = p * n;
    for (let i = 0; i < m; i++) {
      const av = a[aRow + i];
      if (av === 0) continue;
      const oRow = i * n;
      for (let j = 0; j < n; j++) out[oRow + j] += av * b[bRow + j];
    }
  }
}

/** Writes the transpose of src [rows, cols] into dst [cols, rows]. */
export function transpose2d(src: FloatArray, dst: FloatArray, rows: number, cols: number): void {
  // NOTE: 16×16 tiles keep both the reads and the writes within a few cache lines.
  const T = 16;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(r0 + T, rows);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(c0 + T, cols);
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) dst[c * rows + r] = src[r * cols + c];
    }
  }
}

/** out[m,n] += A[m,k] · Bᵀ where B is stored [n,k] (transposed into a reusable scratch buffer, then i-k-j). */
export function matmulNT(a: FloatArray, b: FloatArray, out: FloatArray, m: number, k: number, n: number): void {
  const bt = scratch(a instanceof Float64Array ? 'float64' : 'float32', k * n);
  transpose2d(b, bt, n, k);
  matmulNN(a, bt, out, m, k, n);
}
