/**
 * Inpainting masks the student chooses: random pixels (a fraction), a centred box, a horizontal
 * band, or a painted mask. A mask is 784 flags, 1 where the pixel is hidden from the model.
 */
import type { Rng } from '../engine';
import { MNIST_SIDE as SIDE } from './mnist-shape';

const PIXELS = SIDE * SIDE;

/** A chosen mask. Random-pixel masks are drawn anew for every image; the others are fixed. */
export type MaskSpec =
  | { kind: 'pixels'; fraction: number }
  | { kind: 'box'; size: number }
  | { kind: 'band'; height: number }
  | { kind: 'painted'; bits: string };

/** Bounds of the mask parameters (out-of-range values are clamped with a notice by the lessons). */
export const MASK_LIMITS = {
  fraction: { min: 0.05, max: 0.95 },
  size: { min: 2, max: 26 },
  height: { min: 1, max: 26 },
} as const;

/** True when every image gets a different draw of this mask. */
export function isRandomMask(spec: MaskSpec): boolean {
  return spec.kind === 'pixels';
}

/** 784 flags for `spec`; `rng` draws the hidden pixels of a random mask. */
export function buildMask(spec: MaskSpec, rng: Rng): Uint8Array {
  const mask = new Uint8Array(PIXELS);
  if (spec.kind === 'painted') return decodeMask(spec.bits) ?? mask;
  for (let r = 0; r < SIDE; r++)
    for (let c = 0; c < SIDE; c++) mask[r * SIDE + c] = isHidden(spec, r, c, rng) ? 1 : 0;
  return mask;
}

function isHidden(
  spec: Exclude<MaskSpec, { kind: 'painted' }>,
  r: number,
  c: number,
  rng: Rng,
): boolean {
  if (spec.kind === 'pixels') return rng.next() < spec.fraction;
  const size = spec.kind === 'box' ? spec.size : spec.height;
  const lo = Math.floor((SIDE - size) / 2);
  const inRows = r >= lo && r < lo + size;
  return spec.kind === 'box' ? inRows && c >= lo && c < lo + size : inRows;
}

/** Number of hidden pixels. */
export function hiddenCount(mask: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i] ? 1 : 0;
  return n;
}

/** Why a mask cannot be used (it hides nothing, or everything), or null when it can. */
export function maskProblem(mask: ArrayLike<number>): string | null {
  const n = hiddenCount(mask);
  if (n === 0) return 'The mask hides no pixel: there is nothing to fill in.';
  if (n === mask.length) return 'The mask hides every pixel: there is nothing to fill in from.';
  return null;
}

/** A mask as a short URL-safe string (base64url of 98 bytes, one bit per pixel). */
export function encodeMask(mask: ArrayLike<number>): string {
  const bytes = new Uint8Array(Math.ceil(PIXELS / 8));
  for (let i = 0; i < PIXELS; i++) if (mask[i]) bytes[i >> 3] |= 1 << (i & 7);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The mask of an {@link encodeMask} string, or null when the string is malformed. */
export function decodeMask(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]{131}$/.test(text)) return null;
  const raw = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '=');
  const mask = new Uint8Array(PIXELS);
  for (let i = 0; i < PIXELS; i++) mask[i] = (raw.charCodeAt(i >> 3) >> (i & 7)) & 1;
  return mask;
}

/** `image` with hidden pixels set to 0 (what the model sees). */
export function maskImage(image: ArrayLike<number>, mask: ArrayLike<number>): Float32Array {
  const out = new Float32Array(image.length);
  for (let i = 0; i < image.length; i++) out[i] = mask[i] ? 0 : image[i];
  return out;
}

/** Baseline 1: every hidden pixel takes the mean image's value there. */
export function meanFill(
  image: ArrayLike<number>,
  mask: ArrayLike<number>,
  mean: ArrayLike<number>,
): Float32Array {
  const out = new Float32Array(image.length);
  for (let i = 0; i < image.length; i++) out[i] = mask[i] ? mean[i] : image[i];
  return out;
}

/**
 * Baseline 2: every hidden pixel takes the average of its known 8-neighbours; pixels with no
 * known neighbour are filled in later rounds from pixels filled before them (onion peeling).
 */
export function neighbourFill(image: ArrayLike<number>, mask: ArrayLike<number>): Float32Array {
  const out = maskImage(image, mask);
  const known = Uint8Array.from(mask, (m) => (m ? 0 : 1));
  for (let left = hiddenCount(mask); left > 0;) {
    const filled: [number, number][] = [];
    for (let p = 0; p < PIXELS; p++) {
      if (known[p]) continue;
      const avg = knownAverage(out, known, p);
      if (avg !== null) filled.push([p, avg]);
    }
    if (filled.length === 0) break;
    for (const [p, v] of filled) {
      out[p] = v;
      known[p] = 1;
    }
    left -= filled.length;
  }
  return out;
}

function knownAverage(values: Float32Array, known: Uint8Array, p: number): number | null {
  const r = Math.floor(p / SIDE);
  const c = p % SIDE;
  let sum = 0;
  let n = 0;
  for (let dr = -1; dr <= 1; dr++)
    for (let dc = -1; dc <= 1; dc++) {
      const rr = r + dr;
      const cc = c + dc;
      if ((dr || dc) && rr >= 0 && rr < SIDE && cc >= 0 && cc < SIDE && known[rr * SIDE + cc]) {
        sum += values[rr * SIDE + cc];
        n++;
      }
    }
  return n > 0 ? sum / n : null;
}
