import { Tensor } from './tensor';
import { EngineError } from './errors';
import { noGrad } from './grad-mode';
import { createRng } from './rng';
import { allocate } from './storage';
import type { FloatArray } from './op-types';

/** Finite-difference derivative of a scalar function: forward (f(x+h)−f(x))/h or central (f(x+h)−f(x−h))/2h. */
export function finiteDifference(
  f: (x: number) => number,
  x: number,
  h: number,
  kind: 'forward' | 'central',
): number {
  return kind === 'forward' ? (f(x + h) - f(x)) / h : (f(x + h) - f(x - h)) / (2 * h);
}

/** A float64 leaf copy of `t` (requiresGrad as given). */
function toFloat64(t: Tensor, requiresGrad: boolean): Tensor {
  const out = new Tensor(Float64Array.from(t.data), t.shape.slice(), requiresGrad);
  out.label = t.label;
  return out;
}

/** Evaluates `evaluate` with data[j] moved to +h, then to −h, and restores data[j]; returns both values. */
function plusMinus<T>(data: FloatArray, j: number, h: number, evaluate: () => T): [T, T] {
  const orig = data[j];
  data[j] = orig + h;
  const plus = evaluate();
  data[j] = orig - h;
  const minus = evaluate();
  data[j] = orig;
  return [plus, minus];
}

/** Sum of all outputs (the scalar whose gradient numericGrad estimates when fn is not scalar). */
function scalarOf(t: Tensor): number {
  let s = 0;
  for (let i = 0; i < t.size; i++) s += t.data[i];
  return s;
}

/**
 * Central-difference gradient in float64 of fn's output (summed when it is not a scalar) w.r.t. each input.
 * Inputs are copied to float64 first, so fn must build its constants from numbers or the inputs' dtype.
 */
export function numericGrad(
  fn: (...inputs: Tensor[]) => Tensor,
  inputs: Tensor[],
  h = 1e-6,
): Tensor[] {
  const xs = inputs.map((t) => toFloat64(t, false));
  const evaluate = (): number => noGrad(() => scalarOf(fn(...xs)));
  return xs.map((x) => {
    const grad = new Tensor(new Float64Array(x.size), x.shape.slice());
    for (let i = 0; i < x.size; i++) {
      const [plus, minus] = plusMinus(x.data, i, h, evaluate);
      grad.data[i] = (plus - minus) / (2 * h);
    }
    return grad;
  });
}

/** Options of gradcheck: step h (1e-6), tolerances: entry i passes when |a−n| ≤ atol + rtol·max(|a|,|n|,1). */
export interface GradcheckOpts {
  /** Finite-difference step (default 1e-6). */
  h?: number;
  /** Relative tolerance (default 1e-6). */
  rtol?: number;
  /** Absolute slack (default 0). */
  atol?: number;
}

/** Result of gradcheck: overall verdict, worst relative error (|a−n| / max(|a|,|n|,1)), and per input. */
export interface GradcheckResult {
  /** True when every entry is within tolerance. */
  ok: boolean;
  /** Largest relative error over all inputs. */
  maxRelError: number;
  /** Largest relative error per input. */
  perInput: { maxRelError: number }[];
}

/**
 * Compares autodiff gradients with float64 central differences. Non-scalar outputs are projected onto
 * fixed random weights first, so every output element is checked.
 */
export function gradcheck(
  fn: (...inputs: Tensor[]) => Tensor,
  inputs: Tensor[],
  opts: GradcheckOpts = {},
): GradcheckResult {
  const { h = 1e-6, rtol = 1e-6, atol = 0 } = opts;
  const probe = noGrad(() => fn(...inputs.map((t) => toFloat64(t, false))));
  const rng = createRng(1234);
  const weights = new Tensor(
    Float64Array.from({ length: probe.size }, () => 0.5 + rng.next()),
    probe.shape.slice(),
  );
  const projected = (...xs: Tensor[]): Tensor => {
    const y = fn(...xs);
    return y.size === 1 ? y.sum() : y.mul(weights).sum();
  };
  const xs = inputs.map((t) => toFloat64(t, true));
  projected(...xs).backward();
  const numeric = numericGrad(projected, xs, h);
  let ok = true;
  const perInput = xs.map((x, k) => {
    let worst = 0;
    for (let i = 0; i < x.size; i++) {
      const a = x.grad ? x.grad.data[i] : 0;
      const n = numeric[k].data[i];
      const scale = Math.max(Math.abs(a), Math.abs(n), 1);
      const err = Math.abs(a - n);
      if (!(err <= atol + rtol * scale)) ok = false;
      worst = Math.max(worst, Number.isNaN(err) ? Infinity : err / scale);
    }
    return { maxRelError: worst };
  });
  return { ok, maxRelError: Math.max(0, ...perInput.map((p) => p.maxRelError)), perInput };
}

/** Autodiff Jacobian [M, N] of y = fn(x) (both flattened), one backward pass per output element. */
export function jacobian(fn: (x: Tensor) => Tensor, x: Tensor): Tensor {
  const leaf = new Tensor(x.data.slice(), x.shape.slice(), true);
  const y = fn(leaf);
  if (!y.requiresGrad) throw new EngineError('jacobian: the output does not depend on x');
  const jac = allocate(x.dtype, y.size * x.size);
  for (let i = 0; i < y.size; i++) {
    leaf.grad = null;
    const seed = new Tensor(allocate(y.dtype, y.size), y.shape.slice());
    seed.data[i] = 1;
    y.backward(seed);
    if (leaf.grad) jac.set((leaf.grad as Tensor).data, i * x.size);
  }
  return new Tensor(jac, [y.size, x.size]);
}

/** Central-difference Jacobian [M, N] of y = fn(x) in float64. */
export function numericJacobian(fn: (x: Tensor) => Tensor, x: Tensor, h = 1e-6): Tensor {
  const x64 = toFloat64(x, false);
  const evaluate = (): Float64Array => Float64Array.from(noGrad(() => fn(x64)).data);
  const m = evaluate().length;
  const jac = new Float64Array(m * x.size);
  for (let j = 0; j < x.size; j++) {
    const [plus, minus] = plusMinus(x64.data, j, h, evaluate);
    for (let i = 0; i < m; i++) jac[i * x.size + j] = (plus[i] - minus[i]) / (2 * h);
  }
  return new Tensor(jac, [m, x.size]);
}
