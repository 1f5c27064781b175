/** Digit data for the gallery: MNIST test digits and a linear model trained on them, or a drawn fallback. */
import { createRng, type ParamsFile } from '../engine';
import {
  loadMnist,
  MNIST_CLASSES,
  MNIST_PIXELS,
  MNIST_SIDE,
  scalePixels,
  type LoadProgress,
  type MnistDataset,
} from '../data';
import { mnistClassification, Trainer, type TrainConfig } from '../worker';
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
const BATCH = 100;
const EPOCHS = 4;

/** Images `from .. from + count` of a dataset, sharing its buffers. */
function slice(ds: MnistDataset, from: number, count: number): MnistDataset {
  const images = ds.images.subarray(from * MNIST_PIXELS, (from + count) * MNIST_PIXELS);
  return { images, labels: ds.labels.subarray(from, from + count), count };
}

/** A Trainer of the linear model (784 → 10, softmax CE, SGD lr 0.1, batch 100) on `train`, weights zeroed. */
function linearTrainer(train: MnistDataset, test: MnistDataset): Trainer {
  const config: TrainConfig = {
    model: { kind: 'linear' },
    task: { kind: 'classification' },
    dataset: { kind: 'mnist', trainCount: train.count, testCount: test.count },
    optimizer: 'sgd',
    hyper: { lr: 0.1, momentum: 0, batchSize: BATCH, evalEvery: 0 },
    seed: 11,
  };
  const trainer = new Trainer(config, {
    train: mnistClassification(train),
    test: mnistClassification(test),
  });
  // NOTE: zero init, so pixels that are always blank keep weight 0 and the templates read cleanly.
  const file = trainer.exportParams() as ParamsFile;
  trainer.importParams({
    ...file,
    params: file.params.map((p) => ({ ...p, data: p.data.map(() => 0) })),
  });
  return trainer;
}

/**
 * Trains the linear model through the worker's Trainer for 4 epochs on the first `n` images, then
 * predicts the next `show`; returns the rows of W (one template per class) and those predictions.
 */
export function trainLinear(
  images: Uint8Array,
  labels: Uint8Array,
  n: number,
  show: number,
): { templates: Float32Array[]; predicted: number[] } {
  const all: MnistDataset = { images, labels, count: n + show };
  const trainer = linearTrainer(slice(all, 0, n), slice(all, n, show));
  const steps = EPOCHS * Math.ceil(n / BATCH);
  for (let s = 0; s < steps; s++) trainer.step();
  const predicted = Array.from({ length: show }, (_, i) => {
    const pixels = slice(all, n + i, 1).images;
    return trainer.predict(scalePixels(pixels)).predictedClass ?? 0;
  });
  const w = trainer.weights(0).weight;
  return {
    templates: Array.from({ length: MNIST_CLASSES }, (_, k) =>
      w.slice(k * MNIST_PIXELS, (k + 1) * MNIST_PIXELS),
    ),
    predicted,
  };
}

/** A procedurally drawn "7" (0..255), used when the MNIST files are not built. */
export function drawnSeven(): Uint8Array {
  const side = MNIST_SIDE;
  const px = new Uint8Array(MNIST_PIXELS);
  const ink = (r: number, c: number, v: number) => {
    if (r >= 0 && r < side && c >= 0 && c < side) px[r * side + c] = Math.max(px[r * side + c], v);
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
  const templates = Array.from({ length: MNIST_CLASSES }, () =>
    Float32Array.from(
      { length: MNIST_PIXELS },
      (_, i) => Math.sin(i / MNIST_SIDE / 3 + rng.next()) * Math.cos((i % MNIST_SIDE) / 4) * 0.1,
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
    const shown = slice(ds, TRAIN, SHOW);
    const samples = predicted.map((p, i) => ({
      pixels: slice(shown, i, 1).images,
      label: shown.labels[i],
      predicted: p,
    }));
    return { source: 'mnist', samples, templates, pixelDigit: ds.images.slice(0, MNIST_PIXELS) };
  } catch {
    return proceduralData();
  }
}
