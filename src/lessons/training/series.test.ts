import { describe, expect, it } from 'vitest';
import { append, EMPTY_SERIES, foldEval, foldGradNorms, foldProgress, MAX_POINTS } from './series';
import type { Progress } from '../../worker';

const progress = (iteration: number, batchLoss: number): Progress => ({
  iteration,
  epoch: 0,
  batchLoss,
  trainAccuracy: 0.5,
  testAccuracy: null,
  testLoss: null,
  samplesPerSecond: 0,
  trainMs: 0,
});

describe('run series', () => {
  it('appends only new, finite points', () => {
    let s = foldProgress(EMPTY_SERIES, progress(1, 2.3));
    s = foldProgress(s, progress(1, 2.2));
    s = foldProgress(s, progress(2, Number.NaN));
    s = foldProgress(s, progress(3, 1.9));
    expect(s.trainLoss).toEqual({ x: [1, 3], y: [2.3, 1.9] });
  });
  it('thins a long curve but keeps its last point', () => {
    let c = { x: [] as number[], y: [] as number[] } as ReturnType<typeof append>;
    for (let i = 1; i <= MAX_POINTS + 1; i++) c = append(c, i, i);
    expect(c.x.length).toBeLessThanOrEqual(MAX_POINTS / 2 + 2);
    expect(c.x[c.x.length - 1]).toBe(MAX_POINTS + 1);
  });
  it('folds evaluations and per-tensor gradient norms', () => {
    const s = foldEval(EMPTY_SERIES, { testLoss: 0.3, testAccuracy: 0.9, count: 10, iteration: 5 });
    expect(s.testAcc).toEqual({ x: [5], y: [0.9] });
    const g = foldGradNorms(s, { iteration: 5, names: ['W1', 'b1'], norms: [2, 1], blowUp: null });
    expect(g.gradNames).toEqual(['W1', 'b1']);
    expect(g.gradNorms[1]).toEqual({ x: [5], y: [1] });
  });
});
