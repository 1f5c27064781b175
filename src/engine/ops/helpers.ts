import type { FloatArray, OpCtx, OpDef, OpSampleCase } from '../op-types';
import { Tensor } from '../tensor';
import { unbroadcastData } from '../kernels/broadcast';
import { allocate } from '../storage';

/** Wraps a buffer as a tensor of the given shape. */
export function wrap(data: FloatArray, shape: readonly number[]): Tensor {
  return new Tensor(data, shape.slice());
}

/**
 * The tensor input `i`'s gradient is accumulated into: the input's own grad when backward offers it
 * (OpCtx.gradInto), else fresh zeros shaped like `input`. Kernels that add into their output then
 * write the parameter gradient with no fresh buffer and no extra accumulation pass.
 */
export function gradAccumulator(ctx: OpCtx, i: number, input: Tensor): Tensor {
  return ctx.gradInto?.[i] ?? wrap(allocate(input.dtype, input.size), input.shape);
}

/** THE helper that undoes broadcasting: sums `grad` back to `shape` (returns `grad` itself when shapes match). */
export function unbroadcast(grad: Tensor, shape: readonly number[]): Tensor {
  const data = unbroadcastData(grad.data, grad.shape, shape);
  return data === grad.data ? grad : wrap(data, shape);
}

/** Formats a number for TeX annotations (4 significant digits, no trailing noise). */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const r = Number(v.toPrecision(4));
  return Object.is(r, -0) ? '0' : String(r);
}

/** Gradient-check samples shared by elementwise unary ops. */
export const UNARY_SAMPLES: OpSampleCase[] = [{ shapes: [[]] }, { shapes: [[2, 3]] }];

/** Gradient-check samples shared by broadcasting binary ops. */
export const BINARY_SAMPLES: OpSampleCase[] = [
  { shapes: [[], []] },
  {
    shapes: [
      [2, 3],
      [2, 3],
    ],
  },
  {
    shapes: [
      [3, 1],
      [1, 4],
    ],
  },
  { shapes: [[2, 3], [3]] },
  { shapes: [[2, 3], []] },
  { shapes: [[4], [2, 1]] },
];

/** What a unary elementwise op declares: display data, TeX, and its value and derivative loops. */
export interface UnarySpec {
  /** Registry name. */
  name: string;
  /** Display symbol. */
  symbol: string;
  /** Forward formula TeX. */
  forwardTex: string;
  /** Symbolic local derivative TeX. */
  localGradTex: string;
  /** Local derivative TeX with numbers plugged in (scalar x, output y). */
  numericTex(x: number, y: number, attrs?: OpCtx['attrs']): string;
  /** Writes y = f(x) per element. */
  value(x: FloatArray, out: FloatArray, ctx: OpCtx): void;
  /** Writes ∂y/∂x per element; may use the saved output y. */
  derivative(x: FloatArray, y: FloatArray, out: FloatArray, ctx: OpCtx): void;
  /**
   * Optional one-pass backward: writes ∂L/∂x = ∂L/∂y · ∂y/∂x per element into `out` (same values
   * as `derivative` times the upstream gradient, without the intermediate buffer).
   */
  grad?(x: FloatArray, y: FloatArray, g: FloatArray, out: FloatArray, ctx: OpCtx): void;
  /** True when backward reuses the output (sigmoid, tanh, exp), shown as saved `y`. */
  savesOutput?: boolean;
  /** Gradient-check samples (default UNARY_SAMPLES). */
  sample?: OpSampleCase[];
}

/** Declares a unary elementwise op from its value and derivative loops. */
export function unaryOp(spec: UnarySpec): OpDef {
  const localOf = (inputs: Tensor[], output: Tensor, ctx: OpCtx): FloatArray => {
    const d = allocate(output.dtype, output.size);
    spec.derivative(inputs[0].data, output.data, d, ctx);
    return d;
  };
  return {
    name: spec.name,
    symbol: spec.symbol,
    arity: 1,
    inputNames: ['x'],
    forwardTex: spec.forwardTex,
    localGradTex: [spec.localGradTex],
    numericTex: ([x], y, attrs) => [spec.numericTex(x, y, attrs)],
    isElementwise: true,
    sample: spec.sample ?? UNARY_SAMPLES,
    forward([x], ctx) {
      const out = allocate(x.dtype, x.size);
      spec.value(x.data, out, ctx);
      return wrap(out, x.shape);
    },
    backward(inputs, output, gradOut, ctx) {
      if (spec.grad) {
        const out = allocate(output.dtype, output.size);
        spec.grad(inputs[0].data, output.data, gradOut.data, out, ctx);
        return [wrap(out, output.shape)];
      }
      const d = localOf(inputs, output, ctx);
      const g = gradOut.data;
      for (let i = 0; i < d.length; i++) d[i] *= g[i];
      return [wrap(d, output.shape)];
    },
    jvp(inputs, output, [t], ctx) {
      const d = localOf(inputs, output, ctx);
      if (!t) d.fill(0);
      else for (let i = 0; i < d.length; i++) d[i] *= t.data[i];
      return wrap(d, output.shape);
    },
    local: (inputs, output, ctx) => [localOf(inputs, output, ctx)],
    saves: (inputs, output) =>
      spec.savesOutput ? [{ name: 'y', value: output }] : [{ name: 'x', value: inputs[0] }],
  };
}
