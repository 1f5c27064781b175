import type { FloatArray } from '../op-types';
import { sameShape, sizeOf } from '../shape';
import { allocate, dtypeOf } from '../storage';
import { broadcastIndex } from './broadcast';

/** Binary elementwise kernels, selected by code so each loop stays monomorphic (no per-element closures). */
export const BIN = { add: 0, sub: 1, mul: 2, div: 3 } as const;

/** One of the BIN codes. */
export type BinCode = (typeof BIN)[keyof typeof BIN];

function loopSame(code: BinCode, a: FloatArray, b: FloatArray, out: FloatArray): void {
  const n = out.length;
  if (code === 0) for (let i = 0; i < n; i++) out[i] = a[i] + b[i];
  else if (code === 1) for (let i = 0; i < n; i++) out[i] = a[i] - b[i];
  else if (code === 2) for (let i = 0; i < n; i++) out[i] = a[i] * b[i];
  else for (let i = 0; i < n; i++) out[i] = a[i] / b[i];
}

function loopScalarB(code: BinCode, a: FloatArray, s: number, out: FloatArray): void {
  const n = out.length;
  if (code === 0) for (let i = 0; i < n; i++) out[i] = a[i] + s;
  else if (code === 1) for (let i = 0; i < n; i++) out[i] = a[i] - s;
  else if (code === 2) for (let i = 0; i < n; i++) out[i] = a[i] * s;
  else for (let i = 0; i < n; i++) out[i] = a[i] / s;
}

function loopIndexed(
  code: BinCode,
  a: FloatArray,
  ia: Int32Array,
  b: FloatArray,
  ib: Int32Array,
  out: FloatArray,
): void {
  const n = out.length;
  if (code === 0) for (let i = 0; i < n; i++) out[i] = a[ia[i]] + b[ib[i]];
  else if (code === 1) for (let i = 0; i < n; i++) out[i] = a[ia[i]] - b[ib[i]];
  else if (code === 2) for (let i = 0; i < n; i++) out[i] = a[ia[i]] * b[ib[i]];
  else for (let i = 0; i < n; i++) out[i] = a[ia[i]] / b[ib[i]];
}

/** Computes `a op b` broadcast to `outShape`, with fast paths for equal shapes and a scalar right operand. */
export function binaryKernel(
  code: BinCode,
  a: FloatArray,
  aShape: readonly number[],
  b: FloatArray,
  bShape: readonly number[],
  outShape: readonly number[],
): FloatArray {
  const out = allocate(dtypeOf(a), sizeOf(outShape));
  if (sameShape(aShape, bShape)) loopSame(code, a, b, out);
  else if (b.length === 1 && a.length === out.length) loopScalarB(code, a, b[0], out);
  else
    loopIndexed(
      code,
      a,
      broadcastIndex(aShape, outShape),
      b,
      broadcastIndex(bShape, outShape),
      out,
    );
  return out;
}
