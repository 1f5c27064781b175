import { describe, expect, it } from 'vitest';
import { mnistDenoising, mnistMaskedInpainting } from './restore-samples';
import { fakeMnist } from './test-fixtures';

function batch(set: ReturnType<typeof mnistDenoising>, indices: number[]) {
  const x = new Float32Array(indices.length * 784);
  const t = new Float32Array(indices.length * 784);
  set.fill(indices, x, new Int32Array(indices.length), t);
  return { x, t };
}

describe('restoration sample sets', () => {
  const data = fakeMnist(20);

  it('inpainting zeroes hidden pixels of the input and keeps the clean target', () => {
    const set = mnistMaskedInpainting(data, { kind: 'band', height: 4 }, 1, false);
    const { x, t } = batch(set, [0]);
    expect(t[12 * 28]).toBeCloseTo(data.images[12 * 28] / 255, 6);
    expect(x[12 * 28]).toBe(0);
    expect(x[4 * 28]).toBe(t[4 * 28]);
  });

  it('test corruption is fixed per image; training corruption is fresh', () => {
    const test = mnistMaskedInpainting(data, { kind: 'pixels', fraction: 0.5 }, 1, false);
    expect(batch(test, [3]).x).toEqual(batch(test, [3]).x);
    const train = mnistDenoising(data, 0.3, 1, true);
    expect(batch(train, [3]).x).not.toEqual(batch(train, [3]).x);
  });

  it('denoising adds noise of about σ', () => {
    const { x, t } = batch(mnistDenoising(data, 0.3, 2, false), [0, 1, 2, 3]);
    let ss = 0;
    for (let i = 0; i < x.length; i++) ss += (x[i] - t[i]) ** 2;
    expect(Math.sqrt(ss / x.length)).toBeGreaterThan(0.27);
    expect(Math.sqrt(ss / x.length)).toBeLessThan(0.33);
  });

  it('refuses out-of-range parameters and masks that hide everything', () => {
    expect(() => mnistDenoising(data, -1, 0, true)).toThrow(/σ/);
    expect(() => mnistMaskedInpainting(data, { kind: 'pixels', fraction: 1 }, 0, true)).toThrow(
      /fraction/,
    );
    const all = 'A'.repeat(131).replace(/A/g, '_');
    expect(() => mnistMaskedInpainting(data, { kind: 'painted', bits: all }, 0, true)).toThrow(
      /every pixel/,
    );
  });
});
