/**
 * The backprop lesson's URL parameters: everything an instructor may want to share in a link
 * ("the backward pass, step 3, with x = −1"). Parsed through the shared, validated table.
 */
import type { ParamTable } from '../../kit/url-params';

/** Largest sandbox expression accepted from a link (the parser's own limit). */
export const MAX_EXPR_LENGTH = 200;

/** The sandbox's first expression: the lecture's network without its loss. */
export const DEFAULT_EXPR = 'relu(w1*x)*w2';

/** The lesson's shareable parameters. */
export const BACKPROP_PARAMS = {
  /** Input x of the scalar example. */
  x: { kind: 'number', default: 5, min: -10, max: 10 },
  /** First weight. */
  w1: { kind: 'number', default: 1, min: -10, max: 10 },
  /** Second weight. */
  w2: { kind: 'number', default: 2, min: -10, max: 10 },
  /** Target y. */
  y: { kind: 'number', default: 2, min: -10, max: 10 },
  /** Forward pass position: ops computed so far. */
  fs: { kind: 'int', default: 0, min: 0, max: 99 },
  /** Backward pass position: ops back-propagated so far. */
  bs: { kind: 'int', default: 0, min: 0, max: 99 },
  /** Chain-rule assembly position: factors shown so far. */
  cs: { kind: 'int', default: 0, min: 0, max: 9 },
  /** Which backward the custom Multiply uses. */
  bug: { kind: 'enum', default: 'none', values: ['none', 'swap', 'no-upstream'] },
  /** Sigmoid circuit: separate gates or one fused sigmoid node. */
  sig: { kind: 'enum', default: 'gates', values: ['gates', 'fused'] },
  /** Sigmoid circuit backward position. */
  ss: { kind: 'int', default: 0, min: 0, max: 99 },
  /** Sandbox expression, as typed. */
  expr: { kind: 'string', default: DEFAULT_EXPR, maxLength: MAX_EXPR_LENGTH },
  /** Sandbox variable values, `name:value` pairs separated by commas. */
  vars: { kind: 'string', default: '', maxLength: 400 },
  /** Sandbox stepper position across the forward then the backward pass. */
  sx: { kind: 'int', default: 0, min: 0, max: 999 },
} satisfies ParamTable;

/** The values of the scalar example's four inputs. */
export interface ScalarInputs {
  /** Input. */
  x: number;
  /** First weight. */
  w1: number;
  /** Second weight. */
  w2: number;
  /** Target. */
  y: number;
}

/** The lecture's inputs (x = 5, w1 = 1, w2 = 2, y = 2): the defaults of the four parameters above. */
export const DEFAULT_INPUTS: ScalarInputs = {
  x: BACKPROP_PARAMS.x.default,
  w1: BACKPROP_PARAMS.w1.default,
  w2: BACKPROP_PARAMS.w2.default,
  y: BACKPROP_PARAMS.y.default,
};

const VAR_PAIR = /^([A-Za-z_][A-Za-z0-9_]*):(-?\d*\.?\d+(?:e[-+]?\d+)?)$/i;

/** Reads `w1:1,x:5` into a map; malformed pairs are skipped (never throws). */
export function parseVarValues(text: string): Record<string, number> {
  // NOTE: no prototype, so a variable named `__proto__` is an ordinary key.
  const out: Record<string, number> = Object.create(null);
  for (const part of text.split(',')) {
    const m = VAR_PAIR.exec(part.trim());
    if (!m) continue;
    const v = Number(m[2]);
    if (Number.isFinite(v)) out[m[1]] = v;
  }
  return out;
}

/** Writes a map of variable values back to the `vars` parameter's text. */
export function formatVarValues(values: Record<string, number>): string {
  return Object.entries(values)
    .filter(([, v]) => Number.isFinite(v))
    .map(([k, v]) => `${k}:${v}`)
    .join(',');
}
