import { describe, expect, it } from 'vitest';
import {
  INITIAL_SNAPSHOT,
  type TrainingSnapshot,
  type EvalResult,
  type Progress,
} from '../../worker';
import { EMPTY_SERIES, foldSeries, MAX_POINTS } from './run-series';

function progress(iteration: number, batchLoss: number, trainAccuracy: number | null): Progress {
  return {
    iteration,
    epoch: 0,
    batchLoss,
    trainAccuracy,
    testAccuracy: null,
    testLoss: null,
    samplesPerSecond: 0,
    trainMs: 0,
  };
}
const withProgress = (s: TrainingSnapshot, p: Progress): TrainingSnapshot => ({
  ...s,
  progress: p,
});
const evaluated = (s: TrainingSnapshot, e: EvalResult): TrainingSnapshot => ({ ...s, lastEval: e });

describe('run series', () => {
  it('adds a train point per new progress and a test point per new evaluation', () => {
    const a = withProgress(INITIAL_SNAPSHOT, progress(10, 1.5, 0.6));
    let series = foldSeries(EMPTY_SERIES, INITIAL_SNAPSHOT, a);
    const b = evaluated(withProgress(a, progress(20, 1.2, 0.7)), {
      testLoss: 1.1,
      testAccuracy: 0.8,
      count: 100,
      iteration: 20,
    });
    series = foldSeries(series, a, b);
    expect(series.trainLoss).toEqual([
      { x: 10, y: 1.5 },
      { x: 20, y: 1.2 },
    ]);
    expect(series.trainAccuracy).toEqual([
      { x: 10, y: 0.6 },
      { x: 20, y: 0.7 },
    ]);
    expect(series.testLoss).toEqual([{ x: 20, y: 1.1 }]);
    expect(series.testAccuracy).toEqual([{ x: 20, y: 0.8 }]);
  });

  it('skips non-finite losses (a diverged step) and repeated iterations', () => {
    const a = withProgress(INITIAL_SNAPSHOT, progress(5, 2, null));
    let series = foldSeries(EMPTY_SERIES, INITIAL_SNAPSHOT, a);
    const b = withProgress(a, progress(5, 2.5, null));
    series = foldSeries(series, a, b);
    const c = withProgress(b, progress(6, Number.NaN, null));
    series = foldSeries(series, b, c);
    expect(series.trainLoss).toEqual([{ x: 5, y: 2 }]);
    expect(series.trainAccuracy).toEqual([]);
  });

  it('clears the curves when the run is reset to step 0', () => {
    const a = withProgress(INITIAL_SNAPSHOT, progress(5, 2, 0.5));
    const series = foldSeries(EMPTY_SERIES, INITIAL_SNAPSHOT, a);
    const reset = withProgress(a, progress(0, Number.NaN, null));
    expect(foldSeries(series, a, reset)).toBe(EMPTY_SERIES);
  });

  it('keeps at most MAX_POINTS points, the first and the latest among them', () => {
    let series = EMPTY_SERIES;
    let prev = INITIAL_SNAPSHOT;
    for (let i = 1; i <= MAX_POINTS * 3; i++) {
      const next = withProgress(prev, progress(i, 1 / i, null));
      series = foldSeries(series, prev, next);
      prev = next;
    }
    expect(series.trainLoss.length).toBeLessThanOrEqual(MAX_POINTS);
    expect(series.trainLoss[0].x).toBe(1);
    expect(series.trainLoss[series.trainLoss.length - 1].x).toBe(MAX_POINTS * 3);
    const xs = series.trainLoss.map((p) => p.x);
    expect([...xs].sort((u, v) => u - v)).toEqual(xs);
  });
});
