import type { DType, FloatArray, OpAttrs, OpCtx, OpDef } from './op-types';
import { EngineError, fmtShape } from './errors';
import { applyOp, runBackward } from './autograd';
// NOTE: the tensor reaches its ops only through the registry (which imports no op file); the ops
// import the tensor, and the entry points (index.ts, create.ts) register them via ops/all.
import { getOp } from './registry';
import { normalizeAxis, sizeOf, stridesOf } from './shape';
import { dtypeOf, toBuffer } from './storage';
import { maxAlong, argmaxAlong } from './kernels/reduce';

let nextId = 1;

/** The autograd record of an op-produced tensor: the op and its per-call context. */
export interface GradFn {
  /** The op definition (registry entry or custom op). */
  def: OpDef;
  /** Attributes and saved values of this call. */
  ctx: OpCtx;
}

/** Nested arrays of numbers, as returned by `toNested()`. */
export type Nested = number | Nested[];

/** An n-dimensional array of floats that records the ops applied to it and can backpropagate. */
export class Tensor {
  /** Unique, monotonically increasing id (graph ids are `v<id>` and `o<id>`). */
  readonly id: number;
  /** Dimensions ([] for a scalar). */
  shape: number[];
  /** Number of elements. */
  size: number;
  /** Element type. */
  dtype: DType;
  /** Row-major storage. */
  data: FloatArray;
  /** ∂L/∂this after backward (same shape and dtype), or null. */
  grad: Tensor | null = null;
  /** Whether gradients flow to this tensor. */
  requiresGrad: boolean;
  /** Human label (`w1`, `ŷ`). */
  label?: string;
  /** TeX label (`w_1`, `\hat y`). */
  labelTex?: string;
  /** Name of the op that produced this tensor; null for leaves. */
  op: string | null = null;
  /** Inputs of the op that produced this tensor ([] for leaves). */
  parents: Tensor[] = [];
  /** Autograd record (op definition and context); null for leaves. */
  gradFn: GradFn | null = null;

  /** Wraps a buffer (not copied) with a shape; prefer the `tensor()`/`zeros()` factories. */
  constructor(data: FloatArray, shape: number[], requiresGrad = false) {
    if (sizeOf(shape) !== data.length) {
      throw new EngineError(`tensor: ${data.length} values do not fill shape ${fmtShape(shape)}`);
    }
    this.id = nextId++;
    this.data = data;
    this.shape = shape;
    this.size = data.length;
    this.dtype = dtypeOf(data);
    this.requiresGrad = requiresGrad;
  }

  /** Number of dimensions. */
  get ndim(): number {
    return this.shape.length;
  }

  /** Elementwise a + b (broadcasting). */
  add(o: Tensor | number): Tensor {
    return this.binary('add', o);
  }
  /** Elementwise a − b (broadcasting). */
  sub(o: Tensor | number): Tensor {
    return this.binary('sub', o);
  }
  /** Elementwise a · b (broadcasting). */
  mul(o: Tensor | number): Tensor {
    return this.binary('mul', o);
  }
  /** Elementwise a / b (broadcasting). */
  div(o: Tensor | number): Tensor {
    return this.binary('div', o);
  }
  /** −x. */
  neg(): Tensor {
    return this.unary('neg');
  }
  /** x^p for a constant exponent p. */
  pow(p: number): Tensor {
    return this.unary('pow', { p });
  }
  /** eˣ. */
  exp(): Tensor {
    return this.unary('exp');
  }
  /** Natural logarithm. */
  log(): Tensor {
    return this.unary('log');
  }
  /** 1/x (the reciprocal gate of the sigmoid circuit). */
  reciprocal(): Tensor {
    return this.unary('reciprocal');
  }
  /** max(0, x). */
  relu(): Tensor {
    return this.unary('relu');
  }
  /** x for x > 0, slope·x otherwise. */
  leakyRelu(slope = 0.01): Tensor {
    return this.unary('leakyRelu', { slope });
  }
  /** x for x > 0, alpha·(eˣ − 1) otherwise. */
  elu(alpha = 1): Tensor {
    return this.unary('elu', { alpha });
  }
  /** σ(x) = 1/(1 + e^{−x}). */
  sigmoid(): Tensor {
    return this.unary('sigmoid');
  }
  /** tanh(x). */
  tanh(): Tensor {
    return this.unary('tanh');
  }
  /** Matrix product with NumPy semantics for 1-D and 2-D operands. */
  matmul(o: Tensor): Tensor {
    return applyOp(getOp('matmul'), [this, o]);
  }
  /** Sum over `axis` (all axes when undefined). */
  sum(axis?: number, keepdims = false): Tensor {
    return applyOp(getOp('sum'), [this], { axis, keepdims });
  }
  /** Mean over `axis` (all axes when undefined). */
  mean(axis?: number, keepdims = false): Tensor {
    return applyOp(getOp('mean'), [this], { axis, keepdims });
  }
  /** Maximum along `axis`. Not differentiable: the result never requires grad. */
  max(axis: number, keepdims = false): Tensor {
    const ax = normalizeAxis('max', axis, this.ndim);
    const shape = this.shape
      .filter((_, i) => i !== ax || keepdims)
      .map((d, i) => (keepdims && i === ax ? 1 : d));
    return new Tensor(maxAlong(this.data, this.shape, ax), shape);
  }
  /** Index of the maximum along `axis` (first on ties; NaN counts as the largest), as an Int32Array of the reduced shape. */
  argmax(axis: number): Int32Array {
    return argmaxAlong(this.data, this.shape, normalizeAxis('argmax', axis, this.ndim));
  }
  /** Same values with a new shape (one dimension may be −1). */
  reshape(shape: number[]): Tensor {
    return applyOp(getOp('reshape'), [this], { shape });
  }
  /** Permutes axes (default: reverse them). */
  transpose(axes?: number[]): Tensor {
    return applyOp(getOp('transpose'), [this], {
      axes: axes ?? this.shape.map((_, i) => this.ndim - 1 - i),
    });
  }
  /** ½‖ŷ − y‖² called on ŷ (one registry op); 'mean' divides by the batch size (first dimension). */
  halfSquaredError(target: Tensor, reduction: 'sum' | 'mean' = 'sum'): Tensor {
    const total = applyOp(getOp('halfSquaredError'), [this, target]);
    return reduction === 'sum' ? total : total.div(this.ndim === 0 ? 1 : this.shape[0]);
  }
  /** mean((ŷ − y)²) called on ŷ. Built from primitives. */
  mse(target: Tensor): Tensor {
    return this.sub(target).pow(2).mean();
  }
  /** Fused, numerically stable softmax + cross-entropy of logits [B, C], averaged over the batch. */
  softmaxCrossEntropy(labels: Int32Array | number[]): Tensor {
    const ints = labels instanceof Int32Array ? labels : Int32Array.from(labels);
    return applyOp(getOp('softmaxCrossEntropy'), [this], { labels: ints });
  }
  /** The single value of a one-element tensor. */
  item(): number {
    if (this.size !== 1)
      throw new EngineError(
        `item: tensor of shape ${fmtShape(this.shape)} has ${this.size} elements, not 1`,
      );
    return this.data[0];
  }
  /** Flat copy of the values as numbers. */
  toArray(): number[] {
    return Array.from(this.data);
  }
  /** Values as nested arrays following the shape (a number for scalars). */
  toNested(): Nested {
    const strides = stridesOf(this.shape);
    const build = (dim: number, offset: number): Nested => {
      if (dim === this.ndim) return this.data[offset];
      const out: Nested[] = [];
      for (let i = 0; i < this.shape[dim]; i++) out.push(build(dim + 1, offset + i * strides[dim]));
      return out;
    };
    return build(0, 0);
  }
  /** Backpropagates from this tensor (scalar, or pass `grad` of the same shape); leaf grads accumulate. */
  backward(grad?: Tensor): void {
    runBackward(this, grad);
  }
  /** Resets this tensor's gradient to zeros (keeping its buffer); no-op when there is none. */
  zeroGrad(): void {
    this.grad?.data.fill(0);
  }
  /** A leaf sharing this tensor's storage that does not require grad. */
  detach(): Tensor {
    const t = new Tensor(this.data, this.shape.slice());
    t.label = this.label;
    t.labelTex = this.labelTex;
    return t;
  }
  /** A leaf with a copy of the values (same requiresGrad). */
  clone(): Tensor {
    return new Tensor(this.data.slice(), this.shape.slice(), this.requiresGrad);
  }
  /** Sets the display label (and optional TeX); returns this. */
  setLabel(label: string, tex?: string): this {
    this.label = label;
    if (tex !== undefined) this.labelTex = tex;
    return this;
  }
  /** True when no value is NaN or ±Infinity. */
  isFinite(): boolean {
    const d = this.data;
    for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return false;
    return true;
  }

  private unary(name: string, attrs: OpAttrs = {}): Tensor {
    return applyOp(getOp(name), [this], attrs);
  }

  private binary(name: string, o: Tensor | number): Tensor {
    return applyOp(getOp(name), [this, typeof o === 'number' ? constant(o, this.dtype) : o]);
  }
}

/** A labelled constant leaf (requiresGrad false), used when ops receive plain numbers. */
export function constant(value: number, dtype: DType = 'float32'): Tensor {
  const t = new Tensor(toBuffer(dtype, [value]), []);
  t.label = String(value);
  return t;
}
