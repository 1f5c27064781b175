/**
 * How wrong a finite difference is, as a function of its step h: the forward difference
 * (f(x+h) − f(x))/h and the central one (f(x+h) − f(x−h))/2h against the exact derivative, in
 * float64 or in float32. In float32 every operation is rounded to float32 (Math.fround) — x, h,
 * x ± h, each f evaluation, the difference and the quotient — as a float32 program would.
 */

/** Float precision of an evaluation. */
export type Precision = 'float64' | 'float32';

/** A scalar function with its exact derivative, evaluated in either precision. */
export interface ScalarFunction {
  /** f(x) in float64. */
  f64(x: number): number;
  /** f(x) with every operation rounded to float32 (x is already a float32 value). */
  f32(x: number): number;
  /** The exact derivative f′(x) in float64 (at a kink: the engine's convention, see `kinkAt`). */
  exact(x: number): number;
  /** True when f has no derivative at x (a kink, such as |x| or relu at 0). */
  kinkAt(x: number): boolean;
}

const f = Math.fround;

/** The lesson's built-in functions: four smooth ones and two with a kink at 0. */
export const SCALAR_FUNCTIONS: Record<
  'sin' | 'exp' | 'cube' | 'sigmoid' | 'abs' | 'relu',
  ScalarFunction
> = {
  sin: { f64: Math.sin, f32: (x) => f(Math.sin(x)), exact: Math.cos, kinkAt: () => false },
  exp: { f64: Math.exp, f32: (x) => f(Math.exp(x)), exact: Math.exp, kinkAt: () => false },
  cube: {
    f64: (x) => x * x * x,
    f32: (x) => f(f(x * x) * x),
    exact: (x) => 3 * x * x,
    kinkAt: () => false,
  },
  sigmoid: {
    f64: (x) => 1 / (1 + Math.exp(-x)),
    f32: (x) => f(1 / f(1 + f(Math.exp(-x)))),
    exact: (x) => {
      const s = 1 / (1 + Math.exp(-x));
      return s * (1 - s);
    },
    kinkAt: () => false,
  },
  // NOTE: at the kink, "exact" is the convention sign(0) = 0 (and relu′(0) = 0, as the engine uses).
  abs: { f64: Math.abs, f32: Math.abs, exact: Math.sign, kinkAt: (x) => x === 0 },
  relu: {
    f64: (x) => Math.max(0, x),
    f32: (x) => Math.max(0, x),
    exact: (x) => (x > 0 ? 1 : 0),
    kinkAt: (x) => x === 0,
  },
};

/** Finite-difference estimates at one step h, in the given precision. */
export function differenceAt(
  fn: ScalarFunction,
  x: number,
  h: number,
  precision: Precision,
): { forward: number; central: number } {
  if (precision === 'float64') {
    const fx = fn.f64(x);
    return {
      forward: (fn.f64(x + h) - fx) / h,
      central: (fn.f64(x + h) - fn.f64(x - h)) / (2 * h),
    };
  }
  const xf = f(x);
  const hf = f(h);
  const plus = fn.f32(f(xf + hf));
  const minus = fn.f32(f(xf - hf));
  return {
    forward: f(f(plus - fn.f32(xf)) / hf),
    central: f(f(plus - minus) / f(2 * hf)),
  };
}

/** The steps of the sweep: 10^(−1) down to 10^(−15), `perDecade` per factor of ten. */
export function stepSweep(perDecade = 4): number[] {
  const out: number[] = [];
  for (let i = perDecade; i <= 15 * perDecade; i++) out.push(10 ** (-i / perDecade));
  return out;
}

/** Errors of both differences for every step of a sweep. */
export interface ErrorSweep {
  /** Steps h, decreasing. */
  hs: number[];
  /** |forward difference − exact| per step. */
  forward: number[];
  /** |central difference − exact| per step. */
  central: number[];
  /** The exact derivative they are compared with (at float32(x) in float32). */
  exact: number;
}

/** Sweeps h and measures both differences' absolute errors against the exact derivative. */
export function errorSweep(
  fn: ScalarFunction,
  x: number,
  precision: Precision,
  hs = stepSweep(),
): ErrorSweep {
  const exact = fn.exact(precision === 'float32' ? f(x) : x);
  const forward: number[] = [];
  const central: number[] = [];
  for (const h of hs) {
    const d = differenceAt(fn, x, h, precision);
    forward.push(Math.abs(d.forward - exact));
    central.push(Math.abs(d.central - exact));
  }
  return { hs, forward, central, exact };
}

/** The step with the smallest error (the first one on ties), and that error. */
export function bestStep(
  hs: readonly number[],
  errors: readonly number[],
): { h: number; error: number } {
  let best = 0;
  for (let i = 1; i < errors.length; i++) if (errors[i] < errors[best]) best = i;
  return { h: hs[best], error: errors[best] };
}

/**
 * Least-squares slope of log10(error) against log10(h) over steps in [lo, hi] (errors of 0 are
 * skipped); null with fewer than two usable points.
 */
export function logLogSlope(
  hs: readonly number[],
  errors: readonly number[],
  lo: number,
  hi: number,
): number | null {
  const pts: [number, number][] = [];
  hs.forEach((h, i) => {
    if (h >= lo && h <= hi && errors[i] > 0 && Number.isFinite(errors[i]))
      pts.push([Math.log10(h), Math.log10(errors[i])]);
  });
  if (pts.length < 2) return null;
  const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
  const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  let num = 0;
  let den = 0;
  for (const [a, b] of pts) {
    num += (a - mx) * (b - my);
    den += (a - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

/** Relative spacing of floats: 2⁻⁵² in float64, 2⁻²³ in float32. */
export const MACHINE_EPSILON: Record<Precision, number> = {
  float64: Number.EPSILON,
  float32: 2 ** -23,
};

/** True when x + h rounds back to x in this precision (the difference is then exactly 0). */
export function stepVanishes(x: number, h: number, precision: Precision): boolean {
  if (precision === 'float64') return x + h === x;
  return f(f(x) + f(h)) === f(x);
}
