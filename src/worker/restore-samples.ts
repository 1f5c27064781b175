/**
 * Image-restoration tasks for the imaging lessons: inpainting with a chosen mask (random pixels
 * drawn anew per image, a box, a band, a painted mask) and denoising (Gaussian noise of a given σ).
 * Inputs are corrupted digits, targets the clean digits, both in 0..1. Training draws fresh
 * corruption every time an image is used; the test split's corruption is fixed per image.
 */
import { createRng, type Rng } from '../engine';
import {
  buildMask,
  isRandomMask,
  MASK_LIMITS,
  maskProblem,
  type MaskSpec,
} from '../data/mask-spec';
import type { MnistDataset } from '../data/mnist-types';
import type { SampleSet } from './samples';

const PIXELS = 784;
const GREY = Float32Array.from({ length: 256 }, (_, i) => i / 255);

/** Largest noise σ a denoising run accepts (intensities are 0..1). */
export const MAX_SIGMA = 2;

/** Corrupts one clean image (x holds it on entry) in place. */
type Corrupt = (x: Float32Array, offset: number, rng: Rng) => void;

function restoration(
  data: MnistDataset,
  corrupt: Corrupt,
  seed: number,
  fresh: boolean,
): SampleSet {
  const stream = createRng(seed);
  return {
    count: data.count,
    inputSize: PIXELS,
    classes: null,
    targetSize: PIXELS,
    fill(indices, x, labels, targets) {
      for (let b = 0; b < indices.length; b++) {
        const src = indices[b] * PIXELS;
        const dst = b * PIXELS;
        for (let j = 0; j < PIXELS; j++) {
          const v = GREY[data.images[src + j]];
          x[dst + j] = v;
          if (targets) targets[dst + j] = v;
        }
        // NOTE: a test image's corruption is a function of its index, so every evaluation sees the same inputs.
        corrupt(
          x,
          dst,
          fresh ? stream : createRng((seed ^ Math.imul(indices[b] + 1, 0x9e3779b1)) >>> 0),
        );
        labels[b] = data.labels[indices[b]];
      }
    },
  };
}

/** Throws a clear Error when a mask spec is out of range or hides nothing or everything. */
export function validateMaskSpec(spec: MaskSpec): void {
  const bad = (name: string, v: number, lim: { min: number; max: number }) =>
    !(Number.isFinite(v) && v >= lim.min && v <= lim.max) &&
    `Mask ${name} must be in [${lim.min}, ${lim.max}], got ${v}.`;
  const problem =
    spec.kind === 'pixels'
      ? bad('fraction', spec.fraction, MASK_LIMITS.fraction)
      : spec.kind === 'box'
        ? bad('size', spec.size, MASK_LIMITS.size)
        : spec.kind === 'band'
          ? bad('height', spec.height, MASK_LIMITS.height)
          : maskProblem(buildMask(spec, createRng(0)));
  if (problem) throw new Error(problem);
}

/** Inpainting with a chosen mask: hidden pixels are 0 in the input. */
export function mnistMaskedInpainting(
  data: MnistDataset,
  spec: MaskSpec,
  seed: number,
  fresh: boolean,
): SampleSet {
  validateMaskSpec(spec);
  const fixed = isRandomMask(spec) ? null : buildMask(spec, createRng(seed));
  const corrupt: Corrupt = (x, offset, rng) => {
    const mask = fixed ?? buildMask(spec, rng);
    for (let j = 0; j < PIXELS; j++) if (mask[j]) x[offset + j] = 0;
  };
  return restoration(data, corrupt, seed, fresh);
}

/** Denoising: the input is the digit plus Gaussian noise of standard deviation `sigma`. */
export function mnistDenoising(
  data: MnistDataset,
  sigma: number,
  seed: number,
  fresh: boolean,
): SampleSet {
  if (!(Number.isFinite(sigma) && sigma >= 0 && sigma <= MAX_SIGMA))
    throw new Error(`Noise σ must be in [0, ${MAX_SIGMA}], got ${sigma}.`);
  const corrupt: Corrupt = (x, offset, rng) => {
    for (let j = 0; j < PIXELS; j++) x[offset + j] += sigma * rng.normal();
  };
  return restoration(data, corrupt, seed, fresh);
}
