import { describe, expect, it } from 'vitest';
import {
  alphaToGray,
  boundingBox,
  centerOfMass,
  mnistPreprocess,
  resampleBox,
  type GrayImage,
} from './preprocess';

/** A blank image with filled rectangles [x0,x1)×[y0,y1). */
function drawRects(
  width: number,
  height: number,
  rects: [number, number, number, number][],
): GrayImage {
  const data = new Float32Array(width * height);
  for (const [x0, y0, x1, y1] of rects)
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = 1;
  return { width, height, data };
}

describe('preprocess', () => {
  it('finds the bounding box of the ink', () => {
    const img = drawRects(100, 80, [
      [10, 20, 30, 25],
      [40, 50, 41, 70],
    ]);
    expect(boundingBox(img)).toEqual({ x0: 10, y0: 20, x1: 41, y1: 70 });
    expect(boundingBox(drawRects(10, 10, []))).toBeNull();
  });

  it('area-averages when shrinking (a 2×2 checker block → its mean)', () => {
    const img = drawRects(4, 2, [
      [0, 0, 1, 1],
      [1, 1, 2, 2],
    ]);
    const out = resampleBox(img, { x0: 0, y0: 0, x1: 4, y1: 2 }, 2, 1);
    expect(out[0]).toBeCloseTo(0.5);
    expect(out[1]).toBeCloseTo(0);
  });

  it('keeps the aspect ratio: a 40×160 bar becomes 5×20, a 200×50 bar 20×5', () => {
    const tall = mnistPreprocess(drawRects(280, 280, [[100, 60, 140, 220]]));
    const bt = boundingBox({ width: 28, height: 28, data: tall })!;
    expect(bt.y1 - bt.y0).toBe(20);
    expect(bt.x1 - bt.x0).toBe(5);
    const wide = mnistPreprocess(drawRects(280, 280, [[30, 100, 230, 150]]));
    const bw = boundingBox({ width: 28, height: 28, data: wide })!;
    expect(bw.x1 - bw.x0).toBe(20);
    expect(bw.y1 - bw.y0).toBe(5);
  });

  it('scales small drawings up to fit 20×20', () => {
    const out = mnistPreprocess(drawRects(280, 280, [[5, 5, 15, 15]]));
    const b = boundingBox({ width: 28, height: 28, data: out })!;
    expect(b.x1 - b.x0).toBe(20);
    expect(b.y1 - b.y0).toBe(20);
  });

  it('centres by centre of mass at (14, 14) ± 1, even for lopsided shapes drawn in a corner', () => {
    // An "L": a long vertical bar plus a heavy foot, far from the canvas centre.
    const img = drawRects(280, 280, [
      [10, 10, 30, 150],
      [10, 130, 120, 150],
    ]);
    const out = mnistPreprocess(img);
    const com = centerOfMass(out, 28, 28);
    expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(1);
    expect(Math.abs(com.y - 14)).toBeLessThanOrEqual(1);
    // The centre of mass is not the bounding-box centre for an L: check the shift really happened.
    const b = boundingBox({ width: 28, height: 28, data: out })!;
    expect((b.x0 + b.x1) / 2).not.toBeCloseTo(14, 0);
  });

  it('outputs 784 values in [0, 1]; a blank drawing gives zeros', () => {
    const out = mnistPreprocess(drawRects(50, 50, [[3, 3, 40, 9]]));
    expect(out).toHaveLength(784);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
    expect(Math.max(...mnistPreprocess(drawRects(50, 50, [])))).toBe(0);
  });

  it('reads ink from the alpha channel', () => {
    const rgba = new Uint8ClampedArray([0, 0, 0, 255, 0, 0, 0, 0]);
    expect(Array.from(alphaToGray(rgba, 2, 1).data)).toEqual([1, 0]);
  });
});
