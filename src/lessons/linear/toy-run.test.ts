import { describe, expect, it } from 'vitest';
import { makeToy } from '../../data/toy';
import { EXTENT, gridPoints, ToyRun } from './toy-run';

/** Best accuracy of any line (of 72 directions × 53 offsets) on a labelled 2-D set. */
function bestLineAccuracy(name: 'xor' | 'circles'): number {
  const d = makeToy(name, { n: 300, seed: 12 });
  let best = 0;
  for (let a = 0; a < 72; a++) {
    const [c, s] = [Math.cos((a * Math.PI) / 36), Math.sin((a * Math.PI) / 36)];
    for (let o = -26; o <= 26; o++) {
      let right = 0;
      for (let i = 0; i < d.count; i++) {
        const side = c * d.x[2 * i] + s * d.x[2 * i + 1] > o * 0.05 ? 1 : 0;
        if (side === d.y[i]) right++;
      }
      best = Math.max(best, right / d.count);
    }
  }
  return best;
}

describe('gridPoints', () => {
  it('lays cell centres row by row from the top-left corner', () => {
    const p = gridPoints(2);
    const h = EXTENT / 2;
    expect(Array.from(p)).toEqual([-h, h, h, h, -h, -h, h, -h].map((v) => Math.fround(v)));
  });
});

describe('ToyRun (a linear model trained on the main thread)', () => {
  it('separates three blobs almost perfectly', () => {
    const run = new ToyRun('blobs', 3);
    run.step(300);
    expect(run.accuracy()).toBeGreaterThan(0.95);
  });

  it('on two circles the best line gets little more than half', () => {
    expect(bestLineAccuracy('circles')).toBeLessThan(0.7);
  });

  it('on XOR the best single line gets three quadrants of four (about 75%), as the caption says', () => {
    const best = bestLineAccuracy('xor');
    expect(best).toBeGreaterThan(0.7);
    expect(best).toBeLessThan(0.82);
  });

  it('stalls on XOR: no line does much better than a coin', () => {
    const run = new ToyRun('xor', 3);
    run.step(600);
    expect(run.accuracy()).toBeLessThan(0.7);
  });

  it('reads and writes weights: a hand-set model classifies by its own rule', () => {
    const run = new ToyRun('blobs', 3);
    // Class 0 wins for x > 0, class 1 for x < 0 and class 2 never.
    run.setWeights({
      w: [
        [1, 0],
        [-1, 0],
        [0, 0],
      ],
      b: [0, 0, -5],
    });
    expect(run.weights()).toEqual({
      w: [
        [1, 0],
        [-1, 0],
        [0, 0],
      ],
      b: [0, 0, -5],
    });
    const regions = run.regions(2);
    expect(Array.from(regions)).toEqual([1, 0, 1, 0]);
  });

  it('is seeded: the same seed gives the same weights after the same steps', () => {
    const a = new ToyRun('blobs', 5);
    const b = new ToyRun('blobs', 5);
    a.step(20);
    b.step(20);
    expect(a.weights()).toEqual(b.weights());
    a.reset();
    expect(a.iteration).toBe(0);
  });
});

describe('grid order', () => {
  it('matches the order DecisionBoundary draws its cells in', async () => {
    const { gridPoints: componentGrid } = await import('../../components/charts/DecisionBoundary');
    expect(Array.from(gridPoints(7))).toEqual(
      Array.from(componentGrid(7, [-EXTENT, EXTENT], [-EXTENT, EXTENT])),
    );
  });
});
