import { describe, expect, it } from 'vitest';
import { collectVariables, MAX_TREE_DEPTH, operationCount, treeDepth, type ExprNode } from './ast';
import { buildExpression, buildGraph, evaluateConstant } from './build';
import { formatExpression } from './format';
import { exprToTex } from './tex';

const DEPTH = 100_000;

/** −(−(…−(x)…)) nested `depth` times, built by hand (the parser would refuse it). */
function deepNegation(depth: number, leaf: ExprNode): ExprNode {
  let node = leaf;
  for (let i = 0; i < depth; i++) node = { kind: 'unary', op: 'neg', arg: node, start: 0, end: 1 };
  return node;
}

/** ((x + 1) + 1) + … : a left-deep chain of `depth` additions. */
function deepSum(depth: number): ExprNode {
  let node: ExprNode = { kind: 'var', name: 'x', start: 0, end: 1 };
  for (let i = 0; i < depth; i++) {
    const one: ExprNode = { kind: 'num', value: 1, start: 0, end: 1 };
    node = { kind: 'binary', op: '+', left: node, right: one, start: 0, end: 1 };
  }
  return node;
}

describe('hand-built trees 100,000 deep', () => {
  const x: ExprNode = { kind: 'var', name: 'x', start: 0, end: 1 };
  const deep = deepNegation(DEPTH, x);
  const sum = deepSum(DEPTH);

  it('are walked without recursion: variables, operation count, depth', () => {
    expect(collectVariables(deep)).toEqual(['x']);
    expect(collectVariables(sum)).toEqual(['x']);
    expect(operationCount(sum)).toBe(DEPTH);
    expect(treeDepth(deep)).toBe(DEPTH + 1);
  });

  it('get a clear error, not a stack overflow, from the recursive formatters and builders', () => {
    const tooDeep = `the expression tree is ${DEPTH + 1} levels deep (at most ${MAX_TREE_DEPTH})`;
    expect(() => formatExpression(deep)).toThrow(`formatExpression: ${tooDeep}`);
    expect(() => exprToTex(sum)).toThrow(`exprToTex: ${tooDeep}`);
    const constant = deepNegation(DEPTH, { kind: 'num', value: 2, start: 0, end: 1 });
    expect(() => evaluateConstant(constant)).toThrow(`evaluateConstant: ${tooDeep}`);
    expect(() => buildExpression(deep, { x: 1 })).toThrow(`buildExpression: ${tooDeep}`);
    expect(() => buildGraph(sum, new Map())).toThrow(`buildExpression: ${tooDeep}`);
  });

  it('at the depth limit they still work', () => {
    const ok = deepNegation(MAX_TREE_DEPTH - 1, x);
    expect(formatExpression(ok)).toBe(`${'-'.repeat(MAX_TREE_DEPTH - 1)}x`);
    expect(buildExpression(ok, { x: 2 }).output.item()).toBe(-2);
  });
});
