import { describe, expect, it } from 'vitest';
import exercises, { sgdStep } from './exercises';

describe('training exercises', () => {
  it('same seed, same question; answers are finite', () => {
    for (const ex of exercises) {
      expect(ex.generate(7)).toEqual(ex.generate(7));
      for (let s = 1; s < 30; s++) expect(Number.isFinite(ex.generate(s).answer)).toBe(true);
    }
  });
  it('the engine’s SGD and momentum match the closed forms', () => {
    for (let s = 1; s < 40; s++) {
      const w0 = (s % 7) - 3;
      const [x, y, lr] = [1 + (s % 3), (s % 5) - 2, 0.1];
      const g1 = (w0 * x - y) * x;
      const w1 = w0 - lr * g1;
      expect(sgdStep(w0, x, y, lr).w).toBeCloseTo(w1, 10);
      const g2 = (w1 * x - y) * x;
      expect(sgdStep(w0, x, y, lr, 0.9, 2).w).toBeCloseTo(w1 - lr * (0.9 * g1 + g2), 10);
    }
  });
  it('counts ⌈n / batch⌉ updates per epoch and reads a row of the confusion matrix', () => {
    const [, perEpoch, confusion] = exercises;
    for (let s = 1; s < 30; s++) {
      const q = perEpoch.generate(s);
      const [n, bs] = (q.prompt.match(/[\d,]+/g) ?? []).map((v) => Number(v.replace(/,/g, '')));
      expect(q.answer).toBe(Math.ceil(n / bs));
      const c = confusion.generate(s);
      expect(c.answer).toBeGreaterThan(0.5);
      expect(c.answer).toBeLessThanOrEqual(1);
    }
  });
});
