import { activeArena } from './arena';
import type { DType, FloatArray } from './op-types';

/** Allocates a zero-filled buffer of the given dtype (from the active arena, if any: see withArena). */
export function allocate(dtype: DType, n: number): FloatArray {
  const arena = activeArena();
  if (arena) return arena.take(dtype, n);
  return dtype === 'float64' ? new Float64Array(n) : new Float32Array(n);
}

/** The dtype of a buffer. */
export function dtypeOf(data: FloatArray): DType {
  return data instanceof Float64Array ? 'float64' : 'float32';
}

/** Copies numbers into a new buffer of the given dtype. */
export function toBuffer(dtype: DType, values: ArrayLike<number>): FloatArray {
  return dtype === 'float64' ? Float64Array.from(values) : Float32Array.from(values);
}
