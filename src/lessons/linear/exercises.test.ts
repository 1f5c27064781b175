import { describe, expect, it } from 'vitest';
import exercises from './exercises';

const byId = (id: string) => exercises.find((e) => e.id === id)!;
const numbersIn = (text: string) => [...text.matchAll(/-?\d+/g)].map((m) => Number(m[0]));

describe('linear exercises', () => {
  it('give the same question for the same seed', () => {
    for (const ex of exercises) {
      const [a, b] = [ex.generate(7), ex.generate(7)];
      expect([b.prompt, b.answer]).toEqual([a.prompt, a.answer]);
    }
  });

  it('score: the engine’s answer is w·x + b for many seeds', () => {
    for (let seed = 0; seed < 30; seed++) {
      const q = byId('score').generate(seed);
      const [x0, x1, x2, w0, w1, w2, b] = numbersIn(q.prompt);
      expect(q.answer).toBe(w0 * x0 + w1 * x1 + w2 * x2 + b);
    }
  });

  it('parameters: C·N + C from the layer the engine builds', () => {
    for (let seed = 0; seed < 10; seed++) {
      const q = byId('parameters').generate(seed);
      const [side, , classes] = numbersIn(q.prompt);
      expect(q.answer).toBe(classes * side * side + classes);
    }
  });

  it('cross-entropy: −log of the softmax of the true class', () => {
    for (let seed = 0; seed < 30; seed++) {
      const q = byId('cross-entropy').generate(seed);
      const [s0, s1, s2, , , , label] = numbersIn(q.prompt);
      const s = [s0, s1, s2];
      const expected = -Math.log(Math.exp(s[label]) / s.map(Math.exp).reduce((a, b) => a + b));
      expect(q.answer).toBeCloseTo(expected, 6);
    }
  });

  it('winner: the index of the highest score, the lower one on a tie', () => {
    for (let seed = 0; seed < 30; seed++) {
      const q = byId('winner').generate(seed);
      const n = numbersIn(q.prompt);
      const x = n.slice(0, 2);
      const rows = [n.slice(3, 5), n.slice(6, 8), n.slice(9, 11)];
      const b = n.slice(11, 14);
      const scores = rows.map((w, i) => w[0] * x[0] + w[1] * x[1] + b[i]);
      expect(q.answer).toBe(scores.indexOf(Math.max(...scores)));
    }
  });
});
