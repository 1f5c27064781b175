/** Adapters that turn MNIST or toy datasets into batches of float inputs, labels and targets. */
import { applyMask, makeMask, type MaskKind } from '../data/mask';
import type { MnistDataset } from '../data/mnist-types';
import { MNIST_CLASSES, MNIST_PIXELS, scalePixels } from '../data/mnist-shape';
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

const PIXELS = MNIST_PIXELS;

// NOTE: scalePixels' own 0..1 values, as a table read straight from the image bytes: filling a
// batch runs at every training step, so it avoids a subarray and a generic element read per pixel.
const UNIT_TABLE = scalePixels(Uint8Array.from({ length: 256 }, (_, i) => i));

/** Writes image `index` of `data`, scaled to 0..1, into `out` (at least PIXELS long). */
function scaledImage(data: MnistDataset, index: number, out: Float32Array): Float32Array {
  const images = data.images;
  const src = index * PIXELS;
  for (let p = 0; p < PIXELS; p++) out[p] = UNIT_TABLE[images[src + p]];
  return out;
}

/** MNIST digits for classification: inputs are grey levels / 255, labels 0..9. */
export function mnistClassification(data: MnistDataset): SampleSet {
  return {
    count: data.count,
    inputSize: PIXELS,
    classes: MNIST_CLASSES,
    targetSize: 0,
    fill(indices, x, labels) {
      for (let b = 0; b < indices.length; b++) {
        scaledImage(data, indices[b], x.subarray(b * PIXELS, (b + 1) * PIXELS));
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
        const row = x.subarray(b * PIXELS, (b + 1) * PIXELS);
        scaledImage(data, indices[b], row);
        if (targets) targets.set(row, b * PIXELS);
        applyMask(row, mask, row);
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
