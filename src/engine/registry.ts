import type { OpDef } from './op-types';
import { EngineError } from './errors';

/** THE op registry: every built-in op, by name. Graph view, TeX annotations and tests loop over it. */
export const OPS: Record<string, OpDef> = {};

/** Adds op definitions to the registry (each name once). */
export function registerOps(defs: OpDef[]): void {
  for (const def of defs) {
    if (OPS[def.name]) throw new EngineError(`registry: op "${def.name}" is declared twice`);
    OPS[def.name] = def;
  }
}

/** Looks an op up by name; throws when unknown. */
export function getOp(name: string): OpDef {
  const def = OPS[name];
  if (!def) {
    throw new EngineError(
      `registry: unknown op "${name}" (the built-in ops are registered by importing src/engine/index.ts or create.ts)`,
    );
  }
  return def;
}
