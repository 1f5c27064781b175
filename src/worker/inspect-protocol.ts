/** Protocol of the step-inspection jobs (inspect-jobs.ts): what the training lesson asks the worker. */
import type { BlowUp } from './grad-watch';
import type { EvalResult, OptimizerKind, Progress } from './protocol';

/** Everything one training step did, beat by beat: batch, forward, backward, update. */
export interface StepInspection {
  /** Step number of this step (1-based; equals the iteration count after it). */
  step: number;
  /** True when the step was not applied (divergence). */
  diverged: boolean;
  /** Examples in the batch. */
  batchSize: number;
  /** Labels of the whole batch. */
  labels: Int32Array;
  /** The network's prediction for each example of the batch, before the update. */
  predicted: Int32Array;
  /** How many of the batch's images are included. */
  shown: number;
  /** The first `shown` images of the batch, 784 values in 0..1 each. */
  images: Float32Array;
  /** Mean cross-entropy loss of the batch (before the update). */
  loss: number;
  /** Parameter names (W1, b1, W2, …). */
  names: string[];
  /** Parameter shapes. */
  shapes: number[][];
  /** ‖∂L/∂θ‖ of every parameter tensor. */
  gradNorms: number[];
  /** ‖θ_after − θ_before‖ of every parameter tensor. */
  updateNorms: number[];
  /** Learning rate used. */
  lr: number;
  /** Optimizer used. */
  optimizer: OptimizerKind;
  /** Rows of W1 shown (hidden units with the largest gradient rows). */
  units: number[];
  /** ∂L/∂W1 for those units, 784 values each (one 28×28 image per unit). */
  unitGrads: Float32Array;
}

/** The latest step's gradient norms, and the tensor that blew up first if any. */
export interface GradNormReport {
  /** The step these gradients belong to (one past the steps taken when that step diverged). */
  iteration: number;
  /** Parameter names. */
  names: string[];
  /** ‖∇‖ of each tensor at the latest step. */
  norms: number[];
  /** The recorded blow-up (for a divergence at the next step), or null. */
  blowUp: BlowUp | null;
}

/** Predictions on the whole test split. */
export interface TestPredictions {
  /** True labels. */
  labels: Uint8Array;
  /** argmax classes. */
  predicted: Uint8Array;
  /** Softmax probabilities, 10 per example. */
  probabilities: Float32Array;
  /** Steps the model had taken. */
  iteration: number;
}

/**
 * What a lesson keeps to resume a run after its worker has gone: the weights and the counters.
 * The optimiser's running averages and the shuffled order are not kept (a resumed run starts them
 * afresh).
 */
export interface RunCheckpoint {
  /** Parameter names (W1, b1, …), in the model's order. */
  names: string[];
  /** Their shapes. */
  shapes: number[][];
  /** Every parameter's values, one after the other. */
  values: Float32Array;
  /** Optimizer steps taken. */
  iteration: number;
  /** Training examples consumed. */
  samplesSeen: number;
  /** Milliseconds spent training. */
  trainMs: number;
  /** Moving average of batch accuracy. */
  trainAccuracy: number | null;
  /** Latest test evaluation. */
  lastEval: EvalResult | null;
}

/** The inspection commands and their results. */
export interface InspectCommands {
  /** One training step while paused, observed beat by beat. */
  inspectStep: { args: { units?: number; show?: number }; result: StepInspection };
  /** Gradient norms of the latest step. */
  gradNorms: { args: Record<string, never>; result: GradNormReport };
  /** Predictions and probabilities on the whole test split. */
  testPredictions: { args: Record<string, never>; result: TestPredictions };
  /** Pixels (0..1) of some test images, 784 each. */
  testImages: { args: { indices: number[] }; result: { pixels: Float32Array } };
  /** The run's weights and counters, to resume it later (checkpoint-jobs.ts). */
  checkpoint: { args: Record<string, never>; result: RunCheckpoint };
  /** Puts a checkpoint's weights and counters into the built network (same architecture), paused. */
  restoreCheckpoint: { args: { checkpoint: RunCheckpoint }; result: Progress };
}
