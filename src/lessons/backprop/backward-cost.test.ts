import { describe, expect, it } from 'vitest';
import { scalar } from '../../engine';
import { costRatio, measureMlp, timePasses } from './backward-cost';

/** A clock that advances by `step` on every reading. */
function fakeClock(step: number) {
  let t = 0;
  return () => (t += step);
}

describe('backward cost measurement', () => {
  it('times each repeat’s forward and backward separately, after a warm-up', () => {
    let built = 0;
    const m = timePasses(
      'x²',
      () => {
        built++;
        const x = scalar(3, { requiresGrad: true });
        return x.mul(x);
      },
      5,
      fakeClock(1),
    );
    expect(built).toBe(6);
    expect(m.forwardMs).toBe(5);
    expect(m.backwardMs).toBe(5);
    expect(costRatio(m)).toBe(1);
  });

  it('runs the small MLP for the given repeats; an unmeasurably fast forward gives NaN', () => {
    const m = measureMlp(fakeClock(2), 2);
    expect(m.repeats).toBe(2);
    expect(costRatio({ ...m, forwardMs: 0 })).toBeNaN();
  });
});
