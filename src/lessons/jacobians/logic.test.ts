import { describe, expect, it } from 'vitest';
import { assemble, chainFactors, CORRECT_ORDER, largestDifference, refusal } from './chain';
import {
  DEFAULT_W,
  elementwiseJacobian,
  ELEM_G,
  matmulJacobian,
  parseW,
  reluCost,
  shapesJacobian,
  trustJacobians,
} from './figures';
import { layoutChains } from './layouts';
import { buildTinyNet, D, H, traceBackward } from './tiny-net';
import { twoViews } from './views';
import { partialsTex } from './tex';

describe('tiny network', () => {
  it('has both active and inactive hidden units, so the ReLU mask matters', () => {
    const f = buildTinyNet().f.toArray();
    expect(f.some((v) => v > 0)).toBe(true);
    expect(f.some((v) => v < 0)).toBe(true);
  });

  it('a backward trace starts with only the seed and ends with backward()’s gradients', () => {
    const net = buildTinyNet();
    const want = net.w1.grad!.toArray();
    const trace = traceBackward(net.loss);
    expect(trace.graphs).toHaveLength(trace.steps.length + 1);
    expect(trace.graphs[0].nodes.filter((n) => n.grad !== null)).toHaveLength(1);
    const w1Node = trace.graphs.at(-1)!.nodes.find((n) => n.label === 'W1')!;
    w1Node.grad!.forEach((v, k) => expect(v).toBeCloseTo(want[k], 12));
  });
});

describe('chain assembly', () => {
  const net = buildTinyNet();
  const factors = chainFactors(net);

  it('the right order gives the engine’s ∂L/∂W₁ exactly', () => {
    const s = assemble(factors, CORRECT_ORDER);
    expect(s.refused).toBeNull();
    expect(s.product!.shape).toEqual([H, D]);
    expect(largestDifference(s.product!, net.w1.grad!)).toBeLessThan(1e-12);
  });

  it('refuses shapes that do not line up, naming both shapes', () => {
    expect(assemble(factors, ['w2t', 'xt']).refused).toBe(
      '4×2 cannot multiply 1×3: the inner sizes 2 and 1 differ.',
    );
    expect(assemble(factors, ['mask']).refused).toMatch(/needs a vector on its left/);
    expect(assemble(factors, ['w2t', 'r', 'xt', 'mask']).refused).toMatch(
      /4×3 cannot be multiplied entry by entry with 4×1/,
    );
    expect(assemble(factors, ['r', 'r']).refused).toMatch(/already in the chain/);
    expect(assemble(factors, ['nope']).refused).toMatch(/no factor/);
    const w2 = factors.find((f) => f.id === 'w2')!;
    expect(refusal([2, 4], w2)).toBe('2×4 cannot multiply 2×4: the inner sizes 4 and 2 differ.');
    expect(refusal([4, 2], w2)).toBeNull();
  });

  it('without the ReLU factor the shape fits but the value does not', () => {
    const s = assemble(factors, ['w2t', 'r', 'xt']);
    expect(s.product!.shape).toEqual([H, D]);
    expect(largestDifference(s.product!, net.w1.grad!)).toBeGreaterThan(0.01);
  });
});

describe('figures', () => {
  it('the matmul Jacobian equals W, row by row, and W parses from its URL text', () => {
    const w = parseW(DEFAULT_W.map(String).join(', '))!;
    const { rows } = matmulJacobian(w, 3);
    expect(rows.flat()).toEqual(w);
    expect(matmulJacobian(w, 1).rows).toHaveLength(1);
    expect(parseW('1,2,x')).toBeNull();
    expect(parseW(DEFAULT_W.slice(1).join(','))).toBeNull();
  });

  it('elementwise Jacobians are diagonal: diag(g) and diag(1[f > 0])', () => {
    const j = elementwiseJacobian('mul');
    j.forEach((row, a) => row.forEach((v, b) => expect(v + 0).toBe(a === b ? ELEM_G[a] : 0)));
    const r = elementwiseJacobian('relu');
    expect(r.map((row, a) => row[a])).toEqual([1, 0, 1, 0, 1]);
  });

  it('sizes the ReLU cost from the engine’s own gradient buffer', () => {
    const c = reluCost(128, 64);
    expect(c.backpropBytes).toBe(64 * 128 * 4);
    expect(c.fullJacobianBytes).toBe((64 * 128) ** 2 * 4);
    expect(c.perExampleBytes).toBe(64 * 128 * 128 * 4);
  });

  it('shapes Jacobian is M×N; engine and central differences agree on every target', () => {
    const j = shapesJacobian(3, 5);
    expect([j.length, j[0].length]).toEqual([3, 5]);
    for (const t of ['yhat-x', 'g-x', 'yhat-w1'] as const) {
      const r = trustJacobians(t);
      expect(r.largest).toBeLessThan(1e-8);
      expect(r.engine.length).toBe(t === 'g-x' ? 4 : 2);
    }
  });

  it('boxes the chosen entry and abbreviates big matrices', () => {
    expect(partialsTex(2, 2, 1, 2)).toContain('\\boxed{\\tfrac{\\partial y_{1}}{\\partial x_{2}}}');
    expect(partialsTex(8, 8, 4, 4)).toContain('\\vdots');
  });
});

describe('layouts and views', () => {
  it('the denominator-layout product is the transpose of the numerator one, both = ∂L/∂f', () => {
    const { num, den } = layoutChains();
    expect(num.product).toHaveLength(1);
    expect(den.product.map((r) => r[0])).toEqual(num.product[0]);
    expect(num.largest).toBeLessThan(1e-12);
    expect(den.largest).toBeLessThan(1e-12);
  });

  it('tensor and scalar views give the same gradients for every expandable op', () => {
    for (const op of ['f', 'g', 'yhat'] as const) {
      const v = twoViews(op);
      expect(v.agreement.length).toBeGreaterThan(0);
      v.agreement.forEach((a) => expect(a.largest).toBeLessThan(1e-12));
      expect(v.tensor.steps.map((s) => s.op)).toEqual([
        'halfSquaredError',
        'matmul',
        'relu',
        'matmul',
      ]);
    }
  });
});
