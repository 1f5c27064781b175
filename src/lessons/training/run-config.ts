/** The lesson's runs as worker configs: the student's MLP, the divergence demo and the linear baseline. */
import type { TrainConfig } from '../../worker';
import type { TrainingParams } from './params';

/** Training digits (the whole MNIST training split). */
export const TRAIN_COUNT = 60000;
/** Loss of a uniform guess over ten classes, ln 10. */
export const CHANCE_LOSS = Math.log(10);
/** A batch loss above four times chance counts as diverged (the worker stops before that update). */
export const DIVERGE_ABOVE = 4 * CHANCE_LOSS;
/** Momentum coefficient of "SGD with momentum". */
export const MOMENTUM = 0.9;

/** The settings that define a run (changing any of them builds a fresh network). */
export type RunSettings = Pick<
  TrainingParams,
  'layers' | 'width' | 'act' | 'opt' | 'lr' | 'bs' | 'ep' | 'seed'
>;

/** Updates per pass over the training set for a batch size. */
export function stepsPerEpoch(batchSize: number, trainCount = TRAIN_COUNT): number {
  return Math.ceil(trainCount / batchSize);
}

/** Test evaluations every this many steps: four per epoch. */
export function evalEvery(batchSize: number): number {
  return Math.max(1, Math.ceil(stepsPerEpoch(batchSize) / 4));
}

/** The student's MLP. */
export function mlpConfig(s: RunSettings): TrainConfig {
  return {
    model: {
      kind: 'mlp',
      hidden: Array.from({ length: s.layers }, () => s.width),
      activation: s.act as 'relu',
    },
    task: { kind: 'classification' },
    dataset: { kind: 'mnist', trainCount: TRAIN_COUNT },
    optimizer: s.opt as 'adam',
    hyper: {
      lr: s.lr,
      momentum: MOMENTUM,
      batchSize: s.bs,
      evalEvery: evalEvery(s.bs),
      divergeAbove: DIVERGE_ABOVE,
    },
    seed: s.seed,
    maxEpochs: s.ep,
  };
}

/** What identifies a built network: its architecture, optimiser, seed and length. */
export function runKey(s: RunSettings): string {
  return [s.layers, s.width, s.act, s.opt, s.seed, s.ep].join('|');
}

/** The divergence demo: the default network with plain SGD at learning rate `lr`. */
export function demoConfig(lr: number): TrainConfig {
  const base = mlpConfig({
    layers: 1,
    width: 128,
    act: 'relu',
    opt: 'sgd',
    lr,
    bs: 64,
    ep: 1,
    seed: 1,
  });
  return { ...base, hyper: { ...base.hyper, evalEvery: 0 } };
}

/** The linear baseline of the draw step: 784 → 10, one epoch of SGD. */
export function linearConfig(): TrainConfig {
  return {
    model: { kind: 'linear' },
    task: { kind: 'classification' },
    dataset: { kind: 'mnist', trainCount: TRAIN_COUNT },
    optimizer: 'sgd',
    hyper: { lr: 0.5, momentum: 0, batchSize: 64, evalEvery: 0, divergeAbove: DIVERGE_ABOVE },
    seed: 1,
    maxEpochs: 1,
  };
}
