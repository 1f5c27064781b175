/**
 * The descent lesson's URL parameters (validated by the kit: a malformed value falls back to its
 * default, an out-of-range one is clamped, and both are reported).
 */
import type { ParamTable } from '../../kit/url-params';

/** Smallest step size accepted (α = 0 would never move). */
export const MIN_ALPHA = 0.0001;
/** Largest momentum accepted (μ ≥ 1 never forgets a gradient: the iterates do not settle). */
export const MAX_MOMENTUM = 0.99;
/** Landscape grid sizes allowed (points per side). */
export const GRID_RANGE = { min: 11, max: 51 } as const;
/** Landscape subset sizes allowed (training digits). */
export const SUBSET_RANGE = { min: 200, max: 10000 } as const;

/** The lesson's shareable parameters. */
export const DESCENT_PARAMS = {
  /** 1-D: curvature c of L(θ) = ½c(θ − 1)². */
  c: { kind: 'number', default: 1, min: 0.25, max: 4 },
  /** 1-D: step size. */
  a1: { kind: 'number', default: 0.5, min: MIN_ALPHA, max: 10 },
  /** 1-D: starting θ. */
  t0: { kind: 'number', default: -3, min: -6, max: 8 },
  /** 1-D: hand steps taken so far. */
  k1: { kind: 'int', default: 0, min: 0, max: 40 },
  /** 2-D: which surface. */
  surf: { kind: 'enum', default: 'bowl', values: ['bowl', 'valley', 'rosenbrock', 'data'] },
  /** 2-D: the valley's condition number. */
  cond: { kind: 'number', default: 10, min: 1, max: 100 },
  /** 2-D: step size. */
  a: { kind: 'number', default: 0.1, min: MIN_ALPHA, max: 10 },
  /** 2-D: number of steps of a run. */
  n: { kind: 'int', default: 50, min: 1, max: 500 },
  /** 2-D: momentum μ. */
  mu: { kind: 'number', default: 0.9, min: 0, max: MAX_MOMENTUM },
  /** 2-D: start w₁ (NaN-free; clamped to the plot when outside). */
  x0: { kind: 'number', default: -2.5, min: -1000, max: 1000 },
  /** 2-D: start w₂. */
  y0: { kind: 'number', default: 2, min: -1000, max: 1000 },
  /** 2-D: steps shown so far (one more per clicker press). */
  k: { kind: 'int', default: 0, min: 0, max: 500 },
  /** Losses: score of the true class. */
  z: { kind: 'number', default: -3, min: -8, max: 8 },
  /** Mini-batch: step size. */
  ab: { kind: 'number', default: 0.1, min: MIN_ALPHA, max: 2 },
  /** Mini-batch: steps shown so far. */
  kb: { kind: 'int', default: 0, min: 0, max: 100 },
  /** Mini-batch: seed of the shuffles. */
  seed: { kind: 'int', default: 1, min: 0, max: 9999 },
  /** Landscape: grid points per side. */
  grid: { kind: 'int', default: 31, min: GRID_RANGE.min, max: GRID_RANGE.max },
  /** Landscape: training digits the loss is averaged over. */
  sub: { kind: 'int', default: 2000, min: SUBSET_RANGE.min, max: SUBSET_RANGE.max },
} satisfies ParamTable;
