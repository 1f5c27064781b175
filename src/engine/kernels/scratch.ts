import type { DType, FloatArray } from '../op-types';

/** Scratch slots: 0 transposed copies, 1 packed panels; they never overlap. */
export type ScratchSlot = 0 | 1;

const pools: Record<DType, FloatArray[]> = {
  float32: [new Float32Array(0), new Float32Array(0)],
  float64: [new Float64Array(0), new Float64Array(0)],
};

/**
 * A reusable temporary buffer of at least `n` elements (not zeroed), valid until the next call with the
 * same slot: kernels use it for transposed/packed copies so the training hot path does not allocate them.
 */
export function scratch(dtype: DType, n: number, slot: ScratchSlot = 0): FloatArray {
  const pool = pools[dtype];
  if (pool[slot].length < n)
    pool[slot] = dtype === 'float64' ? new Float64Array(n) : new Float32Array(n);
  return pool[slot];
}
