import { describe, expect, it } from 'vitest';
import { expressionFunction } from './index';

describe('expressionFunction', () => {
  it('evaluates in float64 and float32 and differentiates with the engine', () => {
    const r = expressionFunction('x*sigmoid(x)');
    if (!r.ok) throw new Error(r.error.message);
    const s = 1 / (1 + Math.exp(-0.3));
    expect(r.fn.f64(0.3)).toBeCloseTo(0.3 * s, 15);
    expect(r.fn.f32(0.3)).toBe(Math.fround(r.fn.f32(0.3)));
    expect(Math.abs(r.fn.f32(0.3) - 0.3 * s)).toBeLessThan(1e-7);
    expect(r.fn.exact(0.3)).toBeCloseTo(s + 0.3 * s * (1 - s), 14);
  });

  it('finds relu kinks at the point asked', () => {
    const r = expressionFunction('relu(x) + relu(-x)');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.fn.kinkAt(0)).toBe(true);
    expect(r.fn.kinkAt(0.5)).toBe(false);
  });

  it('rejects syntax errors, other variables and constants with positioned messages', () => {
    const bad = expressionFunction('x*(2');
    expect(bad.ok).toBe(false);
    const other = expressionFunction('w*x');
    expect(!other.ok && other.error.message).toMatch(/only the variable x/);
    const none = expressionFunction('3');
    expect(!none.ok && none.error.message).toMatch(/must use x/);
  });
});
