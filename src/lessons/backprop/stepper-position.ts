/**
 * Where a stepper stands: a single integer position walks the forward pass (0 … F ops done)
 * and, for a combined stepper, then the backward pass (F + 1 … F + B).
 */

/** Which passes a stepper walks through. */
export type PassMode = 'forward' | 'backward' | 'both';

/** A decoded stepper position. */
export interface StepperPlace {
  /** The pass on screen. */
  pass: 'forward' | 'backward';
  /** Ops done in that pass (0 = none yet). */
  done: number;
}

/** Largest valid position for a mode, given the number of forward and backward steps. */
export function maxPosition(mode: PassMode, forward: number, backward: number): number {
  if (mode === 'forward') return forward;
  if (mode === 'backward') return backward;
  return forward + backward;
}

/** Clamps a (possibly stale or shared) position into range. */
export function clampPosition(position: number, max: number): number {
  if (!Number.isFinite(position)) return 0;
  return Math.min(max, Math.max(0, Math.round(position)));
}

/** Decodes a position into a pass and a count of ops done in it. */
export function placeOf(mode: PassMode, position: number, forward: number): StepperPlace {
  if (mode === 'forward') return { pass: 'forward', done: position };
  if (mode === 'backward') return { pass: 'backward', done: position };
  return position <= forward
    ? { pass: 'forward', done: position }
    : { pass: 'backward', done: position - forward };
}
