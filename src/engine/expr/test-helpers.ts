// Helpers shared by the expression-language tests (imported by *.test.ts only).
import fc from 'fast-check';
import { EXPR_FUNCTIONS, type ExprBinaryOp, type ExprFunction, type ExprNode } from './ast';
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
  return {
    kind: n.kind,
    op: n.op,
    left: withoutPositions(n.left),
    right: withoutPositions(n.right),
  };
}

/** Parses source that must be valid (fails the test otherwise). */
export function parseOk(source: string): ExprNode {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`expected '${source}' to parse, got: ${result.error.message}`);
  return result.ast;
}

type Node = ExprNode;
const at = { start: 0, end: 0 };
const num = (value: number): Node => ({ kind: 'num', value, ...at });
const variable = (name: string): Node => ({ kind: 'var', name, ...at });
const neg = (arg: Node): Node => ({ kind: 'unary', op: 'neg', arg, ...at });
const bin = (op: ExprBinaryOp, left: Node, right: Node): Node => ({
  kind: 'binary',
  op,
  left,
  right,
  ...at,
});
const call = (fn: ExprFunction, arg: Node): Node => ({ kind: 'call', fn, arg, ...at });

/** Non-negative numbers: mostly small integers, sometimes arbitrary doubles (including 1e-7-style ones). */
export const numberArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 12 }) },
  {
    weight: 1,
    arbitrary: fc
      .double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })
      .map((v) => (v === 0 ? 0 : v)),
  },
);

const fnArb = fc.constantFrom<ExprFunction>(...EXPR_FUNCTIONS);
const opArb = fc.constantFrom<'+' | '-' | '*' | '/'>('+', '-', '*', '/');

/** Random variable-free trees (valid exponents). */
export const constantTreeArb: fc.Arbitrary<Node> = fc.letrec<{ c: Node }>((tie) => ({
  c: fc.oneof(
    { maxDepth: 2 },
    numberArb.map(num),
    tie('c').map(neg),
    fc.tuple(opArb, tie('c'), tie('c')).map(([op, l, r]) => bin(op, l, r)),
    fc.tuple(tie('c'), tie('c')).map(([l, r]) => bin('^', l, r)),
  ),
})).c;

/** Random trees over `names`, with exponents drawn from `exponentArb`. */
export function treeArb(
  names: string[],
  exponentArb: fc.Arbitrary<Node>,
  maxDepth = 4,
): fc.Arbitrary<Node> {
  return fc.letrec<{ t: Node }>((tie) => ({
    t: fc.oneof(
      { maxDepth },
      fc.oneof(numberArb.map(num), fc.constantFrom(...names).map(variable)),
      tie('t').map(neg),
      fc.tuple(opArb, tie('t'), tie('t')).map(([op, l, r]) => bin(op, l, r)),
      fc.tuple(tie('t'), exponentArb).map(([base, e]) => bin('^', base, e)),
      fc.tuple(fnArb, tie('t')).map(([fn, arg]) => call(fn, arg)),
    ),
  })).t;
}

/** Simple exponents: small integers, halves and their negations. */
export const simpleExponentArb: fc.Arbitrary<Node> = fc
  .tuple(fc.constantFrom(0, 1, 2, 3, 0.5, 1.5), fc.boolean())
  .map(([v, negate]) => (negate ? neg(num(v)) : num(v)));

/**
 * Smooth trees for gradient checks, over variables valued in [0.5, 2]: `positive` trees are > 0 by
 * construction, so log, fractional powers and division see positive inputs and relu stays away from its kink.
 */
export function smoothTreeArb(names: string[]): fc.Arbitrary<Node> {
  const leaf = fc.oneof(
    fc.constantFrom(...names).map(variable),
    fc.double({ min: 0.5, max: 3, noNaN: true }).map(num),
  );
  return fc.letrec<{ pos: Node; any: Node }>((tie) => ({
    pos: fc.oneof(
      { maxDepth: 3 },
      leaf,
      fc
        .tuple(fc.constantFrom<ExprBinaryOp>('+', '*', '/'), tie('pos'), tie('pos'))
        .map(([op, l, r]) => bin(op, l, r)),
      fc
        .tuple(fc.constantFrom<ExprFunction>('exp', 'sigmoid'), tie('any'))
        .map(([fn, a]) => call(fn, a)),
      tie('pos').map((a) => call('relu', a)),
      fc
        .tuple(tie('pos'), fc.constantFrom(2, 3, 0.5, -1, 1.5))
        .map(([b, p]) => bin('^', b, p < 0 ? neg(num(-p)) : num(p))),
    ),
    any: fc.oneof(
      { maxDepth: 3 },
      tie('pos'),
      fc.tuple(tie('any'), tie('any')).map(([l, r]) => bin('-', l, r)),
      tie('pos').map(neg),
      tie('any').map((a) => call('tanh', a)),
      tie('pos').map((a) => call('log', a)),
      tie('pos').map((a) => call('relu', neg(a))),
      fc.tuple(tie('any'), tie('any')).map(([l, r]) => bin('*', l, r)),
    ),
  })).any;
}
