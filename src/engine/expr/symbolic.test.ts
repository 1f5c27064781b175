import { describe, expect, it } from 'vitest';
import {
  buildExpression,
  countNodes,
  differentiate,
  formatExpression,
  parseExpression,
  sigmoidChain,
} from './index';

function parse(src: string) {
  const p = parseExpression(src);
  if (!p.ok) throw new Error(p.error.message);
  return p.ast;
}

function diffText(src: string, name = 'x'): string {
  const d = differentiate(parse(src), name);
  if (!d.ok) throw new Error(d.message);
  return formatExpression(d.ast);
}

function valueOf(src: string, name: string, values: Record<string, number>): number {
  const d = differentiate(parse(src), name);
  if (!d.ok) throw new Error(d.message);
  return buildExpression(d.ast, values).output.item();
}

describe('symbolic differentiation', () => {
  it('applies the sum, product and quotient rules with trivial simplification', () => {
    expect(diffText('x + 3')).toBe('1');
    expect(diffText('w*x')).toBe('w');
    expect(diffText('x*x')).toBe('x + x');
    expect(diffText('1/x')).toBe('-1/x^2');
    expect(diffText('x^3')).toBe('3*x^2');
  });

  it('applies the chain rule through functions (σ′ = σ(1 − σ))', () => {
    expect(diffText('sigmoid(w*x)')).toBe('sigmoid(w*x)*(1 - sigmoid(w*x))*w');
    expect(diffText('exp(2*x)')).toBe('exp(2*x)*2');
  });

  it('matches the engine’s backward pass at a point (quotient, log, tanh)', () => {
    const src = 'log(x*x + 1)/(tanh(x) + 2) - exp(-x)*x^3';
    const values = { x: 0.7 };
    const built = buildExpression(parse(src), values);
    built.output.backward();
    expect(valueOf(src, 'x', values)).toBeCloseTo(built.leaves.get('x')!.grad!.item(), 12);
  });

  it('says why relu cannot be differentiated in the language', () => {
    const r = differentiate(parse('relu(x)'), 'x');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/relu/);
  });

  it('the σ chain’s derivative swells faster than the chain (k = 1…6)', () => {
    const sizes = [1, 2, 3, 4, 5, 6].map((k) => {
      const d = differentiate(sigmoidChain(k), 'x');
      if (!d.ok) throw new Error(d.message);
      return countNodes(d.ast);
    });
    expect(countNodes(sigmoidChain(3))).toBe(10);
    const growth = sizes.slice(1).map((s, i) => s - sizes[i]);
    // The increments themselves grow: more than linear.
    growth.slice(1).forEach((g, i) => expect(g).toBeGreaterThan(growth[i]));
  });
});
