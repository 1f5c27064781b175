import { describe, expect, it } from 'vitest';
import backpropExercises from './exercises';

describe('backprop exercises', () => {
  it('give the same question for the same seed and check their answers with the engine', () => {
    for (const ex of backpropExercises) {
      const a = ex.generate(42);
      const b = ex.generate(42);
      expect([b.prompt, b.answer, b.solution]).toEqual([a.prompt, a.answer, a.solution]);
      expect(Number.isFinite(a.answer)).toBe(true);
      for (const m of a.mistakes ?? []) expect(m.message.length).toBeGreaterThan(5);
    }
  });

  it('∂L/∂w1 equals x · 1[f>0] · w2 · (ŷ − y) for many seeds', () => {
    const ex = backpropExercises.find((e) => e.id === 'grad-w1')!;
    for (let seed = 0; seed < 50; seed++) {
      const q = ex.generate(seed);
      const [x, w1, w2, y] = [...q.prompt.matchAll(/= (-?\d+)\$/g)].map((m) => Number(m[1]));
      const f = w1 * x;
      const yhat = w2 * Math.max(0, f);
      expect(q.answer).toBeCloseTo(x * (f > 0 ? 1 : 0) * w2 * (yhat - y), 10);
    }
  });

  it('the dead-ReLU exercise always has a zero answer (not −0)', () => {
    const ex = backpropExercises.find((e) => e.id === 'dead-relu')!;
    for (let seed = 0; seed < 20; seed++) expect(Object.is(ex.generate(seed).answer, 0)).toBe(true);
  });
});
