/** Builds the pieces of a training run from a TrainConfig: validation, model, optimizer. */
import {
  ACTIVATION_NAMES,
  Adam,
  Linear,
  mlp,
  SGD,
  type Rng,
  type Sequential,
  type Tensor,
} from '../engine';
import { isToyName, MAX_TOY_POINTS } from '../data/toy';
import type { Hyperparameters, OptimizerKind, TrainConfig } from './protocol';

/** The optimizer interface the trainer relies on (engine SGD and Adam). */
export interface Optimizer {
  /** Applies one update from the parameters' gradients. */
  step(): void;
  /** Clears the parameters' gradients. */
  zeroGrad(): void;
  /** Learning rate (mutable). */
  lr: number;
}

const MAX_HIDDEN = 4096;

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/** Throws a clear Error when hyperparameters are out of range. */
export function validateHyper(h: Hyperparameters): void {
  check(Number.isFinite(h.lr) && h.lr > 0, `Learning rate must be a positive number, got ${h.lr}.`);
  check(
    Number.isFinite(h.momentum) && h.momentum >= 0 && h.momentum < 1,
    `Momentum must be in [0, 1), got ${h.momentum}.`,
  );
  check(
    Number.isInteger(h.batchSize) && h.batchSize >= 1,
    `Batch size must be a positive integer, got ${h.batchSize}.`,
  );
  check(
    Number.isInteger(h.evalEvery) && h.evalEvery >= 0,
    `evalEvery must be a non-negative integer, got ${h.evalEvery}.`,
  );
  check(
    h.divergeAbove === undefined || (Number.isFinite(h.divergeAbove) && h.divergeAbove > 0),
    `divergeAbove must be a positive number, got ${h.divergeAbove}.`,
  );
}

/** Throws a clear Error for counts that are not positive integers, and for toy sets over MAX_TOY_POINTS. */
function validateDatasetSize(dataset: TrainConfig['dataset']): void {
  const counts = { trainCount: dataset.trainCount, testCount: dataset.testCount };
  for (const [key, n] of Object.entries(counts)) {
    if (key === 'testCount' && n === undefined) continue;
    check(Number.isInteger(n) && n! >= 1, `${key} must be a positive integer, got ${n}.`);
  }
  if (dataset.kind !== 'toy') return;
  check(isToyName(dataset.name), `Unknown toy dataset '${String(dataset.name)}'.`);
  for (const [key, n] of Object.entries(counts)) {
    check(
      n === undefined || n <= MAX_TOY_POINTS,
      `A toy dataset has at most ${MAX_TOY_POINTS} points, got ${key} ${n}.`,
    );
  }
}

/** Throws a clear Error when a config cannot be built. */
export function validateConfig(config: TrainConfig): void {
  check(typeof config === 'object' && config !== null, 'A training config is required.');
  for (const key of ['model', 'task', 'dataset', 'hyper'] as const) {
    check(
      typeof config[key] === 'object' && config[key] !== null,
      `The training config needs a '${key}' object.`,
    );
  }
  validateHyper(config.hyper);
  check(Number.isInteger(config.seed), `Seed must be an integer, got ${config.seed}.`);
  check(
    ['sgd', 'momentum', 'adam'].includes(config.optimizer),
    `Unknown optimizer '${config.optimizer}'.`,
  );
  if (config.model.kind === 'mlp') {
    const { hidden, activation } = config.model;
    check(
      Array.isArray(hidden) &&
        hidden.every((h) => Number.isInteger(h) && h >= 1 && h <= MAX_HIDDEN),
      `Hidden sizes must be integers in 1..${MAX_HIDDEN}, got [${String(hidden)}].`,
    );
    check(ACTIVATION_NAMES.includes(activation), `Unknown activation '${activation}'.`);
  }
  validateDatasetSize(config.dataset);
  check(
    config.task.kind === 'classification' || config.dataset.kind === 'mnist',
    'Inpainting needs the MNIST dataset.',
  );
}

/** Layer sizes [in, …hidden, out] of the configured network. */
export function layerSizes(config: TrainConfig, inputSize: number, outputSize: number): number[] {
  const hidden = config.model.kind === 'mlp' ? config.model.hidden : [];
  return [inputSize, ...hidden, outputSize];
}

/** Builds the network with weights drawn from `rng`. */
export function buildModel(config: TrainConfig, sizes: number[], rng: Rng): Sequential {
  const activation = config.model.kind === 'mlp' ? config.model.activation : 'relu';
  return mlp(sizes, { activation, rng });
}

/** Builds the optimizer over `params`. */
export function buildOptimizer(
  kind: OptimizerKind,
  params: Tensor[],
  h: Hyperparameters,
): Optimizer {
  if (kind === 'adam') return new Adam(params, { lr: h.lr });
  return new SGD(params, { lr: h.lr, momentum: kind === 'momentum' ? h.momentum : 0 });
}

/** The Linear layers of the network, in order (each with its weight [out, in] and bias). */
export function linearLayers(model: Sequential): Linear[] {
  return model.modules.filter((m): m is Linear => m instanceof Linear);
}
