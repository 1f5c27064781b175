/**
 * Honest picks from the real data for the variation browser: measurements of each digit's
 * ink (stroke width), slant and width, and the digits of one class nearest to another class's
 * mean image. Plain arithmetic on pixel arrays; nothing here is learned.
 */
import { MNIST_PIXELS, MNIST_SIDE, toUnit } from '../../data/mnist-shape';
import type { MnistDataset } from '../../data/mnist-types';

/** Indices of the digits labelled `digit`, in dataset order. */
export function indicesOf(data: MnistDataset, digit: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < data.count; i++) if (data.labels[i] === digit) out.push(i);
  return out;
}

/** Total ink of image `index` in "full pixels" (sum of grey levels / 255): thick strokes score high. */
export function inkOf(data: MnistDataset, index: number): number {
  let sum = 0;
  const start = index * MNIST_PIXELS;
  for (let j = 0; j < MNIST_PIXELS; j++) sum += data.images[start + j];
  return toUnit(sum);
}

/**
 * Slant of image `index`: how far the ink's column moves per row going up, from the ink's second
 * moments (cov(col, row) / var(row), negated so that a digit leaning right is positive).
 */
export function slantOf(data: MnistDataset, index: number): number {
  const start = index * MNIST_PIXELS;
  let m = 0;
  let sr = 0;
  let sc = 0;
  for (let j = 0; j < MNIST_PIXELS; j++) {
    const w = data.images[start + j];
    m += w;
    sr += w * Math.floor(j / MNIST_SIDE);
    sc += w * (j % MNIST_SIDE);
  }
  if (m === 0) return 0;
  const mr = sr / m;
  const mc = sc / m;
  let cov = 0;
  let varR = 0;
  for (let j = 0; j < MNIST_PIXELS; j++) {
    const w = data.images[start + j];
    const dr = Math.floor(j / MNIST_SIDE) - mr;
    cov += w * dr * ((j % MNIST_SIDE) - mc);
    varR += w * dr * dr;
  }
  return varR === 0 ? 0 : -cov / varR;
}

/** Mean image of the given indices, as 784 grey levels 0..255. */
export function meanImage(data: MnistDataset, indices: readonly number[]): Float32Array {
  const mean = new Float32Array(MNIST_PIXELS);
  for (const i of indices) {
    const start = i * MNIST_PIXELS;
    for (let j = 0; j < MNIST_PIXELS; j++) mean[j] += data.images[start + j];
  }
  if (indices.length > 0) for (let j = 0; j < MNIST_PIXELS; j++) mean[j] /= indices.length;
  return mean;
}

/** Squared Euclidean distance between image `index` and a 784-vector of grey levels. */
export function distanceTo(data: MnistDataset, index: number, target: Float32Array): number {
  const start = index * MNIST_PIXELS;
  let d = 0;
  for (let j = 0; j < MNIST_PIXELS; j++) {
    const e = data.images[start + j] - target[j];
    d += e * e;
  }
  return d;
}

/** The `k` indices with the smallest scores (ties keep dataset order). */
export function smallestBy(
  indices: readonly number[],
  score: (i: number) => number,
  k: number,
): number[] {
  return indices
    .map((i) => ({ i, s: score(i) }))
    .sort((a, b) => a.s - b.s)
    .slice(0, k)
    .map((e) => e.i);
}

/** The `k` digits labelled `digit` closest (pixel-wise, Euclidean) to the mean image of class `other`. */
export function nearestToMeanOf(
  data: MnistDataset,
  digit: number,
  other: number,
  k: number,
): number[] {
  const mean = meanImage(data, indicesOf(data, other));
  return smallestBy(indicesOf(data, digit), (i) => distanceTo(data, i, mean), k);
}

/** Extremes of a class: the k thinnest and thickest strokes, and the k most left- and right-leaning digits. */
export interface ClassExtremes {
  /** Least ink. */
  thinnest: number[];
  /** Most ink. */
  thickest: number[];
  /** Most negative slant. */
  leftLeaning: number[];
  /** Most positive slant. */
  rightLeaning: number[];
}

/** Picks the extremes of stroke width and slant among the digits labelled `digit`. */
export function classExtremes(data: MnistDataset, digit: number, k: number): ClassExtremes {
  const indices = indicesOf(data, digit);
  const ink = new Map(indices.map((i) => [i, inkOf(data, i)]));
  const slant = new Map(indices.map((i) => [i, slantOf(data, i)]));
  return {
    thinnest: smallestBy(indices, (i) => ink.get(i) ?? 0, k),
    thickest: smallestBy(indices, (i) => -(ink.get(i) ?? 0), k),
    leftLeaning: smallestBy(indices, (i) => slant.get(i) ?? 0, k),
    rightLeaning: smallestBy(indices, (i) => -(slant.get(i) ?? 0), k),
  };
}

/** Copies image `index` out of the dataset (784 grey levels 0..255). */
export function imageAt(data: MnistDataset, index: number): Uint8Array {
  return data.images.slice(index * MNIST_PIXELS, (index + 1) * MNIST_PIXELS);
}

/** Image `index` as model input: grey levels / 255, the scaling the trainer uses. */
export function inputAt(data: MnistDataset, index: number): Float32Array {
  const out = new Float32Array(MNIST_PIXELS);
  const start = index * MNIST_PIXELS;
  for (let j = 0; j < MNIST_PIXELS; j++) out[j] = toUnit(data.images[start + j]);
  return out;
}
