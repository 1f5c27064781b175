import { Tensor } from './tensor';
import { applyOp } from './autograd';
import { getOp } from './registry';
import { EngineError, fmtShape } from './errors';
import { allocate } from './storage';

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
