import type { OpAttrs, OpDef } from '../op-types';
import type { Tensor } from '../tensor';
import { registerOps } from '../registry';
import { normalizeAxis } from '../shape';
import { allocate } from '../storage';
import { expandAlong, sumAlong } from '../kernels/reduce';
import { wrap } from './helpers';

function reducedShape(
  op: string,
  x: Tensor,
  attrs: OpAttrs,
): { axis: number | null; shape: number[]; count: number } {
  if (attrs.axis === undefined) {
    return { axis: null, shape: attrs.keepdims ? x.shape.map(() => 1) : [], count: x.size };
  }
  const axis = normalizeAxis(op, attrs.axis, x.ndim);
  const shape = x.shape
    .map((d, i) => (i === axis ? 1 : d))
    .filter((_, i) => i !== axis || attrs.keepdims);
  return { axis, shape, count: x.shape[axis] };
}

function reduceForward(op: string, x: Tensor, attrs: OpAttrs, scale: number | null): Tensor {
  const { axis, shape, count } = reducedShape(op, x, attrs);
  const k = scale ?? 1 / count;
  if (axis === null) {
    let s = 0;
    for (let i = 0; i < x.size; i++) s += x.data[i];
    return wrap(allocate(x.dtype, 1).fill(s * k), shape);
  }
  const out = sumAlong(x.data, x.shape, axis);
  if (k !== 1) for (let i = 0; i < out.length; i++) out[i] *= k;
  return wrap(out, shape);
}

function reduceBackward(
  op: string,
  x: Tensor,
  g: Tensor,
  attrs: OpAttrs,
  scale: number | null,
): Tensor {
  const { axis, count } = reducedShape(op, x, attrs);
  const k = scale ?? 1 / count;
  if (axis === null) return wrap(allocate(x.dtype, x.size).fill(g.data[0] * k), x.shape);
  return wrap(expandAlong(g.data, x.shape, axis, k), x.shape);
}

function reduceOp(
  name: string,
  symbol: string,
  scale: number | null,
  forwardTex: string,
  localGradTex: string,
): OpDef {
  return {
    name,
    symbol,
    arity: 1,
    inputNames: ['x'],
    forwardTex,
    localGradTex: [localGradTex],
    // NOTE: numeric annotations are for scalar inputs, where n = 1.
    numericTex: () => [scale === null ? `${localGradTex} = 1` : localGradTex],
    isElementwise: false,
    sample: [
      { shapes: [[2, 3]] },
      { shapes: [[2, 3]], attrs: { axis: 0 } },
      { shapes: [[2, 3, 2]], attrs: { axis: 1, keepdims: true } },
      { shapes: [[4]], attrs: { axis: -1 } },
    ],
    forward: ([x], ctx) => reduceForward(name, x, ctx.attrs, scale),
    backward: ([x], _y, g, ctx) => [reduceBackward(name, x, g, ctx.attrs, scale)],
    // NOTE: a reduction is linear, so its tangent is the same reduction of the input's tangent.
    jvp: (_inputs, y, [t], ctx) =>
      t ? reduceForward(name, t, ctx.attrs, scale) : wrap(allocate(y.dtype, y.size), y.shape),
    saves: () => [],
  };
}

/** Reductions: sum and mean (over one axis or all). */
export const REDUCE_OPS = [
  reduceOp('sum', 'Σ', 1, 'y = \\sum_i x_i', '\\frac{\\partial y}{\\partial x_i} = 1'),
  reduceOp(
    'mean',
    'mean',
    null,
    'y = \\frac{1}{n} \\sum_i x_i',
    '\\frac{\\partial y}{\\partial x_i} = \\frac{1}{n}',
  ),
];

registerOps(REDUCE_OPS);
