// Canonical text of a syntax tree with the fewest parentheses that parse back to the same tree.
import { assertTreeDepth, type ExprNode } from './ast';

/** Binding strength of a node: higher binds tighter (atoms are 5). */
export function precedence(node: ExprNode): number {
  if (node.kind === 'unary') return 3;
  if (node.kind !== 'binary') return 5;
  if (node.op === '^') return 4;
  return node.op === '*' || node.op === '/' ? 2 : 1;
}

/** A number as the shortest text that reads back to the same value (`0.5`, `1e-7`). */
export function formatNumber(value: number): string {
  return String(value);
}

function wrap(text: string, needed: boolean): string {
  return needed ? `(${text})` : text;
}

/** Canonical text with minimal parentheses: spaces around + and -, none around * / ^. */
export function formatExpression(ast: ExprNode): string {
  assertTreeDepth(ast, 'formatExpression');
  return format(ast);
}

function format(ast: ExprNode): string {
  switch (ast.kind) {
    case 'num':
      return formatNumber(ast.value);
    case 'var':
      return ast.name;
    case 'call':
      return `${ast.fn}(${format(ast.arg)})`;
    case 'unary':
      // The grammar reads '-' then another unary or a power, so only + - * / operands need brackets.
      return `-${wrap(format(ast.arg), precedence(ast.arg) < 3)}`;
    case 'binary': {
      const p = precedence(ast);
      const left = format(ast.left);
      const right = format(ast.right);
      if (ast.op === '^') {
        // Right-associative: the base needs brackets unless it is an atom; the exponent may be a power or a negation.
        return `${wrap(left, precedence(ast.left) <= 4)}^${wrap(right, precedence(ast.right) < 3)}`;
      }
      const sep = p === 1 ? ` ${ast.op} ` : ast.op;
      return `${wrap(left, precedence(ast.left) < p)}${sep}${wrap(right, precedence(ast.right) <= p)}`;
    }
  }
}
