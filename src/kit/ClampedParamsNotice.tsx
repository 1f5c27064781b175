/** Tells the reader which link values were outside their range and were clamped. */
import { useMemo } from 'react';
import { useHashSearch } from './hash-location';
import type { ParamTable } from './url-params';

/** Keys whose link value is a number outside the table's [min, max] (readParams clamps them). */
export function clampedKeys(table: ParamTable, search: string): string[] {
  const params = new URLSearchParams(search);
  return Object.entries(table).flatMap(([key, spec]) => {
    if (spec.kind !== 'number' && spec.kind !== 'int') return [];
    const raw = params.get(key);
    const n = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
    return Number.isFinite(n) && (n < spec.min || n > spec.max) ? [key] : [];
  });
}

/** Props of the notice. */
export interface ClampedParamsNoticeProps {
  /** The lesson's parameter table. */
  table: ParamTable;
  /** Human names of the keys (default: the key). */
  names?: Record<string, string>;
}

/** A visible notice listing the clamped values with their allowed ranges, or nothing. */
export function ClampedParamsNotice({ table, names = {} }: ClampedParamsNoticeProps) {
  const search = useHashSearch();
  const keys = useMemo(() => clampedKeys(table, search), [table, search]);
  if (keys.length === 0) return null;
  const text = keys.map((k) => {
    const spec = table[k] as { min: number; max: number };
    return `${names[k] ?? k} (allowed ${spec.min} to ${spec.max})`;
  });
  return (
    <p className="notice" role="status">
      Some values from the link were out of range and were clamped: {text.join('; ')}.
    </p>
  );
}
