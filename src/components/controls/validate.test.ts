import { describe, expect, it } from 'vitest';
import { fromPosition, parseBounded, snapToStep, stepSignificant, toPosition } from './validate';

describe('parseBounded', () => {
  it('accepts in-range numbers and clamps out-of-range ones', () => {
    expect(parseBounded(' 0.5 ', 0, 1)).toEqual({ ok: true, value: 0.5, clamped: false });
    expect(parseBounded('7', 0, 1)).toEqual({ ok: true, value: 1, clamped: true });
    expect(parseBounded('−3', 0, 1)).toEqual({ ok: true, value: 0, clamped: true });
  });
  it('reads every typographic minus, as pasted from slides', () => {
    expect(parseBounded('−1e−5', -1, 1)).toEqual({ ok: true, value: -1e-5, clamped: false });
  });
  it('rejects empty, NaN and infinities', () => {
    expect(parseBounded('', 0, 1).ok).toBe(false);
    expect(parseBounded('abc', 0, 1).ok).toBe(false);
    expect(parseBounded('Infinity', 0, 1).ok).toBe(false);
  });
});

describe('scales', () => {
  it('log positions move evenly through decades', () => {
    expect(toPosition(1e-2, 1e-4, 1, true)).toBeCloseTo(0.5);
    expect(fromPosition(0.25, 1e-4, 1, true)).toBeCloseTo(1e-3);
    expect(fromPosition(toPosition(0.3, 0, 1, false), 0, 1, false)).toBeCloseTo(0.3);
  });
  it('snaps to the step grid without float noise', () => {
    expect(snapToStep(0.30000000000000004, 0, 0.1)).toBe(0.3);
    expect(snapToStep(7.4, 1, 2)).toBe(7);
  });
});

describe('stepSignificant', () => {
  it('steps between two-significant-digit values across decades', () => {
    expect(stepSignificant(0.5, 1)).toBe(0.51);
    expect(stepSignificant(0.5, -1)).toBe(0.49);
    expect(stepSignificant(0.01, -1)).toBe(0.0099);
    expect(stepSignificant(0.0099, 1)).toBe(0.01);
    expect(stepSignificant(99, 1)).toBe(100);
    expect(stepSignificant(100, -1)).toBe(99);
  });
  it('moves a value between two steps to the nearer one in that direction', () => {
    expect(stepSignificant(0.0123, 1)).toBe(0.013);
    expect(stepSignificant(0.0123, -1)).toBe(0.012);
    expect(stepSignificant(0.0127, -1)).toBe(0.012);
  });
});
