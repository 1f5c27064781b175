import type { Module } from './nn';
import { EngineError, fmtShape } from './errors';
import { sameShape } from './shape';

/** JSON-serialisable parameter file. */
export interface ParamsFile {
  /** Always 'chain-rule-params'. */
  format: 'chain-rule-params';
  /** File format version (1). */
  version: 1;
  /** Every named parameter with its shape and flat values. */
  params: { name: string; shape: number[]; data: number[] }[];
}

/** Snapshot of a module's parameters as a plain JSON-serialisable object. */
export function saveParams(m: Module): ParamsFile {
  return {
    format: 'chain-rule-params',
    version: 1,
    params: m
      .namedParameters()
      .map(([name, t]) => ({ name, shape: t.shape.slice(), data: Array.from(t.data) })),
  };
}

function fail(message: string): never {
  throw new EngineError(`loadParams: ${message}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates a parameter file against the module (format, version, names, shapes, finite numbers), then copies it in. */
export function loadParams(m: Module, file: unknown): void {
  if (!isRecord(file) || file.format !== 'chain-rule-params') fail('not a chain-rule-params file');
  if (file.version !== 1) fail(`unsupported version ${String(file.version)} (expected 1)`);
  if (!Array.isArray(file.params)) fail('"params" must be an array');
  const entries = file.params as unknown[];
  const named = m.namedParameters();
  const want = named.map(([n]) => n).join(', ');
  const got = entries.map((e) => (isRecord(e) ? String(e.name) : '?')).join(', ');
  if (want !== got) fail(`parameter names [${got}] do not match the model's [${want}]`);
  const values = named.map(([name, t], i) => {
    const e = entries[i] as Record<string, unknown>;
    const shape = e.shape;
    if (!Array.isArray(shape) || !sameShape(shape as number[], t.shape)) {
      fail(
        `"${name}" has shape ${Array.isArray(shape) ? fmtShape(shape as number[]) : String(shape)}, the model expects ${fmtShape(t.shape)}`,
      );
    }
    const data = e.data;
    if (!Array.isArray(data) || data.length !== t.size) fail(`"${name}" needs ${t.size} values`);
    if (!data.every((v) => typeof v === 'number' && Number.isFinite(v)))
      fail(`"${name}" contains a non-finite or non-numeric value`);
    return data as number[];
  });
  // NOTE: everything is validated before anything is written, so a bad file leaves the model untouched.
  named.forEach(([, t], i) => t.data.set(values[i]));
}
