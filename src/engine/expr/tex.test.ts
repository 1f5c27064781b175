import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exprToTex, variableTex } from './tex';
import { constantTreeArb, parseOk, treeArb } from './test-helpers';

describe('variableTex', () => {
  it.each([
    ['x', 'x'],
    ['W', 'W'],
    ['w1', 'w_{1}'],
    ['w12', 'w_{12}'],
    ['w_1', 'w_{1}'],
    ['theta', '\\theta'],
    ['theta0', '\\theta_{0}'],
    ['lr', '\\mathit{lr}'],
    ['b_out', 'b_{\\mathit{out}}'],
    ['x_hat_2', '\\mathit{x\\_hat\\_2}'],
  ])('%s → %s', (name, tex) => {
    expect(variableTex(name)).toBe(tex);
  });
});

describe('exprToTex', () => {
  it.each([
    ['relu(w1*x)*w2', '\\mathrm{relu}\\left(w_{1} x\\right)\\, w_{2}'],
    ['0.5*(y - t)^2', '0.5\\, \\left(y - t\\right)^{2}'],
    ['a/(b+c)', '\\frac{a}{b + c}'],
    ['x*2', 'x \\cdot 2'],
    ['2*x', '2 x'],
    ['1e-7*x', '1 \\times 10^{-7} x'],
    ['1e-7^2', '\\left(1 \\times 10^{-7}\\right)^{2}'],
    ['sigmoid(-x)', '\\sigma\\left(-x\\right)'],
    [
      'exp(a) + log(b) - tanh(c)',
      '\\exp\\left(a\\right) + \\log\\left(b\\right) - \\tanh\\left(c\\right)',
    ],
    ['a - (b - c)', 'a - \\left(b - c\\right)'],
    ['a - -b', 'a - \\left(-b\\right)'],
    ['-(a + b)', '-\\left(a + b\\right)'],
    ['--x', '-\\left(-x\\right)'],
    ['x^-1', 'x^{-1}'],
    ['x^2^3', 'x^{2^{3}}'],
    ['(x^2)^3', '\\left(x^{2}\\right)^{3}'],
    ['w1^2', 'w_{1}^{2}'],
    ['(a + b)*c', '\\left(a + b\\right)\\, c'],
  ])('%s → %s', (source, tex) => {
    expect(exprToTex(parseOk(source))).toBe(tex);
  });

  it('always balances braces and \\left/\\right pairs on random trees', () => {
    fc.assert(
      fc.property(treeArb(['a', 'w1', 'theta', 'x_hat'], constantTreeArb), (ast) => {
        const tex = exprToTex(ast);
        let depth = 0;
        for (const ch of tex) {
          if (ch === '{') depth++;
          if (ch === '}') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        expect(tex.split('\\left(').length).toBe(tex.split('\\right)').length);
        expect(tex).not.toMatch(/\^\{[^{}]*\}\^/);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
