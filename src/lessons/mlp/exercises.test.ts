import { describe, expect, it } from 'vitest';
import EXERCISES from './exercises';
import { readParams } from '../../kit/url-params';
import { MLP_PARAMS } from './params';
import { countParameters } from './shapes';
import { flatRegions, sampleCurve, sigmoidStackDerivatives } from './activation-curves';
import { maxLineSwitches } from './boundary';
import { rankUnits } from './templates';

const byId = (id: string) => EXERCISES.find((e) => e.id === id)!;
const numbers = (text: string) => (text.match(/-?\d+/g) ?? []).map(Number);

describe('MLP exercises', () => {
  it('has at least four, each deterministic per seed', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(4);
    for (const e of EXERCISES) expect(e.generate(7)).toEqual(e.generate(7));
  });

  it('answers match closed forms for many seeds', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const shape = byId('hidden-shape').generate(seed);
      const n = numbers(shape.prompt);
      const [batch, h] = [n[0], n[4]];
      expect(shape.answer).toBeCloseTo(batch * h, 12);
      const count = byId('param-count').generate(seed);
      const H = numbers(count.prompt).at(-1)!;
      expect(count.answer).toBeCloseTo(784 * H + H * 10 + H + 10, 12);
      const relu = byId('relu-derivative').generate(seed);
      const [w, b, x] = numbers(relu.prompt.replace(/\\[a-z]+/g, '')).slice(-3);
      expect(relu.answer).toBeCloseTo(w * x + b > 0 ? w : 0, 12);
      const col = byId('collapsed-matrix').generate(seed);
      const m = numbers(col.prompt.replace(/W_\d|\\\\/g, ' ')).slice(0, 10);
      const [a, bb, c, dd, p, q, r, s, i, j] = m;
      const w2w1 = [p * a + q * c, p * bb + q * dd, r * a + s * c, r * bb + s * dd];
      expect(col.answer).toBeCloseTo(w2w1[(i - 1) * 2 + (j - 1)], 12);
    }
  });
});

describe('MLP lesson logic', () => {
  it('counts the lecture’s 79,400 weights and 79,510 parameters at H = 100', () => {
    const c = countParameters(784, 100, 10, false);
    expect(c.weights).toBe(79400);
    expect(c.withBiases).toBe(79510);
    expect(countParameters(784, 100, 10, true).weights).toBe(79400 + 100 * 100);
  });

  it('reports clamped URL values, not malformed or in-range ones', () => {
    const clamped = (search: string) => readParams(MLP_PARAMS, new URLSearchParams(search)).clamped;
    const c = clamped('h=5000&width=8&layers=x&lr=50');
    expect(c).toEqual([{ key: 'h', given: 5000, used: 800, min: 1, max: 800 }]);
    expect(clamped('layers=7')[0]).toMatchObject({ key: 'layers', used: 3 });
  });

  it('marks ReLU dead for x < 0 and sigmoid saturated on both sides', () => {
    const relu = flatRegions(sampleCurve('relu', -6, 6, 241));
    expect(relu).toEqual([{ from: -Infinity, to: 0, kind: 'dead' }]);
    const sig = flatRegions(sampleCurve('sigmoid', -6, 6, 241));
    expect(sig.map((r) => r.kind)).toEqual(['saturated', 'saturated']);
    expect(flatRegions(sampleCurve('leakyRelu', -6, 6, 241))).toEqual([]);
  });

  it('shrinks the sigmoid stack’s derivative by at most ¼ per layer', () => {
    const d = sigmoidStackDerivatives(0, 5);
    expect(d[0]).toBeCloseTo(0.25, 12);
    for (let k = 1; k < 5; k++) expect(d[k]).toBeLessThan(0.25 * d[k - 1] + 1e-15);
  });

  it('counts class switches along rows and columns', () => {
    expect(maxLineSwitches([0, 0, 1, 0, 1, 1, 1, 1, 1], 3)).toBe(1);
    expect(maxLineSwitches([0, 1, 0, 0, 0, 0, 0, 0, 0], 3)).toBe(2);
  });

  it('ranks a W₂ row and finds templates shared with other classes', () => {
    const w2 = new Float32Array([3, 1, 2, 0, 5, 1]); // 2 classes × 3 units
    const r = rankUnits(w2, 3, 0, 1);
    expect(r.map((u) => u.unit)).toEqual([0, 2, 1]);
    expect(rankUnits(w2, 3, 0, 2)[1]).toMatchObject({ unit: 2, sharedWith: [1] });
  });
});
