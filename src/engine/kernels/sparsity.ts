import type { FloatArray } from '../op-types';

/** Above this fraction of zeros in the left operand, the zero-skipping kernel beats the blocked one. */
const SPARSE_THRESHOLD = 0.7;

/** Fraction of zero entries of a buffer, estimated from at most ~1024 evenly spaced entries. */
function zeroFraction(a: FloatArray, len: number): number {
  // NOTE: an odd stride avoids sampling the same image column (784 = 16·49) in every row.
  const step = len > 1024 ? (len >> 10) | 1 : 1;
  let zeros = 0;
  let seen = 0;
  for (let i = 0; i < len; i += step, seen++) if (a[i] === 0) zeros++;
  return seen === 0 ? 0 : zeros / seen;
}

/** True when the zero-skipping kernels should be used for left operand `a` of `len` entries. */
export function isSparse(a: FloatArray, len: number): boolean {
  return zeroFraction(a, len) >= SPARSE_THRESHOLD;
}
