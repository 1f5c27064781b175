import { describe, expect, it } from 'vitest';
import { makeToy, MAX_TOY_POINTS, type ToyName } from './toy';

const NAMES: ToyName[] = ['blobs', 'xor', 'circles', 'moons', 'spirals'];

function point(d: { x: Float32Array }, i: number): [number, number] {
  return [d.x[2 * i], d.x[2 * i + 1]];
}

describe('toy datasets', () => {
  it.each(NAMES)('%s is deterministic per seed and has the right shapes', (name) => {
    const a = makeToy(name, { n: 200, seed: 7 });
    const b = makeToy(name, { n: 200, seed: 7 });
    const c = makeToy(name, { n: 200, seed: 8 });
    expect(a.x.length).toBe(400);
    expect(a.y.length).toBe(200);
    expect(a.count).toBe(200);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
    expect(Math.max(...Array.from(a.x, Math.abs))).toBeLessThan(1.5);
    expect(new Set(a.y).size).toBe(a.classes);
  });

  it('blobs without noise sit exactly on k centres of radius 0.6, one per class', () => {
    const d = makeToy('blobs', { n: 40, seed: 1, noise: 0, classes: 4 });
    expect(d.classes).toBe(4);
    for (let i = 0; i < d.count; i++) {
      const [px, py] = point(d, i);
      expect(Math.hypot(px, py)).toBeCloseTo(0.6, 5);
      const angle = (2 * Math.PI * d.y[i]) / 4;
      expect(px).toBeCloseTo(0.6 * Math.cos(angle), 5);
      expect(py).toBeCloseTo(0.6 * Math.sin(angle), 5);
    }
  });

  it('xor without noise labels by quadrant', () => {
    const d = makeToy('xor', { n: 300, seed: 3, noise: 0 });
    for (let i = 0; i < d.count; i++) {
      const [px, py] = point(d, i);
      expect(d.y[i]).toBe(Math.sign(px) === Math.sign(py) ? 0 : 1);
      expect(Math.min(Math.abs(px), Math.abs(py))).toBeGreaterThanOrEqual(0.05 - 1e-6);
    }
  });

  it('circles without noise separate by radius', () => {
    const d = makeToy('circles', { n: 300, seed: 4, noise: 0 });
    for (let i = 0; i < d.count; i++) {
      const r = Math.hypot(...point(d, i));
      if (d.y[i] === 0) expect(r).toBeLessThanOrEqual(0.4 + 1e-6);
      else expect(r).toBeGreaterThanOrEqual(0.6 - 1e-6);
    }
  });

  it('moons without noise lie on their unit half circles (undoing the 0.6 scale and shift)', () => {
    const d = makeToy('moons', { n: 300, seed: 5, noise: 0 });
    for (let i = 0; i < d.count; i++) {
      const [x, y] = point(d, i);
      const [u, v] = [x / 0.6 + 0.5, y / 0.6 + 0.25];
      // class 0: u² + v² = 1, v ≥ 0; class 1: (1 − u)² + (½ − v)² = 1, v ≤ ½.
      const r = d.y[i] === 0 ? Math.hypot(u, v) : Math.hypot(1 - u, 0.5 - v);
      expect(r).toBeCloseTo(1, 5);
      if (d.y[i] === 0) expect(v).toBeGreaterThanOrEqual(-1e-6);
      else expect(v).toBeLessThanOrEqual(0.5 + 1e-6);
    }
  });

  it('spirals without noise lie on their arm', () => {
    const d = makeToy('spirals', { n: 90, seed: 5, noise: 0, classes: 3 });
    for (let i = 0; i < d.count; i++) {
      const [px, py] = point(d, i);
      const t = Math.hypot(px, py) / 0.9;
      const a = 3 * Math.PI * t + (2 * Math.PI * d.y[i]) / 3;
      expect(px).toBeCloseTo(0.9 * t * Math.cos(a), 4);
      expect(py).toBeCloseTo(0.9 * t * Math.sin(a), 4);
    }
  });

  it('noise moves points by about the requested standard deviation', () => {
    const clean = makeToy('blobs', { n: 2000, seed: 9, noise: 0 });
    const noisy = makeToy('blobs', { n: 2000, seed: 9, noise: 0.2 });
    let sq = 0;
    for (let i = 0; i < clean.x.length; i++) sq += (noisy.x[i] - clean.x[i]) ** 2;
    expect(Math.sqrt(sq / clean.x.length)).toBeCloseTo(0.2, 1);
  });

  it('rejects bad class counts and unknown names', () => {
    expect(() => makeToy('blobs', { n: 10, seed: 1, classes: 1 })).toThrow(
      /classes must be an integer in 2..10/,
    );
    expect(() => makeToy('crescents' as ToyName, { n: 10, seed: 1 })).toThrow(
      /unknown dataset 'crescents'/,
    );
    for (const name of ['constructor', 'toString', '__proto__'])
      expect(() => makeToy(name as ToyName, { n: 10, seed: 1 })).toThrow(
        `makeToy: unknown dataset '${name}'`,
      );
  });

  it('refuses more than MAX_TOY_POINTS points before allocating them', () => {
    expect(makeToy('xor', { n: MAX_TOY_POINTS, seed: 1 }).count).toBe(MAX_TOY_POINTS);
    expect(() => makeToy('xor', { n: MAX_TOY_POINTS + 1, seed: 1 })).toThrow(
      `makeToy: at most ${MAX_TOY_POINTS} points, got ${MAX_TOY_POINTS + 1}`,
    );
    expect(() => makeToy('xor', { n: Number.NaN, seed: 1 })).toThrow(/at most/);
  });
});
