import { describe, expect, it } from 'vitest';
import { applyMask, makeMask } from './mask';

describe('inpainting masks', () => {
  it('hides half the image for bottom and right, 144 pixels for center', () => {
    expect(makeMask('bottom').reduce((a, b) => a + b, 0)).toBe(392);
    expect(makeMask('right').reduce((a, b) => a + b, 0)).toBe(392);
    expect(makeMask('center').reduce((a, b) => a + b, 0)).toBe(144);
  });

  it('bottom hides rows 14..27 and keeps rows 0..13', () => {
    const m = makeMask('bottom');
    expect(m[13 * 28 + 5]).toBe(0);
    expect(m[14 * 28]).toBe(1);
    const right = makeMask('right');
    expect([right[13], right[14], right[27 * 28 + 27]]).toEqual([0, 1, 1]);
  });

  it('applyMask zeroes hidden pixels and leaves the input untouched', () => {
    const image = new Float32Array(784).fill(0.5);
    const masked = applyMask(image, makeMask('bottom'));
    expect(masked[0]).toBe(0.5);
    expect(masked[783]).toBe(0);
    expect(image[783]).toBe(0.5);
  });
});
