/** MNIST's fixed shape and the one scaling of its grey levels, shared by every layer above. */

/** Side of an MNIST image in pixels (images are MNIST_SIDE × MNIST_SIDE). */
export const MNIST_SIDE = 28;
/** Pixels per MNIST image (28 × 28 = 784). */
export const MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;
/** Digit classes 0..9. */
export const MNIST_CLASSES = 10;
/** Images in MNIST's training split. */
export const MNIST_TRAIN_COUNT = 60000;
/** Images in MNIST's test split. */
export const MNIST_TEST_COUNT = 10000;
/** The grey level of full ink (paper is 0). */
export const MNIST_MAX_GREY = 255;

// NOTE: a lookup table turns grey levels 0..255 into floats 0..1 without a division per pixel.
const UNIT = Float32Array.from({ length: MNIST_MAX_GREY + 1 }, (_, i) => i / MNIST_MAX_GREY);

/** A grey level 0..255 as the model's input scale 0..1 (grey / 255). */
export function toUnit(grey: number): number {
  return grey / MNIST_MAX_GREY;
}

/** Writes grey levels 0..255 scaled to 0..1 into `out` (default: a new array) and returns it. */
export function scalePixels(
  grey: ArrayLike<number>,
  out: Float32Array = new Float32Array(grey.length),
): Float32Array {
  for (let i = 0; i < grey.length; i++) out[i] = UNIT[grey[i]] ?? toUnit(grey[i]);
  return out;
}
