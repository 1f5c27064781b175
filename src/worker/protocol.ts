/**
 * The message protocol between the page (client.ts) and the training worker (handler.ts).
 * Every request carries an id and gets exactly one reply with the same id; the worker also
 * pushes status, progress and data-loading events. Everything here is structured-clone safe.
 */
import type { LoadProgress } from '../data/mnist-types';
import type { ActivationName } from '../engine';
import type { MaskKind } from '../data/mask';
import type { MaskSpec } from '../data/mask-spec';
import type { ToyName } from '../data/toy';
import type { LandscapeProgress, LandscapeRequest, LandscapeResult } from './landscape-protocol';

export type * from './landscape-protocol';
import type { InspectCommands } from './inspect-protocol';
import type { CollapseCheck, GridActivations } from './mlp-jobs';

/** Hidden-layer nonlinearity of an MLP (the engine's mlp() activations). */
export type Activation = ActivationName;

/** The network: a linear model (one Linear layer) or an MLP with the given hidden sizes. */
export type ModelSpec =
  { kind: 'linear' } | { kind: 'mlp'; hidden: number[]; activation: Activation };

/**
 * Classification (softmax cross-entropy), or regression with ½‖y−ŷ‖² and target = the clean image:
 * inpainting (input = masked image; a fixed MaskKind or a chosen MaskSpec) or denoising
 * (input = image + Gaussian noise of standard deviation sigma).
 */
export type TaskSpec =
  | { kind: 'classification' }
  | { kind: 'inpainting'; mask: MaskKind | MaskSpec }
  | { kind: 'denoising'; sigma: number };

/** An MNIST subset (loaded by the worker) or a seeded 2D toy set. */
export type DatasetSpec =
  | { kind: 'mnist'; trainCount: number; testCount?: number }
  | {
      kind: 'toy';
      name: ToyName;
      trainCount: number;
      testCount?: number;
      noise?: number;
      classes?: number;
    };

/** Optimizer: plain SGD, SGD with momentum, or Adam. */
export type OptimizerKind = 'sgd' | 'momentum' | 'adam';

/** Hyperparameters that may change while training runs. */
export interface Hyperparameters {
  /** Learning rate. */
  lr: number;
  /** Momentum coefficient (used by 'momentum'). */
  momentum: number;
  /** Mini-batch size. */
  batchSize: number;
  /** Evaluate on the test set every this many steps (0: only on request). */
  evalEvery: number;
  /**
   * Stop as diverged when a batch loss exceeds this (besides any non-finite loss). A stable
   * softmax cross-entropy rarely turns NaN: a too-large learning rate makes it explode instead.
   */
  divergeAbove?: number;
}

/** Everything needed to build a training run. */
export interface TrainConfig {
  /** Network architecture. */
  model: ModelSpec;
  /** Loss and targets. */
  task: TaskSpec;
  /** Data source. */
  dataset: DatasetSpec;
  /** Optimizer kind. */
  optimizer: OptimizerKind;
  /** Initial hyperparameters. */
  hyper: Hyperparameters;
  /** Seed of weight initialisation, shuffling and toy data. */
  seed: number;
  /** Pause (and evaluate) when the step count reaches this; resume continues past it. */
  maxSteps?: number;
  /** Pause (and evaluate) when this many passes over the training set complete; resume continues past it. */
  maxEpochs?: number;
}

/** Lifecycle: idle (nothing built), loading (fetching data), ready, running, paused, diverged, error. */
export type TrainingStatus =
  'idle' | 'loading' | 'ready' | 'running' | 'paused' | 'diverged' | 'error';

/** What a built run looks like. */
export interface RunInfo {
  /** Training examples. */
  trainCount: number;
  /** Test examples. */
  testCount: number;
  /** Input features (784 or 2). */
  inputSize: number;
  /** Outputs (classes, or 784 for inpainting). */
  outputSize: number;
  /** Number of classes, or null for inpainting. */
  classes: number | null;
  /** Total trainable numbers. */
  paramCount: number;
  /** [out, in] of each Linear layer. */
  layerShapes: [number, number][];
}

/** Training progress, published at most ~30 times per second. */
export interface Progress {
  /** Optimizer steps taken. */
  iteration: number;
  /** Passes over the training set so far (fractional). */
  epoch: number;
  /** Loss of the last batch. */
  batchLoss: number;
  /** Exponential moving average (α = 0.05) of batch accuracy; null for inpainting or before the first step. */
  trainAccuracy: number | null;
  /** Test accuracy of the latest evaluation (null: none yet, or inpainting). */
  testAccuracy: number | null;
  /** Test loss of the latest evaluation. */
  testLoss: number | null;
  /** Training throughput since the previous progress message. */
  samplesPerSecond: number;
  /** Milliseconds spent in training steps so far. */
  trainMs: number;
}

/** Result of evaluating on the test split. */
export interface EvalResult {
  /** Mean loss over the test split. */
  testLoss: number;
  /** Share of correct predictions, or null for inpainting. */
  testAccuracy: number | null;
  /** Examples evaluated. */
  count: number;
  /** Iteration at which the evaluation ran. */
  iteration: number;
}

/** Network output for one input. */
export interface PredictResult {
  /** Raw outputs (logits, or the reconstructed image for inpainting). */
  output: Float32Array;
  /** Softmax of the logits (classification), else null. */
  probabilities: Float32Array | null;
  /** argmax class (classification), else null. */
  predictedClass: number | null;
}

/** Predictions over a grid of 2D points. */
export interface GridResult {
  /** argmax class per point. */
  classes: Uint8Array;
  /** Softmax probabilities, point after point (`n * classes`). */
  probabilities: Float32Array;
}

/** A copy of one Linear layer's parameters. */
export interface WeightSnapshot {
  /** Layer index among the Linear layers (0 = first). */
  layer: number;
  /** [out, in]. */
  shape: [number, number];
  /** Row-major weights [out, in] (for the first MNIST layer: one 28×28 template per row). */
  weight: Float32Array;
  /** Bias [out]. */
  bias: Float32Array;
}

/** Each command's arguments and the result of its reply. */
export interface Commands extends InspectCommands {
  /** Load data and build the model (status ready). */
  init: { args: { config: TrainConfig }; result: RunInfo };
  /** init (when a config is given) then run. */
  start: { args: { config?: TrainConfig }; result: RunInfo };
  /** Stop the loop after the current step. */
  pause: { args: Record<string, never>; result: Progress };
  /** Continue the loop. */
  resume: { args: Record<string, never>; result: Progress };
  /** Run `count` batches (default 1) while not running. */
  step: { args: { count?: number }; result: Progress };
  /** Re-initialise the weights and optimizer with the config's seed (or a new one). */
  reset: { args: { seed?: number }; result: RunInfo };
  /** Change hyperparameters, also while running. */
  setHyperparameters: { args: { hyper: Partial<Hyperparameters> }; result: Hyperparameters };
  /** Evaluate on the test split. */
  evaluate: { args: Record<string, never>; result: EvalResult };
  /** Run the network on one input (784 or 2 numbers). */
  predict: { args: { input: Float32Array }; result: PredictResult };
  /** Classify many 2D points (`n * 2` numbers). */
  predictGrid: { args: { points: Float32Array }; result: GridResult };
  /** Every hidden layer's activations and the output scores over 2D points (`n * 2` numbers). */
  gridActivations: {
    args: { points: Float32Array };
    /** With the optimizer steps the network had taken when it ran (a view's own step number). */
    result: GridActivations & { iteration: number };
  };
  /** The network against the product of its weight matrices on the first `count` test examples. */
  collapseCheck: { args: { count: number }; result: CollapseCheck };
  /** Copy of one Linear layer's weights (transferred). */
  getWeights: { args: { layer?: number }; result: WeightSnapshot };
  /** The engine's JSON-serialisable parameter file. */
  exportWeights: { args: Record<string, never>; result: unknown };
  /** Load a parameter file produced by exportWeights. */
  importWeights: { args: { file: unknown }; result: RunInfo };
  /** Train a small MNIST MLP and slice its loss landscape (landscape-job.ts). */
  landscape: { args: { request: LandscapeRequest }; result: LandscapeResult };
  /** Stop a running landscape job at its next slice. */
  cancelLandscape: { args: Record<string, never>; result: { cancelled: boolean } };
}

/** Command names. */
export type CommandName = keyof Commands;

/** A request from the page: `{ type, id, ...args }`. */
export type WorkerRequest = {
  [K in CommandName]: { type: K; id: number } & Commands[K]['args'];
}[CommandName];

/** Successful reply to a request. */
export type OkReply = {
  [K in CommandName]: {
    type: 'reply';
    id: number;
    command: K;
    ok: true;
    result: Commands[K]['result'];
  };
}[CommandName];

/** Failed reply to a request (bad arguments, engine errors, import errors…). */
export interface ErrorReply {
  /** Discriminant. */
  type: 'reply';
  /** Id of the request. */
  id: number;
  /** Command that failed. */
  command: CommandName;
  /** Discriminant of the outcome. */
  ok: false;
  /** User-facing message. */
  error: string;
}

/** Lifecycle change; `message` explains errors, `step` says where training diverged. */
export interface StatusEvent {
  /** Discriminant. */
  type: 'status';
  /** New status. */
  status: TrainingStatus;
  /** Explanation (errors, divergence). */
  message?: string;
  /** Iteration of a divergence. */
  step?: number;
}

/** Any message the worker sends. */
export type WorkerMessage =
  | OkReply
  | ErrorReply
  | StatusEvent
  | { type: 'progress'; progress: Progress }
  | { type: 'loading'; progress: LoadProgress }
  | { type: 'evaluated'; result: EvalResult }
  | { type: 'landscape-progress'; progress: LandscapeProgress };
