// A typed expression in x as a ScalarFunction: float64 and float32 values from engine graphs, the exact derivative by reverse mode.
import { scalar } from '../create';
import { noGrad } from '../grad-mode';
import { topoSort } from '../autograd';
import type { Tensor } from '../tensor';
import type { ScalarFunction } from '../difference-error';
import { exprError, type ExprError, type ExprNode } from './ast';
import { buildGraph } from './build';
import { parseExpression } from './parser';

/** Outcome of `expressionFunction`. */
export type ExpressionFunctionResult =
  { ok: true; fn: ScalarFunction; ast: ExprNode } | { ok: false; error: ExprError };

function valueAt(ast: ExprNode, x: number, dtype: 'float32' | 'float64'): number {
  return noGrad(() => buildGraph(ast, new Map([['x', scalar(x, { dtype })]])).item());
}

function derivativeAt(ast: ExprNode, x: number): { grad: number; output: Tensor } {
  const leaf = scalar(x, { dtype: 'float64', requiresGrad: true });
  const output = buildGraph(ast, new Map([['x', leaf]]));
  output.backward();
  return { grad: leaf.grad ? leaf.grad.item() : 0, output };
}

/** True when some relu in the graph sees exactly 0 (its kink), so f has no derivative there. */
function hasReluKink(output: Tensor): boolean {
  return topoSort(output).some((t) => t.op === 'relu' && t.parents[0].data[0] === 0);
}

/**
 * Parses `source` (one variable, x) into a ScalarFunction. float32 values run the engine's
 * float32 tensors (every op's result stored as float32); the exact derivative is the engine's
 * float64 backward pass.
 */
export function expressionFunction(source: string): ExpressionFunctionResult {
  const parsed = parseExpression(source);
  if (!parsed.ok) return parsed;
  const other = parsed.variables.find((v) => v !== 'x');
  if (other !== undefined) {
    const at = source.indexOf(other);
    return {
      ok: false,
      error: exprError(`Use only the variable x (found '${other}')`, Math.max(0, at), other.length),
    };
  }
  if (parsed.variables.length === 0)
    return { ok: false, error: exprError('The expression must use x', 0, source.length) };
  const { ast } = parsed;
  const fn: ScalarFunction = {
    f64: (x) => valueAt(ast, x, 'float64'),
    f32: (x) => valueAt(ast, x, 'float32'),
    exact: (x) => derivativeAt(ast, x).grad,
    kinkAt: (x) => hasReluKink(derivativeAt(ast, x).output),
  };
  return { ok: true, fn, ast };
}
