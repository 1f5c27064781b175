import { useMemo } from 'react';
import { setHashParams, useHashSearch } from './hash-location';
import {
  paramUpdates,
  readParams,
  type ClampedParam,
  type ParamTable,
  type ParamValues,
} from './url-params';

/**
 * The lesson's URL parameters, a setter that replaces the history entry, the keys whose values
 * were malformed (defaults used) and the numbers that were out of range (clamped).
 */
export function useUrlParams<T extends ParamTable>(
  table: T,
): [ParamValues<T>, (values: Partial<ParamValues<T>>) => void, string[], ClampedParam[]] {
  const search = useHashSearch();
  const { values, rejected, clamped } = useMemo(
    () => readParams(table, new URLSearchParams(search)),
    [table, search],
  );
  const set = useMemo(
    () => (next: Partial<ParamValues<T>>) => setHashParams(paramUpdates(table, next)),
    [table],
  );
  return [values, set, rejected, clamped];
}
