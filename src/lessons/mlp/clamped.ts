/** Which URL values were in range-checked parameters but outside their range (the table clamps them). */
import type { ParamTable } from '../../kit/url-params';

/** One clamped value: the key, what the link said and the bounds it was clamped to. */
export interface ClampedValue {
  /** URL key. */
  key: string;
  /** The value the link asked for. */
  asked: number;
  /** Lower bound. */
  min: number;
  /** Upper bound. */
  max: number;
}

/** Numeric values of `search` that parse but lie outside their bounds (so they were clamped). */
export function clampedValues(table: ParamTable, search: string): ClampedValue[] {
  const params = new URLSearchParams(search);
  const out: ClampedValue[] = [];
  for (const [key, spec] of Object.entries(table)) {
    if (spec.kind !== 'int' && spec.kind !== 'number') continue;
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || (spec.kind === 'int' && !Number.isInteger(n))) continue;
    if (n < spec.min || n > spec.max) out.push({ key, asked: n, min: spec.min, max: spec.max });
  }
  return out;
}
