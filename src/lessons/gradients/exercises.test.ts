import { describe, expect, it } from 'vitest';
import exercises from './exercises';

const byId = Object.fromEntries(exercises.map((e) => [e.id, e]));
const SEEDS = Array.from({ length: 25 }, (_, i) => i * 7 + 1);

describe('gradients exercises', () => {
  it('has at least four, and the same seed gives the same question', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(4);
    for (const e of exercises) expect(e.generate(42)).toEqual(e.generate(42));
  });

  it('forward difference of x² equals the closed form 2x + h', () => {
    for (const s of SEEDS) {
      const q = byId['forward-difference'].generate(s);
      const [, x, h] = /x = (\d+)\$ with \$h = ([\d.]+)/.exec(q.prompt)!.map(Number);
      expect(q.answer).toBeCloseTo(2 * x + h, 9);
    }
  });

  it('best h lies within two decades of √ε (forward) or ∛ε (central)', () => {
    for (const s of SEEDS) {
      const q = byId['best-h'].generate(s);
      const f64 = q.prompt.includes('float64');
      const central = q.prompt.includes('central');
      const expected = f64 ? (central ? -5 : -8) : central ? -2.5 : -4;
      expect(Math.abs(q.answer - expected)).toBeLessThanOrEqual(2);
    }
  });

  it('counting passes: n for forward mode, m for reverse mode', () => {
    for (const s of SEEDS) {
      const q = byId['count-passes'].generate(s);
      const [, n, m] = /n = (\d+)\$ inputs and \$m = (\d+)/.exec(q.prompt)!.map(Number);
      expect(q.answer).toBe(q.prompt.includes('forward-mode') ? n : m);
    }
  });

  it('reading gradcheck: the relative error of the shown values', () => {
    for (const s of SEEDS.slice(0, 8)) {
      const q = byId['read-gradcheck'].generate(s);
      const [, a, n] = /\$a = (-?[\d.e-]+)\$, central difference \$n = (-?[\d.e-]+)\$/
        .exec(q.prompt)!
        .map(Number);
      const rel = Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), 1);
      expect(Math.abs(q.answer - rel) / rel).toBeLessThan(1e-3);
      expect(q.answer).toBeGreaterThan(1e-7);
    }
  });
});
