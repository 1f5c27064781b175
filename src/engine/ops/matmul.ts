import type { FloatArray, OpDef } from '../op-types';
import type { Tensor } from '../tensor';
import { registerOps } from '../registry';
import { EngineError, fmtShape } from '../errors';
import { allocate } from '../storage';
import { matmulNN, matmulNT, matmulTN } from '../kernels/matmul';
import { fmt, gradAccumulator, wrap } from './helpers';

/** The 2-D view [m,k]·[k,n] of a NumPy matmul, and the output shape. */
function dims(a: Tensor, b: Tensor): { m: number; k: number; n: number; shape: number[] } {
  if (a.ndim < 1 || a.ndim > 2 || b.ndim < 1 || b.ndim > 2) {
    throw new EngineError(
      `matmul: only 1-D and 2-D operands are supported, got ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`,
    );
  }
  const [m, ka] = a.ndim === 2 ? a.shape : [1, a.shape[0]];
  const [kb, n] = b.ndim === 2 ? b.shape : [b.shape[0], 1];
  if (ka !== kb) {
    throw new EngineError(
      `matmul: shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)} do not align (${ka} ≠ ${kb})`,
    );
  }
  const shape = [...(a.ndim === 2 ? [m] : []), ...(b.ndim === 2 ? [n] : [])];
  return { m, k: ka, n, shape };
}

const DA = '\\frac{\\partial L}{\\partial A}';
const DB = '\\frac{\\partial L}{\\partial B}';

const matmulOp: OpDef = {
  name: 'matmul',
  symbol: '@',
  arity: 2,
  inputNames: ['A', 'B'],
  forwardTex: 'Y = A B',
  localGradTex: [
    `${DA} = \\frac{\\partial L}{\\partial Y} B^\\top`,
    `${DB} = A^\\top \\frac{\\partial L}{\\partial Y}`,
  ],
  numericTex: ([a, b]) => [
    `\\frac{\\partial y}{\\partial a} = b = ${fmt(b)}`,
    `\\frac{\\partial y}{\\partial b} = a = ${fmt(a)}`,
  ],
  isElementwise: false,
  sample: [
    {
      shapes: [
        [2, 3],
        [3, 4],
      ],
    },
    { shapes: [[3], [3, 2]] },
    { shapes: [[2, 3], [3]] },
    { shapes: [[3], [3]] },
  ],
  forward([a, b]) {
    const { m, k, n, shape } = dims(a, b);
    const out = allocate(a.dtype, m * n);
    matmulNN(a.data, b.data, out, m, k, n);
    return wrap(out, shape);
  },
  backward([a, b], _y, g, ctx) {
    const { m, k, n } = dims(a, b);
    let ga: Tensor | null = null;
    let gb: Tensor | null = null;
    // NOTE: the kernels add into their output, so a parameter's gradient lands in its grad buffer.
    if (ctx.needsInputGrad[0]) {
      ga = gradAccumulator(ctx, 0, a);
      matmulNT(g.data, b.data, ga.data, m, n, k);
    }
    if (ctx.needsInputGrad[1]) {
      gb = gradAccumulator(ctx, 1, b);
      matmulTN(a.data, g.data, gb.data, k, m, n);
    }
    return [ga, gb];
  },
  // NOTE: product rule: Ẏ = Ȧ B + A Ḃ (each term skipped when its tangent is zero).
  jvp([a, b], y, [ta, tb]) {
    const { m, k, n } = dims(a, b);
    const out = allocate(y.dtype, y.size);
    if (ta) matmulNN(ta.data, b.data, out, m, k, n);
    if (tb) matmulNN(a.data, tb.data, out, m, k, n);
    return wrap(out, y.shape);
  },
  saves: ([a, b]) => [
    { name: 'A', value: a },
    { name: 'B', value: b },
  ],
};

/** out[j] += Σ_r g[r, j] for g [rows, cols] (the bias gradient). */
function sumRowsInto(g: FloatArray, out: FloatArray, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    for (let j = 0; j < cols; j++) out[j] += g[o + j];
  }
}

function linearDims(x: Tensor, w: Tensor, b: Tensor): [number, number, number] {
  const ok =
    x.ndim === 2 &&
    w.ndim === 2 &&
    b.ndim === 1 &&
    x.shape[1] === w.shape[1] &&
    b.shape[0] === w.shape[0];
  if (!ok) {
    throw new EngineError(
      `linear: shapes x ${fmtShape(x.shape)}, W ${fmtShape(w.shape)}, b ${fmtShape(b.shape)} do not fit y = x Wᵀ + b`,
    );
  }
  return [x.shape[0], x.shape[1], w.shape[0]];
}

/** Fused dense layer Y = X Wᵀ + b for X [B,in], W [out,in], b [out] (used by `Linear`). */
const linearOp: OpDef = {
  name: 'linear',
  symbol: 'XWᵀ+b',
  arity: 3,
  inputNames: ['X', 'W', 'b'],
  forwardTex: 'Y = X W^\\top + b',
  localGradTex: [
    '\\frac{\\partial L}{\\partial X} = \\frac{\\partial L}{\\partial Y} W',
    '\\frac{\\partial L}{\\partial W} = \\frac{\\partial L}{\\partial Y}^{\\!\\top} X',
    '\\frac{\\partial L}{\\partial b} = \\sum_i \\frac{\\partial L}{\\partial Y_i}',
  ],
  numericTex: ([x, w]) => [
    `\\frac{\\partial y}{\\partial x} = w = ${fmt(w)}`,
    `\\frac{\\partial y}{\\partial w} = x = ${fmt(x)}`,
    '\\frac{\\partial y}{\\partial b} = 1',
  ],
  isElementwise: false,
  sample: [{ shapes: [[4, 3], [2, 3], [2]] }, { shapes: [[1, 1], [1, 1], [1]] }],
  forward([x, w, b]) {
    const [rows, inF, outF] = linearDims(x, w, b);
    const out = allocate(x.dtype, rows * outF);
    for (let r = 0; r < rows; r++) out.set(b.data, r * outF);
    matmulNT(x.data, w.data, out, rows, inF, outF);
    return wrap(out, [rows, outF]);
  },
  backward([x, w, b], _y, g, ctx) {
    const [rows, inF, outF] = linearDims(x, w, b);
    const [needX, needW, needB] = ctx.needsInputGrad;
    const gx = needX ? gradAccumulator(ctx, 0, x) : null;
    const gw = needW ? gradAccumulator(ctx, 1, w) : null;
    const gb = needB ? gradAccumulator(ctx, 2, b) : null;
    if (gx) matmulNN(g.data, w.data, gx.data, rows, outF, inF);
    // NOTE: Ḡᵀ·X straight into W's layout [out,in]; for sparse X the kernel skips X's zeros without copies.
    if (gw) matmulTN(g.data, x.data, gw.data, outF, rows, inF);
    if (gb) sumRowsInto(g.data, gb.data, rows, outF);
    return [gx, gw, gb];
  },
  // NOTE: Ẏ = Ẋ Wᵀ + X Ẇᵀ + ḃ, each row.
  jvp([x, w, b], y, [tx, tw, tb]) {
    const [rows, inF, outF] = linearDims(x, w, b);
    const out = allocate(y.dtype, y.size);
    if (tb) for (let r = 0; r < rows; r++) out.set(tb.data, r * outF);
    // NOTE: the kernels accumulate (out += …), so both terms land in the same buffer.
    if (tx) matmulNT(tx.data, w.data, out, rows, inF, outF);
    if (tw) matmulNT(x.data, tw.data, out, rows, inF, outF);
    return wrap(out, y.shape);
  },
  saves: ([x, w]) => [
    { name: 'X', value: x },
    { name: 'W', value: w },
  ],
};

/** Matrix ops: matmul (NumPy 1-D/2-D semantics) and the fused dense layer `linear`. */
export const MATMUL_OPS = [matmulOp, linearOp];

registerOps(MATMUL_OPS);
