import type { FloatArray, OpDef } from '../op-types';
import { registerOps } from '../registry';
import { EngineError, fmtShape } from '../errors';
import { sizeOf, stridesOf } from '../shape';
import { allocate, dtypeOf } from '../storage';
import { transpose2d } from '../kernels/matmul';
import { stridedOffsets } from '../kernels/broadcast';
import { wrap } from './helpers';

/** Resolves a reshape target (one −1 allowed) against `size`; throws naming the shapes. */
export function resolveShape(from: readonly number[], to: readonly number[]): number[] {
  const size = sizeOf(from);
  const free = to.filter((d) => d === -1).length;
  const known = to.reduce((p, d) => (d === -1 ? p : p * d), 1);
  const bad = free > 1 || to.some((d) => !Number.isInteger(d) || d < -1);
  const shape = to.map((d) => (d === -1 ? size / known : d));
  if (bad || sizeOf(shape) !== size || shape.some((d) => !Number.isInteger(d))) {
    throw new EngineError(
      `reshape: cannot reshape ${fmtShape(from)} (${size} elements) into ${fmtShape(to)}`,
    );
  }
  return shape;
}

/** Permutes the axes of `data` with shape `shape` (fast path for 2-D). */
export function permute(
  data: FloatArray,
  shape: readonly number[],
  axes: readonly number[],
): FloatArray {
  const out = allocate(dtypeOf(data), data.length);
  if (shape.length === 2 && axes[0] === 1) {
    transpose2d(data, out, shape[0], shape[1]);
    return out;
  }
  const inStrides = stridesOf(shape);
  const src = stridedOffsets(
    axes.map((a) => shape[a]),
    axes.map((a) => inStrides[a]),
  );
  for (let i = 0; i < out.length; i++) out[i] = data[src[i]];
  return out;
}

function checkAxes(shape: readonly number[], axes: readonly number[]): void {
  const ok =
    axes.length === shape.length &&
    axes.every(
      (a, i) => Number.isInteger(a) && a >= 0 && a < shape.length && axes.indexOf(a) === i,
    );
  if (!ok)
    throw new EngineError(
      `transpose: axes ${fmtShape(axes)} are not a permutation for shape ${fmtShape(shape)}`,
    );
}

const reshapeOp: OpDef = {
  name: 'reshape',
  symbol: 'reshape',
  arity: 1,
  inputNames: ['x'],
  forwardTex: 'y = \\operatorname{reshape}(x)',
  localGradTex: ['\\bar x = \\operatorname{reshape}(\\bar y)'],
  numericTex: () => ['\\frac{\\partial y}{\\partial x} = 1'],
  isElementwise: false,
  sample: [
    { shapes: [[2, 3]], attrs: { shape: [3, 2] } },
    { shapes: [[2, 3]], attrs: { shape: [-1] } },
  ],
  // NOTE: reshape is a view: the output shares the input's buffer (autograd copies aliased gradients).
  forward: ([x], ctx) => wrap(x.data, resolveShape(x.shape, ctx.attrs.shape ?? x.shape)),
  backward: ([x], _y, g) => [wrap(g.data, x.shape)],
  jvp: (_inputs, y, [t]) => wrap(t ? t.data.slice() : allocate(y.dtype, y.size), y.shape),
  saves: () => [],
};

const transposeOp: OpDef = {
  name: 'transpose',
  symbol: 'ᵀ',
  arity: 1,
  inputNames: ['x'],
  forwardTex: 'y = x^\\top',
  localGradTex: ['\\bar x = \\bar y^\\top'],
  numericTex: () => ['\\frac{\\partial y}{\\partial x} = 1'],
  isElementwise: false,
  sample: [
    { shapes: [[2, 3]], attrs: { axes: [1, 0] } },
    { shapes: [[2, 3, 4]], attrs: { axes: [1, 2, 0] } },
  ],
  forward([x], ctx) {
    const axes = ctx.attrs.axes ?? x.shape.map((_, i) => x.ndim - 1 - i);
    checkAxes(x.shape, axes);
    return wrap(
      permute(x.data, x.shape, axes),
      axes.map((a) => x.shape[a]),
    );
  },
  jvp([x], y, [t], ctx) {
    if (!t) return wrap(allocate(y.dtype, y.size), y.shape);
    return wrap(
      permute(t.data, x.shape, ctx.attrs.axes ?? x.shape.map((_, i) => x.ndim - 1 - i)),
      y.shape,
    );
  },
  backward(_inputs, y, g, ctx) {
    const axes = ctx.attrs.axes ?? y.shape.map((_, i) => y.ndim - 1 - i);
    const inverse = new Array<number>(axes.length);
    axes.forEach((a, i) => (inverse[a] = i));
    return [
      wrap(
        permute(g.data, g.shape, inverse),
        inverse.map((a) => g.shape[a]),
      ),
    ];
  },
  saves: () => [],
};

/** Movement ops: reshape and transpose. */
export const MOVEMENT_OPS = [reshapeOp, transposeOp];

registerOps(MOVEMENT_OPS);
