/**
 * Activation functions and their derivatives, both read from the engine: the forward pass gives
 * the values, the backward pass (one sum, one backward) gives every derivative at once.
 */
import { getOp, scalar, tensor, type Tensor } from '../../engine';

/** Activations compared in the lesson (identity is shown in its own step). */
export type CurveName = 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'elu';

/** Display names. */
export const CURVE_LABELS: Record<CurveName, string> = {
  sigmoid: 'sigmoid σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU (α = 0.1)',
  elu: 'ELU (α = 1)',
};

/** Negative slope of the leaky ReLU drawn (0.1 rather than 0.01, so the slope is visible). */
export const LEAKY_SLOPE = 0.1;

/** Applies the named activation through the engine. */
export function applyActivation(name: CurveName, x: Tensor): Tensor {
  if (name === 'leakyRelu') return x.leakyRelu(LEAKY_SLOPE);
  if (name === 'elu') return x.elu(1);
  return x[name]();
}

/** Samples of f and f′ on a grid of x. */
export interface Curve {
  /** The x grid. */
  x: number[];
  /** f(x), forward pass. */
  y: number[];
  /** f′(x), the engine's backward pass. */
  dy: number[];
}

/** f and f′ at `n` points of [lo, hi] (float64). */
export function sampleCurve(name: CurveName, lo: number, hi: number, n: number): Curve {
  const xs = Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
  const x = tensor(xs, { dtype: 'float64', requiresGrad: true });
  const y = applyActivation(name, x);
  y.sum().backward();
  return { x: xs, y: Array.from(y.data), dy: Array.from(x.grad!.data) };
}

/** An interval of x where learning stalls. */
export interface FlatRegion {
  /** Left end (−Infinity when it runs off the plot). */
  from: number;
  /** Right end (Infinity when it runs off the plot). */
  to: number;
  /** 'dead' where f′ is exactly 0, 'saturated' where it is below 5% of its peak. */
  kind: 'dead' | 'saturated';
}

/** Share of the peak derivative below which a region counts as saturated. */
export const SATURATION_SHARE = 0.05;

/** The flat regions of a sampled curve (contiguous runs of samples below the threshold). */
export function flatRegions(c: Curve): FlatRegion[] {
  const peak = Math.max(...c.dy.map(Math.abs));
  const out: FlatRegion[] = [];
  let start = -1;
  const close = (end: number) => {
    const slice = c.dy.slice(start, end + 1);
    const kind = slice.every((d) => d === 0) ? 'dead' : 'saturated';
    const from = start === 0 ? -Infinity : c.x[start];
    const to = end === c.x.length - 1 ? Infinity : c.x[end];
    out.push({ from, to, kind });
  };
  c.dy.forEach((d, i) => {
    const flat = Math.abs(d) < SATURATION_SHARE * peak;
    if (flat && start < 0) start = i;
    if (!flat && start >= 0) {
      close(i - 1);
      start = -1;
    }
  });
  if (start >= 0) close(c.dy.length - 1);
  return out;
}

/** The derivative of k stacked sigmoids σ(σ(…σ(x))) at x, from one engine backward pass per depth. */
export function sigmoidStackDerivatives(x0: number, depth: number): number[] {
  const out: number[] = [];
  for (let k = 1; k <= depth; k++) {
    const x = scalar(x0, { dtype: 'float64', requiresGrad: true });
    let h: Tensor = x;
    for (let i = 0; i < k; i++) h = h.sigmoid();
    h.backward();
    out.push(x.grad!.item());
  }
  return out;
}

/** The engine registry's TeX of an activation's forward formula and local derivative. */
export function activationTex(name: CurveName): { forward: string; derivative: string } {
  const op = getOp(name);
  return { forward: op.forwardTex, derivative: op.localGradTex[0] };
}
