/**
 * The gradients lesson's URL parameters: everything an instructor may want to share in a link
 * ("sin at x = 1 in float32, h = 1e-4"). Numbers are read with wide bounds and checked by the
 * lesson itself, so an out-of-range value gets a visible message rather than a silent clamp.
 */
import type { ParamTable } from '../../kit/url-params';

/** The error plot's functions: four smooth ones, two with a kink at 0, and a typed expression. */
export const FUNCTION_IDS = ['sin', 'exp', 'cube', 'sigmoid', 'abs', 'relu', 'expr'] as const;

/** The lesson's shareable parameters. */
export const GRADIENT_PARAMS = {
  /** Function on the error-vs-h plot. */
  fn: { kind: 'enum', default: 'sin', values: FUNCTION_IDS },
  /** Typed expression in x (used when fn = expr). */
  expr: { kind: 'string', default: 'x*sigmoid(x)', maxLength: 200 },
  /** Point x where the derivative is estimated. */
  x: { kind: 'number', default: 1, min: -1000, max: 1000 },
  /** The student's own step h (checked by the lesson: 0, negative and tiny values get messages). */
  h: { kind: 'number', default: 1e-6, min: -1, max: 1 },
  /** Float precision of the evaluation. */
  prec: { kind: 'enum', default: 'float64', values: ['float64', 'float32'] },
  /** Error plot reveal position (clicker): 0 plot, 1 regimes, 2 best h. */
  es: { kind: 'int', default: 2, min: 0, max: 2 },
  /** Cost step reveal position. */
  cs: { kind: 'int', default: 0, min: 0, max: 4 },
  /** Composition depth k for the symbolic and automatic steps (checked by the lesson: 1…6). */
  k: { kind: 'number', default: 3, min: -99, max: 99 },
  /** Forward-mode passes run so far on the automatic step (the last press runs reverse mode). */
  ap: { kind: 'int', default: 0, min: 0, max: 8 },
  /** Which Multiply the gradcheck's model uses. */
  op: { kind: 'enum', default: 'correct', values: ['correct', 'swap', 'no-upstream'] },
} satisfies ParamTable;
