/**
 * A tiny real training run for the gallery charts: a 2-16-2 tanh MLP on seeded XOR points, trained
 * by the worker's synchronous Trainer (the same loop the training worker runs).
 */
import { makeToy, type ToyDataset } from '../data';
import { Trainer, toyClassification, type TrainConfig } from '../worker';
import { gridPoints } from '../components';

/** Grid resolution of the decision-boundary field. */
export const GRID = 48;
/** The plane shown. */
export const DOMAIN: [number, number] = [-1.5, 1.5];
/** XOR points in the training set and in the test set. */
const POINTS = 160;
const NOISE = 0.12;

/** The gallery's XOR demo: its training points and the Trainer that fits them (engine objects, kept outside React state). */
export interface XorDemo {
  /** Training points (drawn on the field). */
  train: ToyDataset;
  /** The run: model, Adam, full-batch steps. */
  trainer: Trainer;
}

/** A fresh seeded demo: Adam (lr 0.03) on full batches of 160 points; test points use seed + 100. */
export function createXorDemo(seed = 3): XorDemo {
  const config: TrainConfig = {
    model: { kind: 'mlp', hidden: [16], activation: 'tanh' },
    task: { kind: 'classification' },
    dataset: { kind: 'toy', name: 'xor', trainCount: POINTS, testCount: POINTS, noise: NOISE },
    optimizer: 'adam',
    hyper: { lr: 0.03, momentum: 0, batchSize: POINTS, evalEvery: 0 },
    seed,
  };
  const train = makeToy('xor', { n: POINTS, seed, noise: NOISE });
  const test = makeToy('xor', { n: POINTS, seed: seed + 100, noise: NOISE });
  const data = { train: toyClassification(train), test: toyClassification(test) };
  return { train, trainer: new Trainer(config, data) };
}

/** Takes `steps` full-batch steps; returns each step's training loss and the test loss after it. */
export function trainSteps(demo: XorDemo, steps: number): { train: number[]; test: number[] } {
  const train: number[] = [];
  const test: number[] = [];
  for (let s = 0; s < steps; s++) {
    train.push(demo.trainer.step().loss);
    test.push(demo.trainer.evaluate().testLoss);
  }
  return { train, test };
}

/** P(class 1) for every cell of the GRID × GRID field, in the order DecisionBoundary expects. */
export function probabilityField(demo: XorDemo): Float32Array {
  const { probabilities } = demo.trainer.predictGrid(gridPoints(GRID, DOMAIN, DOMAIN));
  return Float32Array.from({ length: GRID * GRID }, (_, i) => probabilities[2 * i + 1]);
}
