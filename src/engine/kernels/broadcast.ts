import type { FloatArray } from '../op-types';
import { sameShape, sizeOf, stridesOf } from '../shape';
import { allocate, dtypeOf } from '../storage';

/**
 * For each element of `outShape` in row-major order, the flat source index Σ counter[d]·strides[d]
 * (the walk shared by broadcasting and axis permutation).
 */
export function stridedOffsets(
  outShape: readonly number[],
  strides: readonly number[],
): Int32Array {
  const n = sizeOf(outShape);
  const nd = outShape.length;
  const idx = new Int32Array(n);
  const counter = new Array<number>(nd).fill(0);
  let flat = 0;
  for (let i = 0; i < n; i++) {
    idx[i] = flat;
    for (let d = nd - 1; d >= 0; d--) {
      counter[d]++;
      flat += strides[d];
      if (counter[d] < outShape[d]) break;
      flat -= strides[d] * counter[d];
      counter[d] = 0;
    }
  }
  return idx;
}

/** For each element of `outShape`, the flat index of the element of `inShape` it was broadcast from. */
export function broadcastIndex(
  inShape: readonly number[],
  outShape: readonly number[],
): Int32Array {
  const offset = outShape.length - inShape.length;
  const inStrides = stridesOf(inShape);
  // NOTE: a broadcast dimension gets stride 0, so every output index along it maps to the same input.
  const strides = outShape.map((_, d) =>
    d < offset || inShape[d - offset] === 1 ? 0 : inStrides[d - offset],
  );
  return stridedOffsets(outShape, strides);
}

/** Copies `data` of `inShape` broadcast to `outShape` (returns `data` itself when shapes match). */
export function expandTo(
  data: FloatArray,
  inShape: readonly number[],
  outShape: readonly number[],
): FloatArray {
  if (sameShape(inShape, outShape)) return data;
  const idx = broadcastIndex(inShape, outShape);
  const out = allocate(dtypeOf(data), idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = data[idx[i]];
  return out;
}

/** Undoes broadcasting: sums a gradient of `gradShape` back to `shape` (returns `grad` when shapes match). */
export function unbroadcastData(
  grad: FloatArray,
  gradShape: readonly number[],
  shape: readonly number[],
): FloatArray {
  if (sameShape(gradShape, shape)) return grad;
  const out = allocate(dtypeOf(grad), sizeOf(shape));
  if (out.length === 1) {
    let s = 0;
    for (let i = 0; i < grad.length; i++) s += grad[i];
    out[0] = s;
    return out;
  }
  const idx = broadcastIndex(shape, gradShape);
  for (let i = 0; i < idx.length; i++) out[idx[i]] += grad[i];
  return out;
}
