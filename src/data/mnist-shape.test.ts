import { describe, expect, it } from 'vitest';
import { MNIST_PIXELS, MNIST_SIDE, scalePixels, toUnit } from './mnist-shape';

describe('MNIST shape and scaling', () => {
  it('an image is a square of MNIST_SIDE² pixels', () => {
    expect(MNIST_PIXELS).toBe(MNIST_SIDE * MNIST_SIDE);
  });

  it('toUnit maps paper to 0, full ink to 1 and halves in between', () => {
    expect([toUnit(0), toUnit(255), toUnit(51)]).toEqual([0, 1, 0.2]);
  });

  it('scalePixels agrees with toUnit for every grey level, in float32', () => {
    const grey = Uint8Array.from({ length: 256 }, (_, i) => i);
    const out = scalePixels(grey);
    expect(out).toBeInstanceOf(Float32Array);
    expect(Array.from(out)).toEqual(Array.from(Float32Array.from(grey, toUnit)));
  });

  it('writes into a given buffer and scales values outside the byte range too', () => {
    const out = new Float32Array(3);
    expect(scalePixels([0, 510, 127.5], out)).toBe(out);
    expect(Array.from(out)).toEqual([0, 2, 0.5]);
  });
});
