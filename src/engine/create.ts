import type { DType } from './op-types';
import type { Rng } from './rng';
import { Tensor } from './tensor';
import { EngineError, fmtShape } from './errors';
import { sizeOf } from './shape';
import { allocate, toBuffer } from './storage';
// Registers the built-in ops: every tensor made by these factories can use its op methods.
import './ops/all';

/** Options shared by the tensor factories. */
export interface TensorOpts {
  /** Element type (default float32). */
  dtype?: DType;
  /** Whether gradients flow to the new leaf (default false). */
  requiresGrad?: boolean;
  /** Display label. */
  label?: string;
  /** TeX label. */
  labelTex?: string;
}

/** Nested arrays of numbers, as accepted by `tensor()`. */
export type NestedInput = number | readonly NestedInput[];

function finish(t: Tensor, opts: TensorOpts): Tensor {
  t.requiresGrad = opts.requiresGrad ?? false;
  if (opts.label !== undefined) t.label = opts.label;
  if (opts.labelTex !== undefined) t.labelTex = opts.labelTex;
  return t;
}

function flattenNested(value: NestedInput, shape: number[], out: number[], depth: number): void {
  if (typeof value === 'number') {
    if (depth !== shape.length) throw new EngineError('tensor: ragged nested array');
    out.push(value);
    return;
  }
  if (depth === shape.length) shape.push(value.length);
  else if (shape[depth] !== value.length) throw new EngineError('tensor: ragged nested array');
  for (const v of value) flattenNested(v, shape, out, depth + 1);
}

/** A scalar leaf (shape []). */
export function scalar(v: number, opts: TensorOpts = {}): Tensor {
  return finish(new Tensor(toBuffer(opts.dtype ?? 'float32', [v]), []), opts);
}

/** A leaf from nested arrays (shape inferred) or a flat array-like (1-D, or `opts.shape`). */
export function tensor(
  data: NestedInput | ArrayLike<number>,
  opts: TensorOpts & { shape?: number[] } = {},
): Tensor {
  const dtype = opts.dtype ?? 'float32';
  let shape: number[] = [];
  let values: ArrayLike<number>;
  if (typeof data === 'number' || Array.isArray(data)) {
    const flat: number[] = [];
    flattenNested(data as NestedInput, shape, flat, 0);
    values = flat;
  } else {
    values = data as ArrayLike<number>;
    shape = [values.length];
  }
  if (opts.shape) {
    if (sizeOf(opts.shape) !== values.length) {
      throw new EngineError(
        `tensor: ${values.length} values do not fill shape ${fmtShape(opts.shape)}`,
      );
    }
    shape = opts.shape.slice();
  }
  return finish(new Tensor(toBuffer(dtype, values), shape), opts);
}

/** A leaf of zeros. */
export function zeros(shape: number[], opts: TensorOpts = {}): Tensor {
  return finish(new Tensor(allocate(opts.dtype ?? 'float32', sizeOf(shape)), shape.slice()), opts);
}

/** A leaf of ones. */
export function ones(shape: number[], opts: TensorOpts = {}): Tensor {
  return finish(
    new Tensor(allocate(opts.dtype ?? 'float32', sizeOf(shape)).fill(1), shape.slice()),
    opts,
  );
}

/** A leaf of normal samples with standard deviation `std` (default 1) from `rng`. */
export function randn(shape: number[], rng: Rng, opts: TensorOpts & { std?: number } = {}): Tensor {
  const t = zeros(shape, opts);
  const std = opts.std ?? 1;
  for (let i = 0; i < t.size; i++) t.data[i] = rng.normal() * std;
  return t;
}

/** A leaf of uniform samples in [low, high) (default [0, 1)) from `rng`. */
export function rand(
  shape: number[],
  rng: Rng,
  opts: TensorOpts & { low?: number; high?: number } = {},
): Tensor {
  const t = zeros(shape, opts);
  const low = opts.low ?? 0;
  const high = opts.high ?? 1;
  for (let i = 0; i < t.size; i++) t.data[i] = low + (high - low) * rng.next();
  return t;
}
