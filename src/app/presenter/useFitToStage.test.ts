import { describe, expect, it } from 'vitest';
import { fitScale, MIN_FIT_SCALE } from './useFitToStage';

describe('fitScale', () => {
  it('shrinks by the share that does not fit, never grows past 1, never below the floor', () => {
    expect(fitScale(600, 800, 1)).toBeCloseTo(0.75, 3);
    expect(fitScale(900, 800, 1)).toBe(1);
    expect(fitScale(800, 1000, 0.8)).toBeCloseTo(0.64, 3);
    expect(fitScale(100, 1000, 1)).toBe(MIN_FIT_SCALE);
    expect(fitScale(0, 1000, 1)).toBe(1);
  });
});
