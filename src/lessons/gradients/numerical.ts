/**
 * The error-versus-h step's logic: which function, which step h the student asked for (and what
 * is wrong with it), and the engine's sweep, best steps and measured slopes.
 */
import {
  SCALAR_FUNCTIONS,
  bestStep,
  differenceAt,
  errorSweep,
  logLogSlope,
  stepVanishes,
  type ErrorSweep,
  type Precision,
  type ScalarFunction,
} from '../../engine';
import { expressionFunction, type ExprError } from '../../engine/expr';

/** The lecture's step, marked on the plot. */
export const LECTURE_H = 1e-6;

/** A function choice resolved to something the engine can evaluate, or the expression's error. */
export type ResolvedFunction =
  { ok: true; fn: ScalarFunction; tex: string } | { ok: false; error: ExprError };

const PRESET_TEX: Record<string, string> = {
  sin: '\\sin x',
  exp: 'e^{x}',
  cube: 'x^3',
  sigmoid: '\\sigma(x)',
  abs: '|x|',
  relu: '\\max(0, x)',
};

/** The function for a choice; a typed expression is parsed (its error positioned). */
export function resolveFunction(id: string, expr: string): ResolvedFunction {
  if (id !== 'expr' && id in SCALAR_FUNCTIONS) {
    return {
      ok: true,
      fn: SCALAR_FUNCTIONS[id as keyof typeof SCALAR_FUNCTIONS],
      tex: PRESET_TEX[id],
    };
  }
  const r = expressionFunction(expr);
  return r.ok ? { ok: true, fn: r.fn, tex: expr } : { ok: false, error: r.error };
}

/** The step actually used and, when the asked one needed fixing or warns, why. */
export function checkStep(
  h: number,
  x: number,
  precision: Precision,
): { h: number; message: string | null } {
  if (h === 0) return { h: LECTURE_H, message: 'h = 0 divides by zero; showing h = 1e-6 instead.' };
  if (h < 0)
    return {
      h: -h,
      message: `h must be positive (a negative h is a step backwards); showing h = ${-h}.`,
    };
  if (stepVanishes(x, h, precision))
    return {
      h,
      message: `h = ${h} is below ${precision}'s resolution at x = ${x}: x + h rounds back to x, so f(x + h) − f(x) = 0 and both estimates read 0.`,
    };
  return { h, message: null };
}

/** One difference's summary: best step, its error, the measured truncation slope. */
export interface DifferenceSummary {
  /** The step with the smallest error in the sweep. */
  bestH: number;
  /** That smallest error. */
  bestError: number;
  /** log–log slope for h from 30× the best step up to 0.1 (null when too few points). */
  truncationSlope: number | null;
  /** log–log slope below the best step, down to 1e-15 (negative: round-off growth). */
  roundoffSlope: number | null;
  /** Estimate and error at the lecture's h = 1e-6. */
  atLecture: { estimate: number; error: number };
  /** Estimate and error at the student's h. */
  atChosen: { estimate: number; error: number };
}

/** The whole figure's numbers. */
export interface NumericalView {
  /** The sweep. */
  sweep: ErrorSweep;
  /** Forward-difference summary. */
  forward: DifferenceSummary;
  /** Central-difference summary. */
  central: DifferenceSummary;
}

function summarize(
  sweep: ErrorSweep,
  errors: number[],
  at: (h: number) => number,
): Omit<DifferenceSummary, 'atChosen'> & {
  at: (h: number) => { estimate: number; error: number };
} {
  const best = bestStep(sweep.hs, errors);
  const point = (h: number) => {
    const estimate = at(h);
    return { estimate, error: Math.abs(estimate - sweep.exact) };
  };
  return {
    bestH: best.h,
    bestError: best.error,
    truncationSlope: logLogSlope(sweep.hs, errors, Math.min(best.h * 30, 1e-2), 0.1),
    roundoffSlope: logLogSlope(sweep.hs, errors, 1e-15, best.h / 30),
    atLecture: point(LECTURE_H),
    at: point,
  };
}

/** Runs the sweep and summarises both differences at x, in the given precision. */
export function numericalView(
  fn: ScalarFunction,
  x: number,
  precision: Precision,
  h: number,
): NumericalView {
  const sweep = errorSweep(fn, x, precision);
  const fw = summarize(sweep, sweep.forward, (s) => differenceAt(fn, x, s, precision).forward);
  const ce = summarize(sweep, sweep.central, (s) => differenceAt(fn, x, s, precision).central);
  const { at: atF, ...forward } = fw;
  const { at: atC, ...central } = ce;
  return {
    sweep,
    forward: { ...forward, atChosen: atF(h) },
    central: { ...central, atChosen: atC(h) },
  };
}

/** Errors of exactly 0 are drawn at this floor (a log axis has no 0). */
export const ERROR_FLOOR = 1e-17;

/** Errors with zeros lifted to the floor, for drawing. */
export function drawable(errors: readonly number[]): number[] {
  return errors.map((e) => (e === 0 ? ERROR_FLOOR : e));
}
