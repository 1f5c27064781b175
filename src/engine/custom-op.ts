import type { OpCtx, OpDef } from './op-types';
import { Tensor } from './tensor';
import { applyOp } from './autograd';
import { noGrad } from './grad-mode';
import { OPS } from './registry';
import { EngineError } from './errors';

/** The context a custom op sees, as in PyTorch's autograd.Function. */
export interface CustomOpCtx {
  /** Keeps tensors for backward (read them back from `saved`). */
  saveForBackward(...tensors: Tensor[]): void;
  /** Tensors saved by forward, in order. */
  saved: Tensor[];
  /** needsInputGrad[i] is true when input i requires a gradient. */
  needsInputGrad: boolean[];
}

/** Definition of a custom op: forward, backward (upstream × local per input) and optional TeX. */
export interface CustomOpSpec {
  /** Op name (must not shadow a built-in op). */
  name: string;
  /** Display symbol for graph nodes. */
  symbol: string;
  /** Computes the output; runs without recording a graph. */
  forward(ctx: CustomOpCtx, ...inputs: Tensor[]): Tensor;
  /** Returns ∂L/∂input per input (or null), given ∂L/∂output; runs without recording a graph. */
  backward(ctx: CustomOpCtx, gradOut: Tensor): (Tensor | null)[];
  /** Symbolic local derivative per input. */
  localGradTex?: string[];
  /** Forward formula TeX. */
  forwardTex?: string;
}

function restore(ctx: OpCtx): CustomOpCtx {
  const saved = Object.keys(ctx.saved)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => ctx.saved[k]);
  return { saved, needsInputGrad: ctx.needsInputGrad, saveForBackward: () => undefined };
}

function toDef(spec: CustomOpSpec, arity: number): OpDef {
  const names =
    arity <= 3
      ? ['x', 'y', 'w'].slice(0, arity)
      : Array.from({ length: arity }, (_, i) => `x_${i + 1}`);
  return {
    name: spec.name,
    symbol: spec.symbol,
    arity,
    inputNames: names,
    forwardTex: spec.forwardTex ?? `z = \\operatorname{${spec.name}}(${names.join(', ')})`,
    localGradTex: spec.localGradTex ?? names.map((n) => `\\frac{\\partial z}{\\partial ${n}}`),
    numericTex: () => spec.localGradTex ?? names.map((n) => `\\frac{\\partial z}{\\partial ${n}}`),
    isElementwise: false,
    sample: [],
    forward(inputs, ctx) {
      const custom: CustomOpCtx = {
        saved: [],
        needsInputGrad: ctx.needsInputGrad,
        saveForBackward: (...ts) => ts.forEach((t, i) => (ctx.saved[String(i)] = t)),
      };
      const out = noGrad(() => spec.forward(custom, ...inputs));
      // NOTE: a forward that returns one of its inputs unchanged gets a copy, so the graph stays a DAG.
      return inputs.includes(out) ? new Tensor(out.data.slice(), out.shape.slice()) : out;
    },
    backward(inputs, _output, gradOut, ctx) {
      const grads = noGrad(() => spec.backward(restore(ctx), gradOut));
      return inputs.map((_, i) => grads[i] ?? null);
    },
    saves: (inputs, _output, ctx) =>
      restore(ctx).saved.map((t, i) => ({
        name: inputs.indexOf(t) >= 0 ? names[inputs.indexOf(t)] : `s_${i}`,
        value: t,
      })),
  };
}

/** Defines a custom differentiable op (PyTorch autograd.Function style); not added to the built-in OPS. */
export function customOp(spec: CustomOpSpec): { apply(...inputs: Tensor[]): Tensor } {
  if (OPS[spec.name]) throw new EngineError(`customOp: "${spec.name}" is a built-in op name`);
  const defs = new Map<number, OpDef>();
  return {
    apply(...inputs: Tensor[]): Tensor {
      let def = defs.get(inputs.length);
      if (!def) {
        def = toDef(spec, inputs.length);
        defs.set(inputs.length, def);
      }
      return applyOp(def, inputs);
    },
  };
}
