/**
 * The one-parameter loss of the first step: L(θ) = ½ c (θ − θ*)². Values and slopes come from
 * the engine; the curvature is read off the engine's slope (the slope of a quadratic changes by c
 * per unit of θ), and from it the step sizes at which descent starts to oscillate and to diverge.
 */
import { scalar } from '../../engine';

/** The minimiser θ* of the one-parameter loss. */
export const THETA_STAR = 1;

/** Largest |θ| before a run counts as diverged. */
export const THETA_LIMIT = 1e6;

/** L(θ) and dL/dθ from the engine (float64). */
export function quadAt(c: number, theta: number): { loss: number; slope: number } {
  const t = scalar(theta, { dtype: 'float64', requiresGrad: true });
  const loss = t
    .sub(THETA_STAR)
    .pow(2)
    .mul(0.5 * c);
  loss.backward();
  return { loss: loss.item(), slope: t.grad?.item() ?? 0 };
}

/** The curvature d²L/dθ², as the change of the engine's slope over one unit of θ. */
export function curvatureOf(c: number): number {
  return quadAt(c, 1).slope - quadAt(c, 0).slope;
}

/** Step sizes where descent starts to overshoot (1/c) and to diverge (2/c). */
export function thresholds(c: number): { oscillate: number; diverge: number } {
  const k = curvatureOf(c);
  return { oscillate: 1 / k, diverge: 2 / k };
}

/** One hand step: where we are, the slope, the step it implies and the new point. */
export interface HandStep {
  /** θ_k. */
  theta: number;
  /** L(θ_k). */
  loss: number;
  /** dL/dθ at θ_k. */
  slope: number;
  /** α · slope. */
  step: number;
  /** θ_{k+1} = θ_k − α · slope. */
  next: number;
}

/** The first `count` hand steps from θ₀ (fewer when θ runs away). */
export function handSteps(c: number, alpha: number, theta0: number, count: number): HandStep[] {
  const out: HandStep[] = [];
  let theta = theta0;
  for (let k = 0; k < count; k++) {
    const { loss, slope } = quadAt(c, theta);
    const next = theta - alpha * slope;
    out.push({ theta, loss, slope, step: alpha * slope, next });
    if (!Number.isFinite(next) || Math.abs(next) > THETA_LIMIT) break;
    theta = next;
  }
  return out;
}
