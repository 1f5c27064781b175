import type { FloatArray } from '../op-types';
import { allocate, dtypeOf } from '../storage';

/** Splits a shape around `axis` into [outer, n, inner] sizes. */
export function splitAxis(shape: readonly number[], axis: number): [number, number, number] {
  let outer = 1;
  let inner = 1;
  for (let i = 0; i < axis; i++) outer *= shape[i];
  for (let i = axis + 1; i < shape.length; i++) inner *= shape[i];
  return [outer, shape[axis] ?? 1, inner];
}

/** Sums `data` of `shape` along `axis` into a buffer of the reduced size. */
export function sumAlong(data: FloatArray, shape: readonly number[], axis: number): FloatArray {
  const [outer, n, inner] = splitAxis(shape, axis);
  const out = allocate(dtypeOf(data), outer * inner);
  for (let o = 0; o < outer; o++) {
    const base = o * n * inner;
    const ob = o * inner;
    for (let k = 0; k < n; k++) {
      const row = base + k * inner;
      for (let i = 0; i < inner; i++) out[ob + i] += data[row + i];
    }
  }
  return out;
}

/** Repeats a reduced buffer back along `axis` (the inverse of a sum's shape change), scaled by `scale`. */
export function expandAlong(
  reduced: FloatArray,
  shape: readonly number[],
  axis: number,
  scale: number,
): FloatArray {
  const [outer, n, inner] = splitAxis(shape, axis);
  const out = allocate(dtypeOf(reduced), outer * n * inner);
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < n; k++) {
      const row = (o * n + k) * inner;
      for (let i = 0; i < inner; i++) out[row + i] = reduced[o * inner + i] * scale;
    }
  }
  return out;
}

/** Maximum along `axis`. */
export function maxAlong(data: FloatArray, shape: readonly number[], axis: number): FloatArray {
  const [outer, n, inner] = splitAxis(shape, axis);
  const out = allocate(dtypeOf(data), outer * inner).fill(-Infinity);
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < n; k++) {
      const row = (o * n + k) * inner;
      for (let i = 0; i < inner; i++)
        if (data[row + i] > out[o * inner + i]) out[o * inner + i] = data[row + i];
    }
  }
  return out;
}

/**
 * Index of the maximum along `axis` (first one on ties). NaN counts as larger than every number, as
 * in NumPy: a slice with a NaN gives the index of its first NaN. A slice of −Infinity gives 0.
 */
export function argmaxAlong(data: FloatArray, shape: readonly number[], axis: number): Int32Array {
  const [outer, n, inner] = splitAxis(shape, axis);
  const out = new Int32Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let best = -Infinity;
      let bestK = 0;
      for (let k = 0; k < n; k++) {
        const v = data[(o * n + k) * inner + i];
        if (Number.isNaN(v)) {
          bestK = k;
          break;
        }
        if (v > best) {
          best = v;
          bestK = k;
        }
      }
      out[o * inner + i] = bestK;
    }
  }
  return out;
}
