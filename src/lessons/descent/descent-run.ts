/**
 * Gradient descent (with optional heavy-ball momentum) on a 2-D surface, every gradient from the
 * engine. A run stops honestly when it diverges: the loss is recorded as it grows, and the run
 * ends with a message once the loss or the parameters run away.
 */
import { fmt } from './format';
import { lossAndGrad, type Surface } from './surfaces';

/** One iterate: position and loss there. */
export interface Iterate {
  /** w₁. */
  x: number;
  /** w₂. */
  y: number;
  /** Loss at (w₁, w₂). */
  loss: number;
}

/** Settings of a run. */
export interface DescentSettings {
  /** Step size α (> 0). */
  alpha: number;
  /** Number of steps. */
  steps: number;
  /** Momentum μ in [0, 1). */
  momentum: number;
}

/** A run: iterates 0…k (the start first), and why it stopped early, if it did. */
export interface DescentRun {
  /** The start and every iterate computed. */
  points: Iterate[];
  /** Step at which it diverged, or null. */
  divergedAt: number | null;
  /** What happened, when it diverged. */
  message: string | null;
}

/** A loss this many times the start's (or any non-finite value) counts as divergence. */
export const DIVERGE_FACTOR = 1e6;

/** Runs descent from `start`; stops at divergence. */
export function runDescent(
  surface: Surface,
  start: [number, number],
  { alpha, steps, momentum }: DescentSettings,
): DescentRun {
  let [x, y] = start;
  let first = lossAndGrad(surface, x, y);
  const points: Iterate[] = [{ x, y, loss: first.loss }];
  const limit = Math.max(1, first.loss) * DIVERGE_FACTOR;
  let v = [0, 0];
  for (let k = 1; k <= steps; k++) {
    v = [momentum * v[0] + first.grad[0], momentum * v[1] + first.grad[1]];
    x -= alpha * v[0];
    y -= alpha * v[1];
    const next = lossAndGrad(surface, x, y);
    points.push({ x, y, loss: next.loss });
    if (!Number.isFinite(next.loss) || next.loss > limit) {
      return { points, divergedAt: k, message: divergedMessage(points, k, alpha, surface) };
    }
    first = next;
  }
  return { points, divergedAt: null, message: null };
}

function divergedMessage(points: Iterate[], k: number, alpha: number, surface: Surface): string {
  const grew = `the loss grew from ${fmt(points[0].loss)} to ${fmt(points[k].loss)}`;
  const why =
    surface.maxCurvature !== null
      ? ` α = ${fmt(alpha)} is above 2 / curvature = ${fmt(2 / surface.maxCurvature)}.`
      : ' Lower α.';
  return `Diverged at step ${k}: ${grew}, so the run stopped.${why}`;
}

/** Euclidean distance of an iterate from a point. */
export function distanceTo(p: Iterate, target: [number, number]): number {
  return Math.hypot(p.x - target[0], p.y - target[1]);
}
