/** Masks for the inpainting task: which pixels of a 28×28 digit are hidden from the model. */
import { MNIST_SIDE } from './mnist-shape';

/** Which region is hidden: the bottom half, the right half or a centred 12×12 square. */
export type MaskKind = 'bottom' | 'right' | 'center';

const SIDE = MNIST_SIDE;

/** 784 flags, 1 where the pixel is hidden. */
export function makeMask(kind: MaskKind): Uint8Array {
  const mask = new Uint8Array(SIDE * SIDE);
  for (let r = 0; r < SIDE; r++) {
    for (let c = 0; c < SIDE; c++) {
      const hidden =
        kind === 'bottom'
          ? r >= SIDE / 2
          : kind === 'right'
            ? c >= SIDE / 2
            : r >= 8 && r < 20 && c >= 8 && c < 20;
      mask[r * SIDE + c] = hidden ? 1 : 0;
    }
  }
  return mask;
}

/** Writes `image` with hidden pixels set to 0 into `out` (default: a new array) and returns it. */
export function applyMask<T extends Float32Array | Uint8Array>(
  image: T,
  mask: Uint8Array,
  out?: T,
): T {
  const target = out ?? (image.slice() as T);
  for (let i = 0; i < mask.length; i++) target[i] = mask[i] ? 0 : image[i];
  return target;
}
