/**
 * Curves of the MNIST run, folded from the training client's snapshots: batch loss and the
 * moving-average train accuracy at each published iteration, test loss and accuracy at each
 * evaluation. Pure functions over plain arrays (tested without a worker).
 */
import type { TrainingSnapshot } from '../../worker';

/** One point of a curve. */
export interface Point {
  /** Optimizer step. */
  x: number;
  /** Value at that step. */
  y: number;
}

/** The four curves of a run. */
export interface RunSeries {
  /** Loss of the latest batch. */
  trainLoss: Point[];
  /** Mean loss over the test split. */
  testLoss: Point[];
  /** Moving-average accuracy on training batches. */
  trainAccuracy: Point[];
  /** Accuracy on the test split. */
  testAccuracy: Point[];
}

/** No points yet. */
export const EMPTY_SERIES: RunSeries = {
  trainLoss: [],
  testLoss: [],
  trainAccuracy: [],
  testAccuracy: [],
};

/** Most points kept per curve; older points are thinned (every other one dropped) beyond it. */
export const MAX_POINTS = 600;

function append(points: Point[], p: Point): Point[] {
  const last = points[points.length - 1];
  if (!Number.isFinite(p.y) || (last && last.x >= p.x)) return points;
  const next = [...points, p];
  // NOTE: thinning halves the older half so the curve keeps its shape and memory stays bounded.
  if (next.length <= MAX_POINTS) return next;
  const half = Math.floor(next.length / 2);
  return [...next.slice(0, half).filter((_, i) => i % 2 === 0), ...next.slice(half)];
}

/** Folds the change between two snapshots into the curves (a reset to step 0 clears them). */
export function foldSeries(
  series: RunSeries,
  prev: TrainingSnapshot,
  snap: TrainingSnapshot,
): RunSeries {
  let out = series;
  const p = snap.progress;
  if (p && p !== prev.progress) {
    if (p.iteration === 0) return EMPTY_SERIES;
    out = { ...out, trainLoss: append(out.trainLoss, { x: p.iteration, y: p.batchLoss }) };
    if (p.trainAccuracy !== null)
      out = {
        ...out,
        trainAccuracy: append(out.trainAccuracy, { x: p.iteration, y: p.trainAccuracy }),
      };
  }
  const e = snap.lastEval;
  if (e && e !== prev.lastEval && e.iteration > 0) {
    out = { ...out, testLoss: append(out.testLoss, { x: e.iteration, y: e.testLoss }) };
    if (e.testAccuracy !== null)
      out = {
        ...out,
        testAccuracy: append(out.testAccuracy, { x: e.iteration, y: e.testAccuracy }),
      };
  }
  return out;
}
