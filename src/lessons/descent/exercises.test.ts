import { describe, expect, it } from 'vitest';
import { drawFrom } from '../../kit/exercise/draw';
import exercises from './exercises';

const byId = (id: string) => exercises.find((e) => e.id === id)!;

describe('descent exercises', () => {
  it('the same seed gives the same question', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(4);
    for (const ex of exercises) {
      const [a, b] = [ex.generate(7), ex.generate(7)];
      expect([a.prompt, a.answer, a.solution]).toEqual([b.prompt, b.answer, b.solution]);
    }
  });

  it('answers match independent closed forms for many seeds (same draws, hand formulas)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      let d = drawFrom(seed);
      const [c, m] = [d.int(1, 4), d.int(-3, 3)];
      const theta = d.int(-4, 5, [m]);
      const alpha = d.oneOf([0.1, 0.2, 0.25, 0.5]);
      expect(byId('one-update').generate(seed).answer).toBeCloseTo(
        theta - alpha * c * (theta - m),
        10,
      );

      d = drawFrom(seed);
      const [a, b] = [d.oneOf([0.5, 1, 2, 4]), d.oneOf([5, 8, 10, 20])];
      expect(byId('divergence-threshold').generate(seed).answer).toBeCloseTo(
        2 / Math.max(a, b),
        12,
      );

      d = drawFrom(seed);
      const [u, v] = [d.int(-2, 2), d.int(-2, 2)];
      const k = d.int(2, 5);
      d.int(-3, 3, [u]);
      const q = d.int(-3, 3, [v]);
      expect(byId('gradient-sign').generate(seed).answer).toBe(Math.sign(2 * k * (q - v)));

      d = drawFrom(seed);
      const z = [d.int(-2, 2), d.int(-2, 2), d.int(-2, 2)];
      const label = d.int(0, 2);
      const e = z.map(Math.exp);
      expect(byId('ce-gradient').generate(seed).answer).toBeCloseTo(
        e[label] / (e[0] + e[1] + e[2]) - 1,
        10,
      );
    }
  });

  it('names the classic mistakes', () => {
    const div = byId('divergence-threshold').generate(3);
    expect(div.mistakes?.[0].value).toBeCloseTo(div.answer / 2, 12);
    const ce = byId('ce-gradient').generate(3);
    expect(ce.mistakes?.[0].value).toBe(-ce.answer);
  });
});
