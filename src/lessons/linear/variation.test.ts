import { describe, expect, it } from 'vitest';
import type { MnistDataset } from '../../data/mnist-types';
import {
  classExtremes,
  indicesOf,
  inkOf,
  inputAt,
  meanImage,
  nearestToMeanOf,
  slantOf,
} from './variation';

/** A 28×28 image with ink 255 where `on(row, col)` holds. */
function draw(on: (row: number, col: number) => boolean): number[] {
  return Array.from({ length: 784 }, (_, j) => (on(Math.floor(j / 28), j % 28) ? 255 : 0));
}

function dataset(images: number[][], labels: number[]): MnistDataset {
  return {
    images: Uint8Array.from(images.flat()),
    labels: Uint8Array.from(labels),
    count: labels.length,
  };
}

const vertical = (width: number) => draw((r, c) => r >= 4 && r < 24 && c >= 14 && c < 14 + width);
// "/" : the column grows as the row goes up (row 23 → col 8, row 4 → col ~17.5).
const rightLeaning = draw((r, c) => r >= 4 && r < 24 && Math.abs(c - (8 + (23 - r) / 2)) < 1);
const leftLeaning = draw((r, c) => r >= 4 && r < 24 && Math.abs(c - (8 + (r - 4) / 2)) < 1);

describe('variation measurements', () => {
  it('counts ink in full pixels: a 20×2 bar holds 40', () => {
    const data = dataset([vertical(2)], [1]);
    expect(inkOf(data, 0)).toBe(40);
  });

  it('gives an upright stroke no slant, a "/" a positive one and a "\\" a negative one', () => {
    const data = dataset([vertical(1), rightLeaning, leftLeaning], [1, 1, 1]);
    expect(slantOf(data, 0)).toBeCloseTo(0, 10);
    // The "/" moves half a column per row.
    expect(slantOf(data, 1)).toBeCloseTo(0.5, 1);
    expect(slantOf(data, 2)).toBeCloseTo(-0.5, 1);
    expect(slantOf(dataset([draw(() => false)], [1]), 0)).toBe(0);
  });

  it('finds the thinnest, thickest and most slanted digits of a class only', () => {
    const data = dataset(
      [vertical(3), vertical(1), rightLeaning, leftLeaning, vertical(6)],
      [4, 4, 4, 4, 9],
    );
    const ext = classExtremes(data, 4, 1);
    expect(ext.thinnest).toEqual([1]);
    expect(ext.thickest).toEqual([0]);
    expect(ext.rightLeaning).toEqual([2]);
    expect(ext.leftLeaning).toEqual([3]);
    expect(indicesOf(data, 9)).toEqual([4]);
  });

  it('averages images pixel by pixel', () => {
    const data = dataset([vertical(1), draw(() => false)], [0, 0]);
    const mean = meanImage(data, [0, 1]);
    expect(mean[4 * 28 + 14]).toBe(127.5);
    expect(mean[0]).toBe(0);
  });

  it('ranks the digits of one class by their distance to another class mean', () => {
    // Class 9 is a thick bar at columns 14..19; the 4 that overlaps it most is nearest.
    const data = dataset([leftLeaning, vertical(5), vertical(2), vertical(6)], [4, 4, 4, 9]);
    expect(nearestToMeanOf(data, 4, 9, 3)).toEqual([1, 2, 0]);
  });

  it('scales grey levels to 0..1 for the model', () => {
    const data = dataset([vertical(1)], [1]);
    const x = inputAt(data, 0);
    expect(x[4 * 28 + 14]).toBe(1);
    expect(x[0]).toBe(0);
    expect(x).toHaveLength(784);
  });
});
