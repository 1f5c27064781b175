import { describe, expect, it } from 'vitest';
import { classRegions, type ScoreField } from './boundary-contours';

/** Two classes scored s0 = 0, s1 = x − 0.3 on cell centres of a 20 × 20 grid over [−1, 1]². */
function field(): ScoreField {
  const size = 20;
  const values = new Float32Array(size * size * 2);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      const x = -1 + ((c + 0.5) / size) * 2;
      values[2 * (r * size + c) + 1] = x - 0.3;
    }
  return { size, classes: 2, values, xDomain: [-1, 1], yDomain: [-1, 1] };
}

describe('classRegions', () => {
  it('traces a linear model’s boundary where the two scores are equal (x = 0.3)', () => {
    const [, right] = classRegions(field());
    const xs = right.polygons.flat(2).map(([x]) => x);
    // Class 1's region is x ≥ 0.3: its left edge lies on the line x = 0.3, to float precision.
    expect(Math.min(...xs)).toBeCloseTo(0.3, 5);
    expect(Math.max(...xs)).toBeGreaterThan(0.9);
  });
});
