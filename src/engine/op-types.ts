import type { Tensor } from './tensor';

/** Element type of a tensor's storage. */
export type DType = 'float32' | 'float64';

/** The storage of a tensor. */
export type FloatArray = Float32Array | Float64Array;

/** Non-tensor parameters of an op (axis, slope, exponent, labels, target shape…). */
export interface OpAttrs {
  /** Reduction axis (undefined: all axes). */
  axis?: number;
  /** Keep reduced axes as size 1. */
  keepdims?: boolean;
  /** leakyRelu negative slope. */
  slope?: number;
  /** elu scale of the negative side (default 1). */
  alpha?: number;
  /** pow exponent. */
  p?: number;
  /** reshape target shape. */
  shape?: number[];
  /** transpose permutation. */
  axes?: number[];
  /** softmaxCrossEntropy class labels, one per row. */
  labels?: Int32Array;
}

/** Per-call context: attributes, what forward saved for backward, and which inputs need a gradient. */
export interface OpCtx {
  /** The op's non-tensor parameters. */
  attrs: OpAttrs;
  /** Values forward computed and backward reuses (e.g. softmax probabilities). */
  saved: Record<string, Tensor>;
  /** needsInputGrad[i] is true when input i requires a gradient. */
  needsInputGrad: boolean[];
  /**
   * Set by backward() for the duration of one op's backward: per input, that input's own grad
   * tensor when the op may add its gradient straight into it (a leaf already holding a gradient),
   * else null. An op that does so returns that same tensor; ops may ignore it.
   */
  gradInto?: (Tensor | null)[];
}

/** One sample case used by the registry-driven gradient checks: input shapes, value range, attributes. */
export interface OpSampleCase {
  /** Shapes of the inputs (broadcast pairs included). */
  shapes: number[][];
  /** Lowest sampled input value (default −2). */
  low?: number;
  /** Highest sampled input value (default 2). */
  high?: number;
  /** Keep |x| at least this far from 0 (relu kinks, division). */
  awayFromZero?: number;
  /** Attributes for this case. */
  attrs?: OpAttrs;
}

/** A named value shown in the forward step-through ("what the op saved"). */
export interface SavedValue {
  /** Display name, e.g. `b` or `σ`. */
  name: string;
  /** The saved tensor. */
  value: Tensor;
}

/** A registry entry: one op declared once with its forward, backward and TeX. */
export interface OpDef {
  /** Registry name (`mul`, `relu`…). */
  name: string;
  /** Display symbol for graph nodes (`×`, `max(0,·)`, `1/x`…). */
  symbol: string;
  /** Number of tensor inputs. */
  arity: number;
  /** Input names used in TeX (`a`, `b`, `x`…). */
  inputNames: string[];
  /** Forward formula, e.g. `y = a \cdot b`. */
  forwardTex: string;
  /** Symbolic local derivative per input, e.g. `\frac{\partial y}{\partial a} = b`. */
  localGradTex: string[];
  /** The local derivatives with scalar numbers plugged in, per input. */
  numericTex(inputs: number[], output: number, attrs?: OpAttrs): string[];
  /** Computes the output (pure: no graph recording). */
  forward(inputs: Tensor[], ctx: OpCtx): Tensor;
  /** Returns ∂L/∂input per input (null when not needed), given ∂L/∂output. May alias gradOut's buffer. */
  backward(inputs: Tensor[], output: Tensor, gradOut: Tensor, ctx: OpCtx): (Tensor | null)[];
  /**
   * Forward mode (Jacobian-vector product): the output's tangent given one tangent per input
   * (null: zero). Optional in the type so a new op compiles, but the registry test fails for an
   * op without it.
   */
  jvp?(inputs: Tensor[], output: Tensor, tangents: (Tensor | null)[], ctx: OpCtx): Tensor;
  /** Elementwise ops: the local derivative ∂y/∂input_i at every output element (output shape). */
  local?(inputs: Tensor[], output: Tensor, ctx: OpCtx): (FloatArray | null)[];
  /** What the op keeps for backward, by name (for the forward step-through). */
  saves?(inputs: Tensor[], output: Tensor, ctx: OpCtx): SavedValue[];
  /** Sample cases for the gradient-check tests (domain hints, broadcast shapes). */
  sample: OpSampleCase[];
  /** True for elementwise ops (a local derivative exists per output element). */
  isElementwise: boolean;
}
