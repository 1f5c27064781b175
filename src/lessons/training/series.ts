/** The curves of a run, folded from worker progress, evaluations and gradient-norm reports. */
import type { EvalResult, Progress, GradNormReport } from '../../worker';

/** A curve: x (steps) and y values. */
export interface Curve {
  /** Steps. */
  readonly x: readonly number[];
  /** Values. */
  readonly y: readonly number[];
}

/** Every curve of a run. */
export interface RunSeries {
  /** Batch loss. */
  readonly trainLoss: Curve;
  /** Moving average of batch accuracy. */
  readonly trainAcc: Curve;
  /** Test loss at each evaluation. */
  readonly testLoss: Curve;
  /** Test accuracy at each evaluation. */
  readonly testAcc: Curve;
  /** Parameter names of the gradient-norm curves. */
  readonly gradNames: readonly string[];
  /** ‖∇‖ of each parameter tensor over steps (one curve per name). */
  readonly gradNorms: readonly Curve[];
}

/** Curves keep at most this many points; older ones are thinned to every other point. */
export const MAX_POINTS = 1200;

const EMPTY_CURVE: Curve = { x: [], y: [] };

/** No points yet. */
export const EMPTY_SERIES: RunSeries = {
  trainLoss: EMPTY_CURVE,
  trainAcc: EMPTY_CURVE,
  testLoss: EMPTY_CURVE,
  testAcc: EMPTY_CURVE,
  gradNames: [],
  gradNorms: [],
};

/** Appends (x, y) when x is past the curve's last step and y is finite; thins long curves. */
export function append(c: Curve, x: number, y: number): Curve {
  const last = c.x[c.x.length - 1];
  if (!Number.isFinite(y) || (last !== undefined && x <= last)) return c;
  let xs = [...c.x, x];
  let ys = [...c.y, y];
  if (xs.length > MAX_POINTS) {
    xs = xs.filter((_, i) => i % 2 === 0 || i === xs.length - 1);
    ys = ys.filter((_, i) => i % 2 === 0 || i === ys.length - 1);
  }
  return { x: xs, y: ys };
}

/** Adds a progress message's batch loss and training accuracy. */
export function foldProgress(s: RunSeries, p: Progress): RunSeries {
  if (p.iteration === 0) return s;
  const trainLoss = append(s.trainLoss, p.iteration, p.batchLoss);
  const trainAcc =
    p.trainAccuracy === null ? s.trainAcc : append(s.trainAcc, p.iteration, p.trainAccuracy);
  return trainLoss === s.trainLoss && trainAcc === s.trainAcc ? s : { ...s, trainLoss, trainAcc };
}

/** Adds a test evaluation. */
export function foldEval(s: RunSeries, e: EvalResult): RunSeries {
  const testLoss = append(s.testLoss, e.iteration, e.testLoss);
  const testAcc =
    e.testAccuracy === null ? s.testAcc : append(s.testAcc, e.iteration, e.testAccuracy);
  return testLoss === s.testLoss && testAcc === s.testAcc ? s : { ...s, testLoss, testAcc };
}

/** Adds the gradient norms of the latest step. */
export function foldGradNorms(s: RunSeries, r: GradNormReport): RunSeries {
  if (r.iteration === 0 || r.norms.length === 0) return s;
  const same = s.gradNames.join() === r.names.join();
  const base = same ? s.gradNorms : r.names.map(() => EMPTY_CURVE);
  const gradNorms = base.map((c, i) => append(c, r.iteration, r.norms[i]));
  return gradNorms.every((c, i) => c === base[i]) && same
    ? s
    : { ...s, gradNames: r.names, gradNorms };
}
