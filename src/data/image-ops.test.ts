import { describe, expect, it } from 'vitest';
import { createRng } from '../engine';
import {
  addNoise,
  convMatrix,
  convolve,
  gaussianKernel,
  matrixTimes,
  patches,
  psnr,
  psnrFromSse,
} from './image-ops';

const digit = Float32Array.from({ length: 784 }, (_, i) => ((i * 37) % 11) / 10);

/** Direct double loop over the kernel, independent of patches() and convMatrix(). */
function reference(image: Float32Array, kernel: number[], k: number): Float32Array {
  const out = new Float32Array(784);
  const r = (k - 1) / 2;
  for (let y = 0; y < 28; y++)
    for (let x = 0; x < 28; x++) {
      let s = 0;
      for (let i = 0; i < k; i++)
        for (let j = 0; j < k; j++) {
          const yy = y + i - r;
          const xx = x + j - r;
          if (yy >= 0 && yy < 28 && xx >= 0 && xx < 28)
            s += kernel[i * k + j] * image[yy * 28 + xx];
        }
      out[y * 28 + x] = s;
    }
  return out;
}

describe('convolution helpers', () => {
  const kernel = [0, -1, 0, -1, 5, -1, 0, -1, 0.5];

  it('convolves like a direct loop (zero padding, kernel not flipped)', () => {
    const want = reference(digit, kernel, 3);
    const got = convolve(digit, kernel, 3);
    for (let i = 0; i < 784; i++) expect(got[i]).toBeCloseTo(want[i], 5);
  });

  it('the dense matrix gives the same output, with 9 non-zeros per interior row', () => {
    const m = convMatrix(kernel, 3);
    const got = matrixTimes(m, digit);
    const want = reference(digit, kernel, 3);
    for (let i = 0; i < 784; i++) expect(got[i]).toBeCloseTo(want[i], 5);
    const ones = convMatrix(new Array(9).fill(1), 3);
    const row = (r: number) => Array.from(ones.subarray(r * 784, r * 784 + 784)).filter((v) => v);
    expect(row(5 * 28 + 5)).toHaveLength(9);
    expect(row(0)).toHaveLength(4);
  });

  it('patches of a corner pixel are zero outside the image', () => {
    const p = patches(digit, 3);
    expect(Array.from(p.subarray(0, 3))).toEqual([0, 0, 0]);
    expect(p[4]).toBe(digit[0]);
  });

  it('a Gaussian kernel sums to 1 and peaks in the centre', () => {
    const g = gaussianKernel(1, 5);
    expect(g.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(Math.max(...g)).toBe(g[12]);
  });
});

describe('PSNR', () => {
  it('is 10·log10(1/MSE)', () => {
    expect(psnrFromSse(0.01 * 100, 100)).toBeCloseTo(20, 10);
    expect(psnrFromSse(0, 5)).toBe(Infinity);
    expect(psnrFromSse(1, 0)).toBeNaN();
  });

  it('counts only the selected pixels', () => {
    const truth = [0, 0, 0, 0];
    const pred = [0.1, 0.1, 1, 1];
    expect(psnr(pred, truth, [1, 1, 0, 0])).toBeCloseTo(20, 5);
    expect(psnr(pred, truth)).toBeCloseTo(10 * Math.log10(1 / ((0.02 + 2) / 4)), 5);
  });

  it('noise of σ gives an MSE near σ²', () => {
    const clean = new Float32Array(20000);
    const noisy = addNoise(clean, 0.2, createRng(1));
    expect(psnr(noisy, clean)).toBeCloseTo(10 * Math.log10(1 / 0.04), 0);
  });
});
