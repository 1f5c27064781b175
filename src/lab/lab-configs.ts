/** The training runs the developer lab offers (also what the browser test and benchmark run). */
import type { TrainConfig } from '../worker';

/** Steps the linear-model check trains for. */
export const LINEAR_STEPS = 300;

/** Linear model (784 → 10), softmax CE, SGD lr 0.1, batch 64, on the first 10,000 train digits; evaluates on all 10,000 test digits. */
export const LINEAR_MNIST: TrainConfig = {
  model: { kind: 'linear' },
  task: { kind: 'classification' },
  dataset: { kind: 'mnist', trainCount: 10000 },
  optimizer: 'sgd',
  hyper: { lr: 0.1, momentum: 0, batchSize: 64, evalEvery: 0 },
  seed: 1,
  maxSteps: LINEAR_STEPS,
};

/** The benchmark: one epoch (60,000 digits) of the 784-128-10 ReLU MLP, softmax CE, SGD lr 0.1, batch 64. */
export const MLP_EPOCH: TrainConfig = {
  model: { kind: 'mlp', hidden: [128], activation: 'relu' },
  task: { kind: 'classification' },
  dataset: { kind: 'mnist', trainCount: 60000 },
  optimizer: 'sgd',
  hyper: { lr: 0.1, momentum: 0, batchSize: 64, evalEvery: 0 },
  seed: 1,
  maxEpochs: 1,
};
