// One call from source text and variable values to an engine graph, reporting every problem as an ExprError.
import { messageOf } from '../errors';
import type { Tensor } from '../tensor';
import {
  exprError,
  lookupValue,
  nodesInOrder,
  type ExprError,
  type ExprNode,
  type VariableValues,
} from './ast';
import { buildExpression } from './build';
import { parseExpression } from './parser';

/** Outcome of `evaluateExpression`; a NaN/Infinity output is still `ok` (the UI reports it). */
export type EvaluateResult =
  | { ok: true; output: Tensor; leaves: ReadonlyMap<string, Tensor>; variables: string[] }
  | { ok: false; error: ExprError };

/** The first node using variable `name`, in source order. */
function firstUse(ast: ExprNode, name: string): ExprNode | null {
  return nodesInOrder(ast).find((n) => n.kind === 'var' && n.name === name) ?? null;
}

/** The first variable without a usable value, as a positioned error. */
function checkValues(ast: ExprNode, variables: string[], values: VariableValues): ExprError | null {
  for (const name of variables) {
    const value = lookupValue(values, name);
    const use = firstUse(ast, name) ?? ast;
    if (typeof value !== 'number')
      return exprError(`Give '${name}' a value`, use.start, use.end - use.start);
    if (!Number.isFinite(value)) {
      return exprError(
        `The value of '${name}' must be a finite number`,
        use.start,
        use.end - use.start,
      );
    }
  }
  return null;
}

/** Parses `source` and builds its graph with `values`; never throws. */
export function evaluateExpression(source: string, values: VariableValues): EvaluateResult {
  const parsed = parseExpression(source);
  if (!parsed.ok) return parsed;
  const missing = checkValues(parsed.ast, parsed.variables, values);
  if (missing) return { ok: false, error: missing };
  try {
    const { output, leaves } = buildExpression(parsed.ast, values);
    return { ok: true, output, leaves, variables: parsed.variables };
  } catch (e) {
    const message = messageOf(e);
    return {
      ok: false,
      error: exprError(`Could not build the graph: ${message}`, 0, Math.max(1, source.length)),
    };
  }
}
