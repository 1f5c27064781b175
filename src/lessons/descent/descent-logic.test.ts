import { describe, expect, it } from 'vitest';
import { distanceTo, runDescent } from './descent-run';
import { handSteps, quadAt, thresholds } from './one-dim';
import { classLosses, crossEntropyGrad, halfSquared } from './losses';
import { readParams } from '../../kit/url-params';
import { DESCENT_PARAMS } from './params';
import { lossAndGrad, lossGrid, makeSurface } from './surfaces';
import { BATCH_SIZES, runBatches } from './minibatch';

describe('one-parameter quadratic', () => {
  it('reads the curvature off the engine and puts the thresholds at 1/c and 2/c', () => {
    for (const c of [0.25, 1, 2.5, 4]) {
      const t = thresholds(c);
      expect(t.oscillate).toBeCloseTo(1 / c, 12);
      expect(t.diverge).toBeCloseTo(2 / c, 12);
    }
  });
  it('takes steps θ − 1 ← (1 − αc)(θ − 1)', () => {
    const steps = handSteps(2, 0.3, -3, 5);
    steps.forEach((s, k) => expect(s.theta - 1).toBeCloseTo(-4 * (1 - 0.6) ** k, 10));
    expect(quadAt(2, 3).slope).toBeCloseTo(4, 12);
  });
  it('stops when θ runs away', () => {
    const steps = handSteps(1, 5, -3, 40);
    expect(steps.length).toBeLessThan(40);
  });
});

describe('2-D descent', () => {
  it('ends within 1e-3 of the bowl minimum after 50 safe steps', () => {
    const bowl = makeSurface('bowl');
    const run = runDescent(bowl, [-2.5, 2], { alpha: 0.3, steps: 50, momentum: 0 });
    expect(run.divergedAt).toBeNull();
    expect(distanceTo(run.points[50], bowl.minimum)).toBeLessThan(1e-3);
  });
  it('stops with a message above 2/curvature', () => {
    const run = runDescent(makeSurface('bowl'), [-2.5, 2], { alpha: 2.2, steps: 500, momentum: 0 });
    expect(run.divergedAt).not.toBeNull();
    expect(run.message).toMatch(/Diverged at step \d+/);
    expect(run.points.length).toBe((run.divergedAt ?? 0) + 1);
  });
  it('gets the gradient of every surface from the engine (matches finite differences)', () => {
    for (const name of ['bowl', 'valley', 'rosenbrock', 'data'] as const) {
      const s = makeSurface(name, 20);
      const [x, y] = [0.3, -0.7];
      const h = 1e-6;
      const g = lossAndGrad(s, x, y).grad;
      const fx = (lossAndGrad(s, x + h, y).loss - lossAndGrad(s, x - h, y).loss) / (2 * h);
      const fy = (lossAndGrad(s, x, y + h).loss - lossAndGrad(s, x, y - h).loss) / (2 * h);
      expect(g[0]).toBeCloseTo(fx, 4);
      expect(g[1]).toBeCloseTo(fy, 4);
    }
  });
  it('evaluates the grid with the same expression as the point loss', () => {
    const s = makeSurface('data');
    const grid = lossGrid(s, 5);
    const [x0, x1] = s.xDomain;
    const [y0, y1] = s.yDomain;
    expect(grid.values[2 * 5 + 3]).toBeCloseTo(
      lossAndGrad(s, x0 + ((x1 - x0) * 3) / 4, y0 + ((y1 - y0) * 2) / 4).loss,
      10,
    );
  });
  it('puts the data minimum where the gradient vanishes', () => {
    const s = makeSurface('data');
    const g = lossAndGrad(s, ...s.minimum).grad;
    expect(Math.hypot(...g)).toBeLessThan(1e-9);
  });
});

describe('losses', () => {
  it('half squared error has gradient ŷ − y', () => {
    expect(halfSquared(3, 1)).toEqual({ z: 3, loss: 2, grad: 2 });
  });
  it('cross-entropy keeps pushing, squared error on p flattens', () => {
    for (const z of [-6, -2, 0, 3]) {
      const p = 1 / (1 + Math.exp(-z));
      const { ce, se } = classLosses(z);
      expect(ce.loss).toBeCloseTo(-Math.log(p), 10);
      expect(ce.grad).toBeCloseTo(p - 1, 10);
      expect(se.grad).toBeCloseTo((p - 1) * p * (1 - p), 10);
    }
    expect(Math.abs(classLosses(-6).se.grad)).toBeLessThan(0.01);
    expect(Math.abs(classLosses(-6).ce.grad)).toBeGreaterThan(0.99);
  });
  it('CE gradient of a score vector is p − onehot', () => {
    const { grad } = crossEntropyGrad([1, 2, 0], 2);
    const e = [1, 2, 0].map(Math.exp);
    const sum = e[0] + e[1] + e[2];
    expect(grad[0]).toBeCloseTo(e[0] / sum, 12);
    expect(grad[2]).toBeCloseTo(e[2] / sum - 1, 12);
  });
});

describe('mini-batches', () => {
  it('the full batch follows plain descent on the data surface', () => {
    const full = runBatches(BATCH_SIZES[3], { alpha: 0.1, steps: 10, seed: 1, start: [-1.5, 2.5] });
    const plain = runDescent(makeSurface('data'), [-1.5, 2.5], {
      alpha: 0.1,
      steps: 10,
      momentum: 0,
    });
    expect(full.points[10].x).toBeCloseTo(plain.points[10].x, 10);
  });
  it('is reproducible for a seed, and every batch size ends below its start loss', () => {
    const a = runBatches(16, { alpha: 0.1, steps: 100, seed: 3, start: [-1.5, 2.5] });
    const b = runBatches(16, { alpha: 0.1, steps: 100, seed: 3, start: [-1.5, 2.5] });
    expect(a.points).toEqual(b.points);
    for (const size of BATCH_SIZES) {
      const r = runBatches(size, { alpha: 0.1, steps: 100, seed: 3, start: [-1.5, 2.5] });
      expect(r.points[100].loss).toBeLessThan(r.points[0].loss / 5);
    }
  });
});

describe('clamped link values', () => {
  it('reports numbers outside the table range, not malformed or in-range ones', () => {
    const { clamped: out } = readParams(
      DESCENT_PARAMS,
      new URLSearchParams('a=0&mu=1&grid=5&n=abc&c=2'),
    );
    expect(out.map((c) => c.key).sort()).toEqual(['a', 'grid', 'mu']);
    expect(out.find((c) => c.key === 'mu')?.used).toBe(0.99);
  });
});
