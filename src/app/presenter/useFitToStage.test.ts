import { describe, expect, it } from 'vitest';
import { MIN_FIT_SCALE, searchScale } from './useFitToStage';

describe('searchScale', () => {
  it('keeps 1 when the step fits, and never zooms below the floor', () => {
    expect(searchScale(() => true)).toBe(1);
    expect(searchScale(() => false)).toBe(MIN_FIT_SCALE);
  });

  it('finds the largest fitting zoom even when zooming out reflows the content', () => {
    // A step 1500 px tall at zoom 1 whose text rewraps shorter as it is zoomed out.
    const height = (z: number) => z * (1500 - 900 * (1 - z));
    const fits = (z: number) => height(z) <= 820;
    const z = searchScale(fits);
    expect(fits(z)).toBe(true);
    expect(fits(z + 0.01)).toBe(false);
  });
});
