// One call from source text and variable values to an engine graph, reporting every problem as an ExprError.
import type { Tensor } from '../tensor';
import { exprError, type ExprError, type ExprNode } from './ast';
import { buildExpression } from './build';
import { parseExpression } from './parser';

/** Outcome of `evaluateExpression`; a NaN/Infinity output is still `ok` (the UI reports it). */
export type EvaluateResult =
  | { ok: true; output: Tensor; leaves: Record<string, Tensor>; variables: string[] }
  | { ok: false; error: ExprError };

/** The first node using variable `name`, in source order. */
function firstUse(ast: ExprNode, name: string): ExprNode | null {
  if (ast.kind === 'var') return ast.name === name ? ast : null;
  if (ast.kind === 'num') return null;
  if (ast.kind === 'binary') return firstUse(ast.left, name) ?? firstUse(ast.right, name);
  return firstUse(ast.arg, name);
}

/** The first variable without a usable value, as a positioned error. */
function checkValues(
  ast: ExprNode,
  variables: string[],
  values: Record<string, number>,
): ExprError | null {
  for (const name of variables) {
    const value = values[name];
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
export function evaluateExpression(source: string, values: Record<string, number>): EvaluateResult {
  const parsed = parseExpression(source);
  if (!parsed.ok) return parsed;
  const missing = checkValues(parsed.ast, parsed.variables, values);
  if (missing) return { ok: false, error: missing };
  try {
    const { output, leaves } = buildExpression(parsed.ast, values);
    return { ok: true, output, leaves, variables: parsed.variables };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: exprError(`Could not build the graph: ${message}`, 0, Math.max(1, source.length)),
    };
  }
}
