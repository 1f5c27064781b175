import { describe, expect, it } from 'vitest';
import type { MnistDataset } from '../data/mnist-types';
import { mnistClassification, mnistInpainting, toyClassification } from './samples';

/** Two images: image i has every pixel equal to 51·(i+1) (0.2 and 0.4 after scaling), labels 7 and 3. */
const data: MnistDataset = {
  images: Uint8Array.from({ length: 2 * 784 }, (_, j) => (j < 784 ? 51 : 102)),
  labels: Uint8Array.from([7, 3]),
  count: 2,
};

describe('sample sets', () => {
  it('scales MNIST grey levels to 0..1 and gathers the requested rows', () => {
    const x = new Float32Array(2 * 784);
    const labels = new Int32Array(2);
    mnistClassification(data).fill([1, 0], x, labels, null);
    expect([x[0], x[783], x[784], x[2 * 784 - 1]]).toEqual([
      Math.fround(0.4),
      Math.fround(0.4),
      Math.fround(0.2),
      Math.fround(0.2),
    ]);
    expect(Array.from(labels)).toEqual([3, 7]);
  });

  it('inpainting hides the masked half in the input but keeps it in the target', () => {
    const set = mnistInpainting(data, 'bottom');
    const x = new Float32Array(784);
    const target = new Float32Array(784);
    set.fill([0], x, new Int32Array(1), target);
    expect([x[0], x[13 * 28 + 27], x[14 * 28], x[783]]).toEqual([
      Math.fround(0.2),
      Math.fround(0.2),
      0,
      0,
    ]);
    expect(target.every((v) => v === Math.fround(0.2))).toBe(true);
    expect([set.classes, set.targetSize]).toEqual([null, 784]);
  });

  it('copies toy points and labels', () => {
    const set = toyClassification({
      x: Float32Array.from([1, 2, 3, 4]),
      y: Uint8Array.from([0, 1]),
      classes: 2,
      count: 2,
    });
    const x = new Float32Array(2);
    const labels = new Int32Array(1);
    set.fill([1], x, labels, null);
    expect([...x, ...labels]).toEqual([3, 4, 1]);
  });
});
