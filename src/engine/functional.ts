import { Tensor } from './tensor';
import { applyOp } from './autograd';
import { getOp } from './registry';
import { EngineError, fmtShape } from './errors';
import { allocate } from './storage';
import { normalizeAxis } from './shape';

/** Dense layer y = x Wᵀ + b (fused op) for x [B,in], W [out,in], b [out]. */
export function linear(x: Tensor, weight: Tensor, bias: Tensor): Tensor {
  return applyOp(getOp('linear'), [x, weight, bias]);
}

/** Copies the rows `indices` of a 2-D tensor into a new leaf [indices.length, cols] (mini-batch gathering). */
export function takeRows(t: Tensor, indices: ArrayLike<number>): Tensor {
  if (t.ndim !== 2)
    throw new EngineError(`takeRows: expects a 2-D tensor, got ${fmtShape(t.shape)}`);
  const cols = t.shape[1];
  const out = allocate(t.dtype, indices.length * cols);
  for (let r = 0; r < indices.length; r++) {
    const src = indices[r];
    if (src < 0 || src >= t.shape[0])
      throw new EngineError(`takeRows: row ${src} is out of range [0, ${t.shape[0]})`);
    out.set(t.data.subarray(src * cols, (src + 1) * cols), r * cols);
  }
  return new Tensor(out, [indices.length, cols]);
}

/**
 * Softmax along `axis` (default: the last), e^x / Σ e^x, built from primitives so it is differentiable.
 * NOTE: the maximum along the axis is subtracted first (it does not change the result) so exp never
 * overflows. A slice containing NaN or +Infinity becomes NaN; the other slices are unaffected.
 */
export function softmax(x: Tensor, axis = -1): Tensor {
  const ax = normalizeAxis('softmax', axis, x.ndim);
  const e = x.sub(x.max(ax, true)).exp();
  return e.div(e.sum(ax, true));
}

/**
 * Index of the largest value along `axis` (default: the last), first one on ties, as an Int32Array
 * of the reduced shape. NaN counts as the largest value (as in NumPy's argmax), so a diverged row
 * reports its first NaN instead of hiding it; a row of −Infinity gives 0.
 */
export function argmax(x: Tensor, axis = -1): Int32Array {
  return x.argmax(axis);
}
