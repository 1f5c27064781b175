// Helpers shared by the expression-language tests (imported by *.test.ts only).
import type { ExprNode } from './ast';
import { parseExpression } from './parser';

/** Fully bracketed prefix form of a tree, e.g. `(* (neg x) 2)`: independent of the formatter. */
export function sexpr(n: ExprNode): string {
  if (n.kind === 'num') return String(n.value);
  if (n.kind === 'var') return n.name;
  if (n.kind === 'unary') return `(neg ${sexpr(n.arg)})`;
  if (n.kind === 'call') return `(${n.fn} ${sexpr(n.arg)})`;
  return `(${n.op} ${sexpr(n.left)} ${sexpr(n.right)})`;
}

/** The tree with start/end removed, for comparing structure only. */
export function withoutPositions(n: ExprNode): unknown {
  if (n.kind === 'num') return { kind: n.kind, value: n.value };
  if (n.kind === 'var') return { kind: n.kind, name: n.name };
  if (n.kind === 'unary') return { kind: n.kind, op: n.op, arg: withoutPositions(n.arg) };
  if (n.kind === 'call') return { kind: n.kind, fn: n.fn, arg: withoutPositions(n.arg) };
  return { kind: n.kind, op: n.op, left: withoutPositions(n.left), right: withoutPositions(n.right) };
}

/** Parses source that must be valid (fails the test otherwise). */
export function parseOk(source: string): ExprNode {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`expected '${source}' to parse, got: ${result.error.message}`);
  return result.ast;
}
