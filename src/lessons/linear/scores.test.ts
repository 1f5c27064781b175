import { describe, expect, it } from 'vitest';
import type { WeightSnapshot } from '../../worker';
import { contributionsOf, predictImages, scoresOf, templateOf } from './scores';

/** A 3-class model over 4 inputs, written out by hand. */
const W: WeightSnapshot = {
  layer: 0,
  shape: [3, 4],
  weight: Float32Array.from([1, 0, 0, 0, 0, 2, 0, -1, 0.5, 0.5, 0.5, 0.5]),
  bias: Float32Array.from([0, 0.25, -1]),
};

describe('linear scores', () => {
  it('computes w_k·x + b_k for every class and picks the highest', () => {
    const x = Float32Array.from([1, 1, 0, 0.5]);
    const s = scoresOf(W, x);
    // w0·x = 1; w1·x = 2 − 0.5 = 1.5; w2·x = 0.5 + 0.5 + 0.25 = 1.25
    expect(Array.from(s.dots)).toEqual([1, 1.5, 1.25]);
    expect(Array.from(s.scores)).toEqual([1, 1.75, 0.25]);
    expect(s.predicted).toBe(1);
  });

  it('breaks ties towards the first class', () => {
    const tie: WeightSnapshot = {
      ...W,
      bias: Float32Array.from([0, 0, 0]),
      weight: Float32Array.from([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]),
    };
    expect(scoresOf(tie, Float32Array.from([1, 0, 0, 0])).predicted).toBe(0);
  });

  it('gives contributions that sum to the inner product', () => {
    const x = Float32Array.from([0.2, 0.4, 0.6, 0.8]);
    const c = contributionsOf(W, 1, x);
    expect(Array.from(c).map((v) => Number(v.toFixed(6)))).toEqual([0, 0.8, 0, -0.8]);
    const dot = scoresOf(W, x).dots[1];
    expect(c.reduce((a, b) => a + b, 0)).toBeCloseTo(dot, 6);
  });

  it('rejects an input of the wrong length with a clear message', () => {
    expect(() => scoresOf(W, new Float32Array(3))).toThrow(
      'The input has 3 values; the model expects 4.',
    );
  });

  it('returns a copy of one row of W', () => {
    const t = templateOf(W, 2);
    expect(Array.from(t)).toEqual([0.5, 0.5, 0.5, 0.5]);
    t[0] = 9;
    expect(W.weight[8]).toBe(0.5);
  });
});

describe('batched predictions', () => {
  it('agree with the one-by-one scores', () => {
    // Two 4-pixel "images" as grey levels; W from above.
    const images = Uint8Array.from([255, 255, 0, 0, 0, 0, 255, 255]);
    const pred = predictImages(W, images, [1, 0]);
    const one = (i: number) =>
      scoresOf(
        W,
        Float32Array.from(images.subarray(i * 4, i * 4 + 4), (v) => v / 255),
      ).predicted;
    expect(Array.from(pred)).toEqual([one(1), one(0)]);
    // Image 0 = (1, 1, 0, 0): scores 1, 2.25, 0 → class 1. Image 1 = (0, 0, 1, 1): 0, −0.75, 0 → class 0 (first of a tie).
    expect(Array.from(pred)).toEqual([0, 1]);
  });
});
