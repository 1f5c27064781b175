/**
 * A small symbolic differentiator over the sandbox's syntax trees: the sum, product, quotient,
 * power and chain rules, with only trivial simplification (drop + 0 and · 1, fold · 0 and
 * number-only arithmetic). No common sub-expressions are shared, so the result is the fully
 * expanded formula a student would write by hand.
 */
import type { ExprBinaryOp, ExprFunction, ExprNode } from './ast';
import { collectVariables } from './ast';
import { evaluateConstant } from './build';

/** Outcome of `differentiate`. */
export type DiffResult = { ok: true; ast: ExprNode } | { ok: false; message: string };

const num = (value: number): ExprNode => ({ kind: 'num', value, start: 0, end: 0 });
const isNum = (n: ExprNode, v?: number): boolean =>
  n.kind === 'num' && (v === undefined || n.value === v);
const call = (fn: ExprFunction, arg: ExprNode): ExprNode => ({
  kind: 'call',
  fn,
  arg,
  start: 0,
  end: 0,
});

function bin(op: ExprBinaryOp, left: ExprNode, right: ExprNode): ExprNode {
  return { kind: 'binary', op, left, right, start: 0, end: 0 };
}

function neg(a: ExprNode): ExprNode {
  if (a.kind === 'num') return num(-a.value);
  if (a.kind === 'unary') return a.arg;
  return { kind: 'unary', op: 'neg', arg: a, start: 0, end: 0 };
}

/** a + b, dropping zeros and folding numbers. */
function add(a: ExprNode, b: ExprNode): ExprNode {
  if (isNum(a, 0)) return b;
  if (isNum(b, 0)) return a;
  if (a.kind === 'num' && b.kind === 'num') return num(a.value + b.value);
  return bin('+', a, b);
}

/** a − b, dropping zeros and folding numbers. */
function sub(a: ExprNode, b: ExprNode): ExprNode {
  if (isNum(b, 0)) return a;
  if (isNum(a, 0)) return neg(b);
  if (a.kind === 'num' && b.kind === 'num') return num(a.value - b.value);
  return bin('-', a, b);
}

/** a · b, folding zeros, ones and numbers. */
function mul(a: ExprNode, b: ExprNode): ExprNode {
  if (isNum(a, 0) || isNum(b, 0)) return num(0);
  if (isNum(a, 1)) return b;
  if (isNum(b, 1)) return a;
  if (a.kind === 'num' && b.kind === 'num') return num(a.value * b.value);
  return bin('*', a, b);
}

function div(a: ExprNode, b: ExprNode): ExprNode {
  if (isNum(a, 0)) return num(0);
  return isNum(b, 1) ? a : bin('/', a, b);
}

/** The derivative of fn(u) with respect to u (outer function of the chain rule). */
function outer(fn: ExprFunction, u: ExprNode): ExprNode | string {
  if (fn === 'exp') return call('exp', u);
  if (fn === 'log') return div(num(1), u);
  if (fn === 'sigmoid') return mul(call('sigmoid', u), sub(num(1), call('sigmoid', u)));
  if (fn === 'tanh') return sub(num(1), bin('^', call('tanh', u), num(2)));
  return 'relu has no derivative formula in this language (it would need a step function)';
}

/** d(base^c)/d name for a constant exponent c: c · base^(c−1) · base′. */
function power(node: Extract<ExprNode, { kind: 'binary' }>, d: ExprNode): ExprNode | string {
  if (collectVariables(node.right).length > 0) return 'the exponent must be a constant';
  const c = evaluateConstant(node.right);
  const lowered = c - 1 === 1 ? node.left : bin('^', node.left, num(c - 1));
  return mul(mul(num(c), c - 1 === 0 ? num(1) : lowered), d);
}

function derive(node: ExprNode, name: string): ExprNode | string {
  switch (node.kind) {
    case 'num':
      return num(0);
    case 'var':
      return num(node.name === name ? 1 : 0);
    case 'unary': {
      const d = derive(node.arg, name);
      return typeof d === 'string' ? d : neg(d);
    }
    case 'call': {
      const d = derive(node.arg, name);
      if (typeof d === 'string') return d;
      const o = outer(node.fn, node.arg);
      return typeof o === 'string' ? o : mul(o, d);
    }
    case 'binary':
      return deriveBinary(node, name);
  }
}

function deriveBinary(
  node: Extract<ExprNode, { kind: 'binary' }>,
  name: string,
): ExprNode | string {
  const dl = derive(node.left, name);
  if (typeof dl === 'string') return dl;
  if (node.op === '^') return power(node, dl);
  const dr = derive(node.right, name);
  if (typeof dr === 'string') return dr;
  const { left: l, right: r } = node;
  if (node.op === '+') return add(dl, dr);
  if (node.op === '-') return sub(dl, dr);
  if (node.op === '*') return add(mul(dl, r), mul(l, dr));
  return div(sub(mul(dl, r), mul(l, dr)), bin('^', r, num(2)));
}

/** ∂ast/∂name as a new syntax tree, or why it cannot be written in the language. */
export function differentiate(ast: ExprNode, name: string): DiffResult {
  const d = derive(ast, name);
  return typeof d === 'string'
    ? { ok: false, message: `Cannot differentiate: ${d}.` }
    : { ok: true, ast: d };
}

/** Number of nodes of a tree (numbers, variables, operators and function calls). */
export function countNodes(ast: ExprNode): number {
  if (ast.kind === 'num' || ast.kind === 'var') return 1;
  if (ast.kind === 'binary') return 1 + countNodes(ast.left) + countNodes(ast.right);
  return 1 + countNodes(ast.arg);
}

/** The k-layer composition σ(w_k · σ(… σ(w_1 · x))) as a syntax tree (k ≥ 1). */
export function sigmoidChain(k: number): ExprNode {
  let inner: ExprNode = { kind: 'var', name: 'x', start: 0, end: 0 };
  for (let i = 1; i <= k; i++) {
    inner = call('sigmoid', bin('*', { kind: 'var', name: `w${i}`, start: 0, end: 0 }, inner));
  }
  return inner;
}
