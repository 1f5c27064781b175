/**
 * The gradcheck step's engine work: a small random MLP in float64 whose first layer multiplies
 * with the backprop lesson's Multiply (correct, or one of its two broken backwards), checked
 * entry by entry against central differences.
 */
import { createRng, gradcheckEntries, ones, randn, tensor, type Tensor } from '../../engine';
import { Multiply } from '../../kit/multiply-op';
import { MultiplyNoUpstream, MultiplySwapped } from '../../kit/multiply-op-buggy';

/** Which Multiply the first layer uses. */
export type MultiplyChoice = 'correct' | 'swap' | 'no-upstream';

const MULTIPLY: Record<MultiplyChoice, (a: Tensor, b: Tensor) => Tensor> = {
  correct: (a, b) => Multiply.apply(a, b),
  swap: (a, b) => MultiplySwapped.apply(a, b),
  'no-upstream': (a, b) => MultiplyNoUpstream.apply(a, b),
};

/** Sizes: 3 inputs, 4 hidden units (tanh), 2 outputs. */
export const SIZES = { input: 3, hidden: 4, output: 2 };

/** Parameter names in order, with their shapes. */
const PARAMS: [string, number[]][] = [
  ['W1', [SIZES.hidden, SIZES.input]],
  ['b1', [SIZES.hidden]],
  ['W2', [SIZES.output, SIZES.hidden]],
  ['b2', [SIZES.output]],
];

/** One checked parameter. */
export interface ParamError {
  /** Name with its index, e.g. `W1[2,0]`. */
  name: string;
  /** Backward pass value. */
  analytic: number;
  /** Central difference. */
  numeric: number;
  /** Relative error. */
  relError: number;
}

function entryName(name: string, shape: number[], index: number): string {
  if (shape.length === 1) return `${name}[${index}]`;
  return `${name}[${Math.floor(index / shape[1])},${index % shape[1]}]`;
}

/** The loss of the small MLP for one seeded sample, with the chosen Multiply in layer 1. */
function lossFn(choice: MultiplyChoice, x: Tensor, target: Tensor) {
  return (w1: Tensor, b1: Tensor, w2: Tensor, b2: Tensor): Tensor => {
    const xs = x.reshape([1, SIZES.input]).mul(ones([SIZES.hidden, 1], { dtype: 'float64' }));
    const h = MULTIPLY[choice](w1, xs).sum(1).add(b1).tanh();
    const y = w2.matmul(h).add(b2);
    return y.halfSquaredError(target);
  };
}

/** Checks every parameter of the seeded MLP with the chosen Multiply. */
export function checkMlp(choice: MultiplyChoice, seed = 5): ParamError[] {
  const rng = createRng(seed);
  const params = PARAMS.map(([, shape]) => randn(shape, rng, { dtype: 'float64' }));
  const x = randn([SIZES.input], rng, { dtype: 'float64' });
  const target = tensor([0.5, -0.5], { dtype: 'float64' });
  const entries = gradcheckEntries(lossFn(choice, x, target), params);
  return entries.map((e) => ({
    name: entryName(PARAMS[e.input][0], PARAMS[e.input][1], e.index),
    analytic: e.analytic,
    numeric: e.numeric,
    relError: e.relError,
  }));
}

/** The entry with the largest relative error. */
export function worst(errors: readonly ParamError[]): ParamError {
  return errors.reduce((a, b) => (b.relError > a.relError ? b : a));
}

/** One histogram bin: errors in [10^lo, 10^(lo+1)), or exactly 0 when lo is null. */
export interface Bin {
  /** Lower decade exponent, or null for the bin of exact zeros. */
  lo: number | null;
  /** How many errors fall in it. */
  count: number;
}

/** Counts relative errors per decade from 1e-17 to 1e1 (plus a bin of exact zeros). */
export function histogram(errors: readonly ParamError[]): Bin[] {
  const bins: Bin[] = [{ lo: null, count: 0 }];
  for (let lo = -17; lo <= 0; lo++) bins.push({ lo, count: 0 });
  for (const e of errors) {
    if (e.relError === 0) bins[0].count++;
    else {
      const lo = Math.min(0, Math.max(-17, Math.floor(Math.log10(e.relError))));
      bins[lo + 18].count++;
    }
  }
  return bins;
}
