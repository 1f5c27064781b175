/** Number parsing and clamping for inputs: nothing invalid ever reaches the engine. */

/** Result of {@link parseBounded}: a usable value (maybe rounded, maybe clamped) or a message. */
export type ParseResult =
  { ok: true; value: number; clamped: boolean; rounded?: boolean } | { ok: false; message: string };

/**
 * Parse user text as a number within [min, max]: clamps out-of-range values, rejects NaN/empty.
 * With `isInteger`, a fraction is rounded to the nearest whole number first.
 */
export function parseBounded(
  text: string,
  min: number,
  max: number,
  isInteger = false,
): ParseResult {
  const t = text.trim().replaceAll('−', '-');
  if (t === '') return { ok: false, message: 'Enter a number.' };
  const parsed = Number(t);
  if (!Number.isFinite(parsed)) return { ok: false, message: `“${text.trim()}” is not a number.` };
  const v = isInteger ? Math.round(parsed) : parsed;
  if (v < min) return { ok: true, value: min, clamped: true };
  if (v > max) return { ok: true, value: max, clamped: true };
  return v === parsed
    ? { ok: true, value: v, clamped: false }
    : { ok: true, value: v, clamped: false, rounded: true };
}

/** Map a value to a slider position in [0, 1] on a linear or log10 scale. */
export function toPosition(value: number, min: number, max: number, isLog: boolean): number {
  if (isLog) return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
  return (value - min) / (max - min);
}

/** Inverse of {@link toPosition}. */
export function fromPosition(pos: number, min: number, max: number, isLog: boolean): number {
  const p = Math.max(0, Math.min(1, pos));
  if (isLog) return 10 ** (Math.log10(min) + p * (Math.log10(max) - Math.log10(min)));
  return min + p * (max - min);
}

/** Round to the step grid starting at min (avoids 0.30000000000000004). */
export function snapToStep(value: number, min: number, step: number): number {
  if (!(step > 0)) return value;
  const k = Math.round((value - min) / step);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((min + k * step).toFixed(Math.min(12, decimals)));
}

/** Round a log-scale value to 2 significant digits (0.0316, 0.1, 3.2). */
export function roundSignificant(value: number, digits = 2): number {
  return Number(value.toPrecision(digits));
}

/**
 * The neighbouring value with `digits` significant digits above (`dir` 1) or below (−1) a
 * positive value: 0.5 → 0.51 / 0.49, 0.01 → 0.011 / 0.0099. A value between two such values
 * moves to the nearer one in that direction. The keyboard steps of a log slider.
 */
export function stepSignificant(value: number, dir: 1 | -1, digits = 2): number {
  const rounded = roundSignificant(value, digits);
  if (dir > 0 ? rounded > value : rounded < value) return rounded;
  const exponent = Number(rounded.toExponential(digits - 1).split('e')[1]);
  const isDecadeStart = Math.abs(rounded / 10 ** exponent - 1) < 1e-9;
  const unit = 10 ** (exponent - digits + 1 - (dir < 0 && isDecadeStart ? 1 : 0));
  return roundSignificant(rounded + dir * unit, digits);
}
