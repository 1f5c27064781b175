import { Tensor } from './tensor';
import { numericGrad } from './numerics';

/** One checked entry: which input and element, both gradients and their relative error. */
export interface GradcheckEntry {
  /** Index of the input tensor. */
  input: number;
  /** Flat index of the element within that input. */
  index: number;
  /** The backward pass's value. */
  analytic: number;
  /** The float64 central difference. */
  numeric: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|, 1), as `gradcheck` measures it. */
  relError: number;
}

/**
 * Every entry of a gradient check, not only the worst: the backward pass of fn's output (summed
 * when not a scalar) against float64 central differences with step h, per input element.
 */
export function gradcheckEntries(
  fn: (...inputs: Tensor[]) => Tensor,
  inputs: Tensor[],
  h = 1e-6,
): GradcheckEntry[] {
  const scalarOf = (...xs: Tensor[]): Tensor => {
    const y = fn(...xs);
    return y.size === 1 ? y : y.sum();
  };
  const leaves = inputs.map((t) => new Tensor(Float64Array.from(t.data), t.shape.slice(), true));
  scalarOf(...leaves).backward();
  const numeric = numericGrad(scalarOf, leaves, h);
  const out: GradcheckEntry[] = [];
  leaves.forEach((x, k) => {
    for (let i = 0; i < x.size; i++) {
      const a = x.grad ? x.grad.data[i] : 0;
      const n = numeric[k].data[i];
      const err = Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), 1);
      out.push({
        input: k,
        index: i,
        analytic: a,
        numeric: n,
        relError: Number.isNaN(err) ? Infinity : err,
      });
    }
  });
  return out;
}
