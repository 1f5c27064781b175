/** Worker configs of the lesson's MNIST runs (all seeded). */
import type { TrainConfig } from '../../worker';

/** A batch loss above this (four times chance, 4 ln 10) counts as diverged. */
export const MNIST_DIVERGE = 4 * Math.log(10);

/** The templates run: 784 → 100 (ReLU) → 10 with Adam on all 60,000 digits, for `epochs` passes. */
export function templatesConfig(epochs: number): TrainConfig {
  return {
    model: { kind: 'mlp', hidden: [100], activation: 'relu' },
    task: { kind: 'classification' },
    dataset: { kind: 'mnist', trainCount: 60000 },
    optimizer: 'adam',
    hyper: { lr: 0.001, momentum: 0, batchSize: 64, evalEvery: 0, divergeAbove: MNIST_DIVERGE },
    seed: 1,
    maxEpochs: epochs,
  };
}

/** Epochs of the templates run. */
export const TEMPLATE_EPOCHS = 8;

/** The linear model beside it: 784 → 10, the same optimizer, data and epochs. */
export function linearConfig(epochs: number): TrainConfig {
  return { ...templatesConfig(epochs), model: { kind: 'linear' } };
}

/** The identity step's run: 784 → 100 → 10 with the chosen activation, 300 steps on 10,000 digits. */
export function identityConfig(activation: 'relu' | 'identity'): TrainConfig {
  return {
    model: { kind: 'mlp', hidden: [100], activation },
    task: { kind: 'classification' },
    dataset: { kind: 'mnist', trainCount: 10000, testCount: 1000 },
    optimizer: 'sgd',
    hyper: { lr: 0.1, momentum: 0, batchSize: 64, evalEvery: 0, divergeAbove: MNIST_DIVERGE },
    seed: 1,
    maxSteps: 300,
  };
}

/** Steps of an overfitting run. */
export const OVERFIT_STEPS = 1500;

/** The overfitting run: `n` training digits, H hidden ReLU units, Adam, OVERFIT_STEPS steps. */
export function overfitConfig(n: number, h: number): TrainConfig {
  return {
    model: { kind: 'mlp', hidden: [h], activation: 'relu' },
    task: { kind: 'classification' },
    dataset: { kind: 'mnist', trainCount: n, testCount: 2000 },
    optimizer: 'adam',
    hyper: { lr: 0.001, momentum: 0, batchSize: 64, evalEvery: 100, divergeAbove: MNIST_DIVERGE },
    seed: 1,
    maxSteps: OVERFIT_STEPS,
  };
}
