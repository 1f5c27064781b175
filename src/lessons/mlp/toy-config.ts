/** The playground's settings, its worker config, its data and the views folded from worker replies. */
import { gridPoints } from '../../components/charts/DecisionBoundary';
import { makeToy, type ToyDataset, type ToyName } from '../../data/toy';
import { noGrad, tensor, type ActivationName } from '../../engine';
import type { TrainConfig, GridActivations } from '../../worker';
import { accuracyOf, argmaxRows } from './boundary';

/** Points per dataset (split into training and test). */
export const TOY_POINTS = 400;
/** Cells per side of the heatmaps. */
export const GRID = 40;
/** Half-width of the square drawn: [−EXTENT, EXTENT]². */
export const EXTENT = 1.3;

/** What the student sets in the playground. */
export interface ToySettings {
  /** Dataset. */
  ds: ToyName;
  /** Jitter standard deviation. */
  noise: number;
  /** Percent of points used for training. */
  split: number;
  /** Hidden layers (1–3). */
  layers: number;
  /** Width of each hidden layer (1–32). */
  width: number;
  /** Activation between layers. */
  act: ActivationName;
  /** Learning rate. */
  lr: number;
  /** Mini-batch size. */
  batch: number;
  /** Seed of data and weights. */
  seed: number;
}

/** Training and test points of a setting (the worker generates the same ones from the same seeds). */
export function toyData(s: ToySettings): { train: ToyDataset; test: ToyDataset } {
  const trainCount = Math.round((TOY_POINTS * s.split) / 100);
  const opts = { noise: s.noise };
  return {
    train: makeToy(s.ds, { ...opts, n: trainCount, seed: s.seed }),
    test: makeToy(s.ds, { ...opts, n: TOY_POINTS - trainCount, seed: s.seed + 1 }),
  };
}

/** A batch loss above this counts as diverged (about 15 times chance for two classes). */
export const TOY_DIVERGE = 10;

/** The worker config of a setting. */
export function toyConfig(s: ToySettings): TrainConfig {
  const trainCount = Math.round((TOY_POINTS * s.split) / 100);
  return {
    model: {
      kind: 'mlp',
      hidden: Array.from({ length: s.layers }, () => s.width),
      activation: s.act,
    },
    task: { kind: 'classification' },
    dataset: {
      kind: 'toy',
      name: s.ds,
      trainCount,
      testCount: TOY_POINTS - trainCount,
      noise: s.noise,
    },
    optimizer: 'sgd',
    hyper: {
      lr: s.lr,
      momentum: 0,
      batchSize: s.batch,
      // NOTE: no evaluations in the worker: every view carries the test points' scores, and the
      // figure's curves and accuracies come from those (toyView).
      evalEvery: 0,
      divergeAbove: TOY_DIVERGE,
    },
    seed: s.seed,
  };
}

/** Grid centres, then the training points, then the test points, as one array for the worker. */
export function probePoints(train: ToyDataset, test: ToyDataset): Float32Array {
  const grid = gridPoints(GRID, [-EXTENT, EXTENT], [-EXTENT, EXTENT]);
  const out = new Float32Array(grid.length + train.x.length + test.x.length);
  out.set(grid, 0);
  out.set(train.x, grid.length);
  out.set(test.x, grid.length + train.x.length);
  return out;
}

/** What the figure draws after one worker reply. */
export interface ToyView {
  /** Predicted class per grid cell. */
  regions: Uint8Array;
  /** Per hidden layer, per neuron: its activation on each grid cell. */
  neurons: Float32Array[][];
  /** Training accuracy (all training points). */
  trainAccuracy: number;
  /** Test accuracy. */
  testAccuracy: number;
  /** Mean cross-entropy on the training points (engine). */
  trainLoss: number;
  /** Mean cross-entropy on the test points (engine). */
  testLoss: number;
}

function lossOf(logits: Float32Array, classes: number, labels: Uint8Array): number {
  if (labels.length === 0) return Number.NaN;
  const t = tensor(logits, { shape: [labels.length, classes] });
  return noGrad(() => t.softmaxCrossEntropy(Int32Array.from(labels)).item());
}

/** Folds a gridActivations reply over probePoints into the figure's view. */
export function toyView(g: GridActivations, train: ToyDataset, test: ToyDataset): ToyView {
  const cells = GRID * GRID;
  const k = train.classes;
  const classes = argmaxRows(g.logits, k);
  const trainLogits = g.logits.slice(cells * k, (cells + train.count) * k);
  const testLogits = g.logits.slice((cells + train.count) * k);
  const points = g.logits.length / k;
  // Each neuron's values are contiguous (neuron after neuron); its map is the grid's part of them.
  const neurons = g.hidden.map((h, layer) =>
    Array.from({ length: g.widths[layer] }, (_, j) => h.subarray(j * points, j * points + cells)),
  );
  return {
    regions: classes.slice(0, cells),
    neurons,
    trainAccuracy: accuracyOf(classes.slice(cells, cells + train.count), train.y),
    testAccuracy: accuracyOf(classes.slice(cells + train.count), test.y),
    trainLoss: lossOf(trainLogits, k, train.y),
    testLoss: lossOf(testLogits, k, test.y),
  };
}
