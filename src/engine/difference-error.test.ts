import { describe, expect, it } from 'vitest';
import {
  SCALAR_FUNCTIONS,
  bestStep,
  differenceAt,
  errorSweep,
  logLogSlope,
  stepSweep,
  stepVanishes,
} from './difference-error';

describe('finite-difference error sweep', () => {
  it('sweeps h from 1e-1 to 1e-15, four steps per decade', () => {
    const hs = stepSweep();
    expect(hs[0]).toBeCloseTo(0.1, 15);
    expect(hs[hs.length - 1]).toBeCloseTo(1e-15, 25);
    expect(hs).toHaveLength(57);
  });

  it('x³ at x = 2: forward is 12 + 6h + h², central 12 + h² (closed forms)', () => {
    const d = differenceAt(SCALAR_FUNCTIONS.cube, 2, 1e-2, 'float64');
    expect(d.forward).toBeCloseTo(12 + 6e-2 + 1e-4, 10);
    expect(d.central).toBeCloseTo(12 + 1e-4, 10);
  });

  it('sin at 1 in float64: best forward h near √ε, best central near ε^(1/3)', () => {
    const s = errorSweep(SCALAR_FUNCTIONS.sin, 1, 'float64');
    const f = bestStep(s.hs, s.forward).h;
    const c = bestStep(s.hs, s.central).h;
    expect(f).toBeGreaterThanOrEqual(1e-9);
    expect(f).toBeLessThanOrEqual(1e-7);
    expect(c).toBeGreaterThanOrEqual(1e-6);
    expect(c).toBeLessThanOrEqual(1e-4);
  });

  it('truncation slopes are 1 (forward) and 2 (central) at large h; float32 round-off starts sooner', () => {
    const s = errorSweep(SCALAR_FUNCTIONS.exp, 0.5, 'float64');
    expect(logLogSlope(s.hs, s.forward, 1e-4, 1e-1)).toBeCloseTo(1, 1);
    expect(logLogSlope(s.hs, s.central, 1e-3, 1e-1)).toBeCloseTo(2, 1);
    const s32 = errorSweep(SCALAR_FUNCTIONS.exp, 0.5, 'float32');
    expect(bestStep(s32.hs, s32.forward).h).toBeGreaterThan(bestStep(s.hs, s.forward).h * 100);
  });

  it('float32 rounds x + h back to x below its resolution, so the difference is 0', () => {
    expect(stepVanishes(1, 1e-8, 'float32')).toBe(true);
    expect(stepVanishes(1, 1e-8, 'float64')).toBe(false);
    expect(differenceAt(SCALAR_FUNCTIONS.sin, 1, 1e-8, 'float32').forward).toBe(0);
  });

  it('|x| at its kink: forward gives the right slope 1, central gives 0', () => {
    expect(SCALAR_FUNCTIONS.abs.kinkAt(0)).toBe(true);
    const d = differenceAt(SCALAR_FUNCTIONS.abs, 0, 1e-3, 'float64');
    expect(d.forward).toBe(1);
    expect(d.central).toBe(0);
  });
});
