/**
 * Image helpers for the imaging lessons: 3×3 (or k×k) convolution as patches × kernel and as a
 * dense matrix, Gaussian kernels, Gaussian noise, and PSNR. The multiply-adds run in the engine
 * (matmul, sub, pow, sum); this file only arranges pixels.
 */
import { noGrad, tensor, type Rng } from '../engine';
import { MNIST_SIDE } from './mnist-shape';

/**
 * The k×k neighbourhood of every pixel ("im2col"), zero outside the image: row p holds the
 * neighbours of pixel p in kernel order (top-left first), so patches · kernel is the filter.
 */
export function patches(image: ArrayLike<number>, k: number, side = MNIST_SIDE): Float32Array {
  const r = (k - 1) / 2;
  const out = new Float32Array(side * side * k * k);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const row = (y * side + x) * k * k;
      for (let dy = -r; dy <= r; dy++)
        for (let dx = -r; dx <= r; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || yy >= side || xx < 0 || xx >= side) continue;
          out[row + (dy + r) * k + (dx + r)] = image[yy * side + xx];
        }
    }
  return out;
}

/**
 * The same filter as a dense (side²)×(side²) matrix: row p has the kernel's values at the columns
 * of p's neighbours and zeros everywhere else.
 */
export function convMatrix(kernel: ArrayLike<number>, k: number, side = MNIST_SIDE): Float32Array {
  const n = side * side;
  const r = (k - 1) / 2;
  const m = new Float32Array(n * n);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++)
      for (let dy = -r; dy <= r; dy++)
        for (let dx = -r; dx <= r; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || yy >= side || xx < 0 || xx >= side) continue;
          m[(y * side + x) * n + yy * side + xx] = kernel[(dy + r) * k + (dx + r)];
        }
  return m;
}

/** Filters an image with a k×k kernel in the engine: patches [side², k²] · kernel [k², 1]. */
export function convolve(
  image: ArrayLike<number>,
  kernel: ArrayLike<number>,
  k: number,
): Float32Array {
  const n = Math.round(Math.sqrt(image.length));
  return noGrad(() => {
    const p = tensor(patches(image, k, n), { shape: [n * n, k * k] });
    const w = tensor(Float32Array.from(kernel), { shape: [k * k, 1] });
    return Float32Array.from(p.matmul(w).data);
  });
}

/** A dense matrix times a flattened image in the engine: M [n, n] · x [n, 1]. */
export function matrixTimes(matrix: Float32Array, image: ArrayLike<number>): Float32Array {
  const n = image.length;
  return noGrad(() => {
    const m = tensor(matrix, { shape: [n, n] });
    const x = tensor(Float32Array.from(image), { shape: [n, 1] });
    return Float32Array.from(m.matmul(x).data);
  });
}

/** A normalised k×k Gaussian kernel of width `sigma` pixels (weights sum to 1). */
export function gaussianKernel(sigma: number, k: number): Float32Array {
  const r = (k - 1) / 2;
  const w = new Float32Array(k * k);
  let sum = 0;
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) {
      const v = Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
      w[(dy + r) * k + (dx + r)] = v;
      sum += v;
    }
  return w.map((v) => v / sum);
}

/** `image` plus independent Gaussian noise of standard deviation `sigma` (not clipped). */
export function addNoise(image: ArrayLike<number>, sigma: number, rng: Rng): Float32Array {
  const out = new Float32Array(image.length);
  for (let i = 0; i < image.length; i++) out[i] = image[i] + sigma * rng.normal();
  return out;
}

/** Squared error summed over the pixels where `where` is 1 (all pixels when omitted), in the engine. */
export function squaredError(
  prediction: ArrayLike<number>,
  truth: ArrayLike<number>,
  where?: ArrayLike<number>,
): number {
  return noGrad(() => {
    const d = tensor(Float32Array.from(prediction)).sub(tensor(Float32Array.from(truth)));
    const sq = d.pow(2);
    return (where ? sq.mul(tensor(Float32Array.from(where))) : sq).sum().item();
  });
}

/**
 * Peak signal-to-noise ratio in dB for intensities in 0..1: 10·log10(1 / MSE), the MSE taken over
 * `count` pixels whose squared errors sum to `sse`. Infinity for a perfect match; NaN for no pixels.
 */
export function psnrFromSse(sse: number, count: number): number {
  if (count <= 0) return Number.NaN;
  const mse = sse / count;
  return mse === 0 ? Infinity : 10 * Math.log10(1 / mse);
}

/** PSNR (dB) of `prediction` against `truth` over the pixels where `where` is 1 (default all). */
export function psnr(
  prediction: ArrayLike<number>,
  truth: ArrayLike<number>,
  where?: ArrayLike<number>,
): number {
  let count = truth.length;
  if (where) {
    count = 0;
    for (let i = 0; i < where.length; i++) count += where[i] ? 1 : 0;
  }
  return psnrFromSse(squaredError(prediction, truth, where), count);
}
