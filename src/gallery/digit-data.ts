/** Digit data for the gallery: MNIST test digits and a linear model trained on them, or a drawn fallback. */
import { SGD, createRng, mlp, noGrad, tensor } from '../engine';
import { loadMnist } from '../data/mnist-loader';
import type { LoadProgress } from '../data/mnist-types';
import type { DigitSample } from '../components';

/** What the digit sections show. */
export interface DigitData {
  /** Where the digits came from. */
  source: 'mnist' | 'procedural';
  /** Samples with predictions from the linear model. */
  samples: DigitSample[];
  /** One row of W per class (10 × 784), from the trained linear model. */
  templates: Float32Array[];
  /** Raw bytes (0..255) of one digit for the pixel grid. */
  pixelDigit: Uint8Array;
}

const TRAIN = 2000;
const SHOW = 24;

/** Train mlp([784, 10]) (the linear model) with softmax CE and SGD on n images; returns its W rows and predictions. */
export function trainLinear(
  images: Uint8Array,
  labels: Uint8Array,
  n: number,
  show: number,
): { templates: Float32Array[]; predicted: number[] } {
  const rng = createRng(11);
  const model = mlp([784, 10], { activation: 'relu', rng });
  // NOTE: zero init, so pixels that are always blank keep weight 0 and the templates read cleanly.
  for (const p of model.parameters()) p.data.fill(0);
  const opt = new SGD(model.parameters(), { lr: 0.1 });
  const x = new Float32Array(n * 784);
  for (let i = 0; i < n * 784; i++) x[i] = images[i] / 255;
  const all = Array.from(labels.subarray(0, n));
  for (let epoch = 0; epoch < 4; epoch++) {
    for (let b = 0; b + 100 <= n; b += 100) {
      opt.zeroGrad();
      const xb = tensor(x.subarray(b * 784, (b + 100) * 784), { shape: [100, 784] });
      model
        .forward(xb)
        .softmaxCrossEntropy(all.slice(b, b + 100))
        .backward();
      opt.step();
    }
  }
  const xs = new Float32Array(show * 784);
  for (let i = 0; i < show * 784; i++) xs[i] = images[n * 784 + i] / 255;
  const logits = noGrad(() => model.forward(tensor(xs, { shape: [show, 784] })));
  const w = model.parameters()[0].data;
  return {
    templates: Array.from({ length: 10 }, (_, k) =>
      Float32Array.from(w.subarray(k * 784, (k + 1) * 784)),
    ),
    predicted: Array.from(logits.argmax(1)),
  };
}

/** A procedurally drawn "7" (0..255), used when the MNIST files are not built. */
export function drawnSeven(): Uint8Array {
  const px = new Uint8Array(784);
  const ink = (r: number, c: number, v: number) => {
    if (r >= 0 && r < 28 && c >= 0 && c < 28) px[r * 28 + c] = Math.max(px[r * 28 + c], v);
  };
  for (let c = 7; c <= 20; c++)
    [
      [6, 255],
      [7, 253],
      [5, 120],
    ].forEach(([r, v]) => ink(r, c, v));
  for (let r = 8; r <= 22; r++) {
    const c = Math.round(20 - (r - 8) * 0.55);
    ink(r, c, 254);
    ink(r, c - 1, 200);
    ink(r, c + 1, 90);
  }
  return px;
}

function proceduralData(): DigitData {
  const seven = drawnSeven();
  const rng = createRng(5);
  const templates = Array.from({ length: 10 }, () =>
    Float32Array.from(
      { length: 784 },
      (_, i) => Math.sin(i / 28 / 3 + rng.next()) * Math.cos((i % 28) / 4) * 0.1,
    ),
  );
  const samples = Array.from({ length: 12 }, (_, i) => ({
    pixels: seven,
    label: 7,
    predicted: i % 5 === 4 ? 1 : 7,
  }));
  return { source: 'procedural', samples, templates, pixelDigit: seven };
}

/** Load MNIST test digits (falls back to a drawn digit when the files are missing). */
export async function loadDigitData(onProgress?: (p: LoadProgress) => void): Promise<DigitData> {
  try {
    const ds = await loadMnist('test', { count: TRAIN + SHOW, onProgress });
    const { templates, predicted } = trainLinear(ds.images, ds.labels, TRAIN, SHOW);
    const samples = predicted.map((p, i) => ({
      pixels: ds.images.subarray((TRAIN + i) * 784, (TRAIN + i + 1) * 784),
      label: ds.labels[TRAIN + i],
      predicted: p,
    }));
    return { source: 'mnist', samples, templates, pixelDigit: ds.images.slice(0, 784) };
  } catch {
    return proceduralData();
  }
}
