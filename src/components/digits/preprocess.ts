/**
 * Turn a drawing into an MNIST-style input the way MNIST was made: crop to the ink's bounding
 * box, scale it (keeping aspect) to fit a 20×20 box with area averaging, then place it in a 28×28
 * image so that its centre of mass lands at the centre (14, 14). Pure functions, no DOM.
 */
import { MNIST_PIXELS, MNIST_SIDE } from '../../data/mnist-shape';

/** A grayscale image, intensities 0..1 (1 = ink), row-major. */
export interface GrayImage {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** width × height intensities in [0, 1]. */
  data: Float32Array;
}

/** A pixel box [x0, x1) × [y0, y1). */
export interface Box {
  /** Left (inclusive). */
  x0: number;
  /** Top (inclusive). */
  y0: number;
  /** Right (exclusive). */
  x1: number;
  /** Bottom (exclusive). */
  y1: number;
}

/** Side of the box the digit is scaled to fit. */
export const FIT_SIDE = 20;

/** Convert RGBA pixels (ink drawn with alpha) into a GrayImage using the alpha channel. */
export function alphaToGray(rgba: ArrayLike<number>, width: number, height: number): GrayImage {
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[4 * i + 3] / 255;
  return { width, height, data };
}

/** The bounding box of pixels above `threshold`, or null for a blank image. */
export function boundingBox(img: GrayImage, threshold = 0.05): Box | null {
  let x0 = img.width,
    y0 = img.height,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < img.height; y++) {
    const row = y * img.width;
    for (let x = 0; x < img.width; x++) {
      if (img.data[row + x] <= threshold) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/** Area-averaging weights: for each of `n` output cells, the source indices and overlap weights. */
function boxWeights(start: number, length: number, n: number): { idx: number[]; w: number[] }[] {
  const s = length / n;
  const out: { idx: number[]; w: number[] }[] = [];
  for (let t = 0; t < n; t++) {
    const a = start + t * s;
    const b = a + s;
    const idx: number[] = [];
    const w: number[] = [];
    for (let i = Math.floor(a); i < Math.ceil(b); i++) {
      const overlap = Math.min(b, i + 1) - Math.max(a, i);
      if (overlap > 0) {
        idx.push(i);
        w.push(overlap / s);
      }
    }
    out.push({ idx, w });
  }
  return out;
}

/** Resample the box of an image to outW × outH by area averaging (separable). */
export function resampleBox(img: GrayImage, box: Box, outW: number, outH: number): Float32Array {
  const wx = boxWeights(box.x0, box.x1 - box.x0, outW);
  const wy = boxWeights(box.y0, box.y1 - box.y0, outH);
  const rows = box.y1 - box.y0;
  const tmp = new Float32Array(rows * outW);
  for (let r = 0; r < rows; r++) {
    const src = (box.y0 + r) * img.width;
    for (let tx = 0; tx < outW; tx++) {
      const { idx, w } = wx[tx];
      let acc = 0;
      for (let k = 0; k < idx.length; k++) acc += w[k] * img.data[src + idx[k]];
      tmp[r * outW + tx] = acc;
    }
  }
  const out = new Float32Array(outW * outH);
  for (let ty = 0; ty < outH; ty++) {
    const { idx, w } = wy[ty];
    for (let tx = 0; tx < outW; tx++) {
      let acc = 0;
      for (let k = 0; k < idx.length; k++) acc += w[k] * tmp[(idx[k] - box.y0) * outW + tx];
      out[ty * outW + tx] = Math.min(1, acc);
    }
  }
  return out;
}

/** Centre of mass of an intensity image, with pixel i's centre at i + 0.5. */
export function centerOfMass(
  data: ArrayLike<number>,
  width: number,
  height: number,
): { x: number; y: number } {
  let m = 0,
    sx = 0,
    sy = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x];
      m += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  }
  return m > 0 ? { x: sx / m, y: sy / m } : { x: width / 2, y: height / 2 };
}

/** The MNIST preprocessing of a drawing: 784 intensities in [0, 1] (all zeros for a blank drawing). */
export function mnistPreprocess(img: GrayImage, threshold = 0.05): Float32Array {
  const out = new Float32Array(MNIST_PIXELS);
  const box = boundingBox(img, threshold);
  if (!box) return out;
  const bw = box.x1 - box.x0;
  const bh = box.y1 - box.y0;
  const scale = FIT_SIDE / Math.max(bw, bh);
  const tw = Math.max(1, Math.min(FIT_SIDE, Math.round(bw * scale)));
  const th = Math.max(1, Math.min(FIT_SIDE, Math.round(bh * scale)));
  const small = resampleBox(img, box, tw, th);
  const com = centerOfMass(small, tw, th);
  const dx = Math.round(MNIST_SIDE / 2 - com.x);
  const dy = Math.round(MNIST_SIDE / 2 - com.y);
  for (let y = 0; y < th; y++) {
    const oy = y + dy;
    if (oy < 0 || oy >= MNIST_SIDE) continue;
    for (let x = 0; x < tw; x++) {
      const ox = x + dx;
      if (ox >= 0 && ox < MNIST_SIDE) out[oy * MNIST_SIDE + ox] = small[y * tw + x];
    }
  }
  return out;
}
