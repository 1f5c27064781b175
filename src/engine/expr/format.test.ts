import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExpression } from './format';
import { parseExpression } from './parser';
import {
  constantTreeArb,
  parseOk,
  simpleExponentArb,
  treeArb,
  withoutPositions,
} from './test-helpers';

describe('formatExpression', () => {
  it.each([
    ['((a))', 'a'],
    ['a-(b-c)', 'a - (b - c)'],
    ['(a-b)-c', 'a - b - c'],
    ['a+(b+c)', 'a + (b + c)'],
    ['a/(b*c)', 'a/(b*c)'],
    ['(a*b)/c', 'a*b/c'],
    ['a*(b*c)', 'a*(b*c)'],
    ['(a+b)*c', '(a + b)*c'],
    ['(x^2)^3', '(x^2)^3'],
    ['x^(2^3)', 'x^2^3'],
    ['-(x^2)', '-x^2'],
    ['(-x)^2', '(-x)^2'],
    ['-(a+b)', '-(a + b)'],
    ['-(a*b)', '-(a*b)'],
    ['(-a)*b', '-a*b'],
    ['2*(-x)', '2*-x'],
    ['a-(-b)', 'a - -b'],
    ['x^(-1)', 'x^-1'],
    ['x ^ (1/2)', 'x^(1/2)'],
    ['relu((w1*x))×w2', 'relu(w1*x)*w2'],
    ['0.001*x', '0.001*x'],
    ['1e-7*x', '1e-7*x'],
    ['.5', '0.5'],
  ])('%s → %s', (source, expected) => {
    expect(formatExpression(parseOk(source))).toBe(expected);
  });

  it('round-trips random trees: parse(format(ast)) has the same structure', () => {
    const names = ['a', 'b', 'x', 'w1', 'y_2'];
    const arb = fc.oneof(treeArb(names, constantTreeArb), treeArb(names, simpleExponentArb, 5));
    fc.assert(
      fc.property(arb, (ast) => {
        const text = formatExpression(ast);
        fc.pre(text.length <= 200);
        const parsed = parseExpression(text);
        expect(parsed.ok, text).toBe(true);
        if (parsed.ok) expect(withoutPositions(parsed.ast)).toEqual(withoutPositions(ast));
      }),
      { numRuns: 400, seed: 20261127 },
    );
  });
});
