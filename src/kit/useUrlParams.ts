import { useMemo } from 'react';
import { setHashParams, useHashSearch } from './hash-location';
import { paramUpdates, readParams, type ParamTable, type ParamValues } from './url-params';

/** The lesson's URL parameters, a setter that replaces the history entry, and any rejected keys. */
export function useUrlParams<T extends ParamTable>(
  table: T,
): [ParamValues<T>, (values: Partial<ParamValues<T>>) => void, string[]] {
  const search = useHashSearch();
  const { values, rejected } = useMemo(
    () => readParams(table, new URLSearchParams(search)),
    [table, search],
  );
  const set = useMemo(
    () => (next: Partial<ParamValues<T>>) => setHashParams(paramUpdates(table, next)),
    [table],
  );
  return [values, set, rejected];
}
