import type { DType, FloatArray } from '../op-types';

const pools: Record<DType, FloatArray> = { float32: new Float32Array(0), float64: new Float64Array(0) };

/**
 * A reusable temporary buffer of at least `n` elements (not zeroed). Valid only until the next call:
 * kernels use it for transposed copies so the training hot path does not allocate them every step.
 */
export function scratch(dtype: DType, n: number): FloatArray {
  if (pools[dtype].length < n) {
    pools[dtype] = dtype === 'float64' ? new Float64Array(n) : new Float32Array(n);
  }
  return pools[dtype];
}
