/** The imaging lesson's logic: noisy test digits, the best hand-tuned blur, PSNR, the training config. */
import { createRng } from '../../engine';
import { addNoise, convolve, gaussianKernel, psnr } from '../../data/image-ops';
import { MNIST_PIXELS, scalePixels } from '../../data/mnist-shape';
import type { MnistDataset } from '../../data/mnist-types';
import type { TrainConfig } from '../../worker';

/** Blur widths (pixels) the hand-made filter may use; the best one for the noise level is picked. */
export const BLUR_WIDTHS = [0.5, 0.75, 1, 1.5, 2] as const;
/** Side of the blur kernel. */
export const BLUR_SIDE = 5;
/** Test digits the PSNR is averaged over. */
export const EVAL_COUNT = 40;
/** Test digits shown as pictures. */
export const SHOWN = 4;

/** The first `n` test digits as 0..1 intensities. */
export function cleanDigits(data: MnistDataset, n: number): Float32Array[] {
  return Array.from({ length: Math.min(n, data.count) }, (_, i) =>
    scalePixels(data.images.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS)),
  );
}

/** Each digit plus Gaussian noise of `sigma`; digit i always gets the same draw for a seed. */
export function noisyDigits(
  clean: readonly Float32Array[],
  sigma: number,
  seed: number,
): Float32Array[] {
  return clean.map((x, i) => addNoise(x, sigma, createRng(seed * 7919 + i)));
}

/** Mean PSNR (dB) of predictions against the clean digits. */
export function meanPsnr(
  predictions: readonly Float32Array[],
  clean: readonly Float32Array[],
): number {
  let sum = 0;
  for (let i = 0; i < clean.length; i++) sum += psnr(predictions[i], clean[i]);
  return sum / clean.length;
}

/** The hand-made filter at its best: the blur width with the highest mean PSNR on these digits. */
export interface BlurResult {
  /** Chosen Gaussian width in pixels. */
  width: number;
  /** Filtered digits. */
  outputs: Float32Array[];
  /** Their mean PSNR. */
  psnr: number;
}

/** Tries every blur width (engine convolutions) and keeps the best. */
export function bestBlur(
  noisy: readonly Float32Array[],
  clean: readonly Float32Array[],
): BlurResult {
  let best: BlurResult | null = null;
  for (const width of BLUR_WIDTHS) {
    const kernel = gaussianKernel(width, BLUR_SIDE);
    const outputs = noisy.map((x) => convolve(x, kernel, BLUR_SIDE));
    const score = meanPsnr(outputs, clean);
    if (!best || score > best.psnr) best = { width, outputs, psnr: score };
  }
  return best!;
}

/** The denoiser's training run: MLP 784 → H → 784 (ReLU), Adam, fresh noise of σ per image. */
export function denoiseConfig(sigma: number, hidden: number, seed = 1): TrainConfig {
  return {
    model: { kind: 'mlp', hidden: [hidden], activation: 'relu' },
    task: { kind: 'denoising', sigma },
    dataset: { kind: 'mnist', trainCount: 10000, testCount: 500 },
    optimizer: 'adam',
    hyper: { lr: 1e-3, momentum: 0, batchSize: 32, evalEvery: 0 },
    seed,
  };
}

/** Noise levels of the sweep. */
export const SWEEP_SIGMAS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8] as const;
