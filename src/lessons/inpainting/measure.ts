/** PSNR on the hidden pixels: the learned model against the mean-image and neighbour-average fills. */
import { psnr } from '../../data/image-ops';
import { MNIST_MAX_GREY, MNIST_PIXELS as PIXELS, scalePixels } from '../../data/mnist-shape';
import { maskImage, meanFill, neighbourFill, type MaskSpec } from '../../data/mask-spec';
import type { MnistDataset } from '../../data/mnist-types';
import { testMask } from './masks';

/** Test digits the PSNR is averaged over. */
export const MEASURE_COUNT = 50;

/** The mean of the first `count` digits, 0..1 per pixel. */
export function meanImage(data: MnistDataset, count = data.count): Float32Array {
  const sum = new Float64Array(PIXELS);
  const n = Math.min(count, data.count);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < PIXELS; j++) sum[j] += data.images[i * PIXELS + j];
  return Float32Array.from(sum, (v) => v / (MNIST_MAX_GREY * n));
}

/** Test digit i as 0..1 intensities. */
export function testDigit(data: MnistDataset, i: number): Float32Array {
  return scalePixels(data.images.subarray(i * PIXELS, (i + 1) * PIXELS));
}

/** The evaluation set: digits, their masks and the masked inputs. */
export interface MaskedSet {
  /** Clean digits. */
  clean: Float32Array[];
  /** Their masks. */
  masks: Uint8Array[];
  /** Masked inputs (hidden pixels 0). */
  inputs: Float32Array[];
}

/** The first `n` test digits with the spec's masks. */
export function maskedSet(data: MnistDataset, spec: MaskSpec, n: number): MaskedSet {
  const clean = Array.from({ length: n }, (_, i) => testDigit(data, i));
  const masks = clean.map((_, i) => testMask(spec, i));
  return { clean, masks, inputs: clean.map((x, i) => maskImage(x, masks[i])) };
}

/** Mean PSNR (dB) over the hidden pixels of each digit. */
export function maskedPsnr(set: MaskedSet, predictions: readonly Float32Array[]): number {
  let sum = 0;
  for (let i = 0; i < set.clean.length; i++)
    sum += psnr(predictions[i], set.clean[i], set.masks[i]);
  return sum / set.clean.length;
}

/** The two hand-made fills' PSNR on the hidden pixels. */
export function baselinePsnr(
  set: MaskedSet,
  mean: Float32Array,
): { mean: number; neighbours: number } {
  return {
    mean: maskedPsnr(
      set,
      set.clean.map((x, i) => meanFill(x, set.masks[i], mean)),
    ),
    neighbours: maskedPsnr(
      set,
      set.clean.map((x, i) => neighbourFill(x, set.masks[i])),
    ),
  };
}
