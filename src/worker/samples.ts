/** Adapters that turn MNIST or toy datasets into batches of float inputs, labels and targets. */
import { makeMask, type MaskKind } from '../data/mask';
import type { MnistDataset } from '../data/mnist-types';
import type { ToyDataset } from '../data/toy';

/** One split of training data as the trainer sees it. */
export interface SampleSet {
  /** Number of examples. */
  count: number;
  /** Features per example. */
  inputSize: number;
  /** Classes (classification) or null (regression). */
  classes: number | null;
  /** Regression target size (784 for inpainting) or 0. */
  targetSize: number;
  /** Writes the examples `indices` into x [B, inputSize], labels [B] and (regression) targets [B, targetSize]. */
  fill(
    indices: ArrayLike<number>,
    x: Float32Array,
    labels: Int32Array,
    targets: Float32Array | null,
  ): void;
}

const PIXELS = 784;
// NOTE: a lookup table turns grey levels 0..255 into floats 0..1 without a division per pixel.
const GREY = Float32Array.from({ length: 256 }, (_, i) => i / 255);

/** MNIST digits for classification: inputs are grey levels / 255, labels 0..9. */
export function mnistClassification(data: MnistDataset): SampleSet {
  return {
    count: data.count,
    inputSize: PIXELS,
    classes: 10,
    targetSize: 0,
    fill(indices, x, labels) {
      for (let b = 0; b < indices.length; b++) {
        const src = indices[b] * PIXELS;
        const dst = b * PIXELS;
        for (let j = 0; j < PIXELS; j++) x[dst + j] = GREY[data.images[src + j]];
        labels[b] = data.labels[indices[b]];
      }
    },
  };
}

/** MNIST inpainting: input = image with the masked region zeroed, target = the full image (both / 255). */
export function mnistInpainting(data: MnistDataset, maskKind: MaskKind): SampleSet {
  const mask = makeMask(maskKind);
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
          x[dst + j] = mask[j] ? 0 : v;
          if (targets) targets[dst + j] = v;
        }
        labels[b] = data.labels[indices[b]];
      }
    },
  };
}

/** A 2D toy set for classification. */
export function toyClassification(data: ToyDataset): SampleSet {
  return {
    count: data.count,
    inputSize: 2,
    classes: data.classes,
    targetSize: 0,
    fill(indices, x, labels) {
      for (let b = 0; b < indices.length; b++) {
        x[2 * b] = data.x[2 * indices[b]];
        x[2 * b + 1] = data.x[2 * indices[b] + 1];
        labels[b] = data.y[indices[b]];
      }
    },
  };
}
