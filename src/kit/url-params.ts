/**
 * URL-shareable lesson parameters, declared as a table (as TensorFlow Playground does): each
 * parameter has a kind, a default and bounds. Parsing a link never throws: a malformed value
 * falls back to its default and an out-of-range number is clamped to its bounds; both are
 * reported, so the lesson can say what it ignored or changed.
 */

/** How one URL parameter is read and written. */
export type ParamSpec =
  | { kind: 'number'; default: number; min: number; max: number }
  | { kind: 'int'; default: number; min: number; max: number }
  | { kind: 'bool'; default: boolean }
  | { kind: 'string'; default: string; maxLength: number }
  | { kind: 'enum'; default: string; values: readonly string[] };

/** A lesson's table of URL parameters. */
export type ParamTable = Record<string, ParamSpec>;

/** The value type a spec produces. */
export type ParamValue<S extends ParamSpec> = S extends { kind: 'bool' }
  ? boolean
  : S extends { kind: 'string' } | { kind: 'enum' }
    ? string
    : number;

/** Values of a whole table. */
export type ParamValues<T extends ParamTable> = { [K in keyof T]: ParamValue<T[K]> };

/** Parses one raw string against its spec; null when malformed. */
export function parseParam(spec: ParamSpec, raw: string): ParamValue<ParamSpec> | null {
  switch (spec.kind) {
    case 'number':
    case 'int': {
      if (raw.trim() === '') return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return null;
      if (spec.kind === 'int' && !Number.isInteger(n)) return null;
      return Math.min(spec.max, Math.max(spec.min, n));
    }
    case 'bool':
      return raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : null;
    case 'string':
      return raw.length <= spec.maxLength ? raw : null;
    case 'enum':
      return spec.values.includes(raw) ? raw : null;
  }
}

/** Formats a value for the URL. */
export function formatParam(spec: ParamSpec, value: ParamValue<ParamSpec>): string {
  if (spec.kind === 'bool') return value ? '1' : '0';
  return String(value);
}

/** A number from a link that parsed but lay outside its range, and the bound used instead. */
export interface ClampedParam {
  /** URL key. */
  key: string;
  /** The value the link asked for. */
  given: number;
  /** The value used (the nearer bound). */
  used: number;
  /** Lower bound of the parameter. */
  min: number;
  /** Upper bound of the parameter. */
  max: number;
}

/** What {@link readParams} found in a link. */
export interface ReadParamsResult<T extends ParamTable> {
  /** Every parameter's value: the link's, clamped, or the default. */
  values: ParamValues<T>;
  /** Keys whose values were malformed and replaced by defaults. */
  rejected: string[];
  /** Numbers that were out of range and clamped. */
  clamped: ClampedParam[];
}

/** Reads a table from URL search params: defaults for absent keys, rejected and clamped keys. */
export function readParams<T extends ParamTable>(
  table: T,
  params: URLSearchParams,
): ReadParamsResult<T> {
  const values = {} as Record<string, unknown>;
  const rejected: string[] = [];
  const clamped: ClampedParam[] = [];
  for (const [key, spec] of Object.entries(table)) {
    const raw = params.get(key);
    const parsed = raw === null ? null : parseParam(spec, raw);
    if (raw !== null && parsed === null) rejected.push(key);
    if ((spec.kind === 'number' || spec.kind === 'int') && typeof parsed === 'number') {
      const given = Number(raw);
      if (parsed !== given)
        clamped.push({ key, given, used: parsed, min: spec.min, max: spec.max });
    }
    values[key] = parsed ?? spec.default;
  }
  return { values: values as ParamValues<T>, rejected, clamped };
}

/** URL updates for new values: defaults are removed so links stay short. */
export function paramUpdates<T extends ParamTable>(
  table: T,
  values: Partial<ParamValues<T>>,
): Record<string, string | null> {
  const updates: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(values)) {
    const spec = table[key];
    if (!spec || value === undefined) continue;
    updates[key] =
      value === spec.default ? null : formatParam(spec, value as ParamValue<ParamSpec>);
  }
  return updates;
}
