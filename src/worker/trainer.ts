/**
 * The training loop as a plain, synchronous module: the worker wraps it (handler.ts), Node tests use it
 * directly. One Trainer = one model + optimizer + shuffled order over a SampleSet.
 */
import {
  argmax,
  BufferArena,
  createRng,
  loadParams,
  noGrad,
  saveParams,
  SGD,
  softmax,
  tensor,
  Tensor,
  type Rng,
  withArena,
  type Sequential,
} from '../engine';
import {
  buildModel,
  buildOptimizer,
  layerSizes,
  linearLayers,
  validateConfig,
  validateHyper,
  type Optimizer,
} from './build-run';
import type {
  EvalResult,
  GridResult,
  Hyperparameters,
  PredictResult,
  Progress,
  RunInfo,
  TrainConfig,
  WeightSnapshot,
} from './protocol';
import type { SampleSet } from './samples';
import { definedHyperparameters } from './hyper';
import { GradWatch, paramLabels, type BlowUp } from './grad-watch';

/** Training and test data of a run. */
export interface TrainerData {
  /** Examples the optimizer sees. */
  train: SampleSet;
  /** Examples evaluate() measures. */
  test: SampleSet;
}

/** What one step did. */
export interface StepOutcome {
  /** Batch loss (non-finite when diverged). */
  loss: number;
  /** True when the loss or a gradient was not finite (or exploded): the parameters were not updated. */
  diverged: boolean;
  /** On divergence: the parameter tensor whose gradient norm blew up first. */
  blowUp?: BlowUp | null;
}

/** Optional observers of one step (the lesson's step inspector). */
export interface StepHooks {
  /** The sampled batch's example indices. */
  onBatch?: (indices: Int32Array) => void;
  /** After the forward pass: the batch's outputs [B, C] and labels. */
  onForward?: (out: Tensor, labels: Int32Array) => void;
  /** After backward, before the update (gradients are in the parameters). */
  beforeUpdate?: () => void;
  /** After the update. */
  afterUpdate?: () => void;
}

const EVAL_BATCH = 1000;
const ACC_ALPHA = 0.05;

/** A training run: model, optimizer and data order. */
export class Trainer {
  /** Current hyperparameters. */
  hyper: Hyperparameters;
  /** Steps taken since the last (re)initialisation. */
  iteration = 0;
  /** Training examples consumed. */
  samplesSeen = 0;
  /** Milliseconds spent in step(). */
  trainMs = 0;
  /** Last batch loss. */
  lastLoss = Number.NaN;
  /** Moving average of batch accuracy (classification). */
  trainAccuracy: number | null = null;
  /** Latest evaluation. */
  lastEval: EvalResult | null = null;
  /** Gradient norms of every parameter tensor, step after step. */
  readonly gradWatch = new GradWatch();
  /** Parameters with the lecture's names (W1, b1, W2, …), in the model's order. */
  named: [string, Tensor][] = [];
  private model!: Sequential;
  private optimizer!: Optimizer;
  private shuffleRng!: Rng;
  private order = new Int32Array(0);
  private cursor = 0;
  private lastBatchSize = 0;
  private readonly sizes: number[];
  private readonly buffers = { x: new Float32Array(0), targets: new Float32Array(0) };
  /** Reused buffers of a training step's graph, and of an evaluation batch's. */
  private readonly stepArena = new BufferArena();
  private readonly evalArena = new BufferArena();

  /** Validates the config and builds the model; `now` is the clock used for trainMs. */
  constructor(
    readonly config: TrainConfig,
    private readonly data: TrainerData,
    private readonly now: () => number = () => performance.now(),
  ) {
    validateConfig(config);
    this.hyper = { ...config.hyper };
    const outputSize = data.train.classes ?? data.train.targetSize;
    this.sizes = layerSizes(config, data.train.inputSize, outputSize);
    this.reset(config.seed);
  }

  /** Re-initialises weights, optimizer state, order and counters from `seed`. */
  reset(seed: number = this.config.seed): void {
    this.model = buildModel(this.config, this.sizes, createRng(seed));
    this.optimizer = buildOptimizer(this.config.optimizer, this.model.parameters(), this.hyper);
    const named = this.model.namedParameters();
    const labels = paramLabels(named.map(([n]) => n));
    this.named = named.map(([, t], i) => [labels[i], t]);
    this.gradWatch.reset();
    this.shuffleRng = createRng((seed ^ 0x5bd1e995) >>> 0);
    this.order = Int32Array.from({ length: this.data.train.count }, (_, i) => i);
    this.cursor = this.order.length;
    this.iteration = 0;
    this.samplesSeen = 0;
    this.lastBatchSize = 0;
    this.trainMs = 0;
    this.lastLoss = Number.NaN;
    this.trainAccuracy = null;
    this.lastEval = null;
  }

  /** Shape facts of this run. */
  info(): RunInfo {
    const layers = linearLayers(this.model);
    return {
      trainCount: this.data.train.count,
      testCount: this.data.test.count,
      inputSize: this.sizes[0],
      outputSize: this.sizes[this.sizes.length - 1],
      classes: this.data.train.classes,
      paramCount: this.model.parameters().reduce((s, p) => s + p.size, 0),
      layerShapes: layers.map((l) => [l.weight.shape[0], l.weight.shape[1]]),
    };
  }

  /** Passes over the training set so far. */
  get epoch(): number {
    return this.samplesSeen / this.data.train.count;
  }

  /**
   * True when the last step reached maxSteps or completed pass number maxEpochs. Only that step
   * reaches the limit, so training resumed afterwards continues freely.
   */
  limitReached(): boolean {
    const { maxSteps, maxEpochs } = this.config;
    if (maxSteps !== undefined && this.iteration === maxSteps) return true;
    if (maxEpochs === undefined || this.lastBatchSize === 0) return false;
    const boundary = maxEpochs * this.data.train.count;
    return this.samplesSeen >= boundary && this.samplesSeen - this.lastBatchSize < boundary;
  }

  /** Next batch of indices; reshuffles (Fisher–Yates, seeded) at the end of each pass. */
  private nextIndices(): Int32Array {
    if (this.cursor >= this.order.length) {
      this.shuffleRng.shuffle(this.order);
      this.cursor = 0;
    }
    const end = Math.min(this.cursor + this.hyper.batchSize, this.order.length);
    const indices = this.order.subarray(this.cursor, end);
    this.cursor = end;
    return indices;
  }

  /** Forward pass and loss for examples `indices` of `set` (mean over the batch). */
  private lossOf(
    set: SampleSet,
    indices: ArrayLike<number>,
  ): { loss: Tensor; out: Tensor; labels: Int32Array } {
    const n = indices.length;
    const x = this.reused('x', n * set.inputSize);
    const labels = new Int32Array(n);
    const targets = set.targetSize > 0 ? this.reused('targets', n * set.targetSize) : null;
    set.fill(indices, x, labels, targets);
    // NOTE: the filled buffers are wrapped, not copied again by tensor(): one less pass per batch.
    const out = this.model.forward(new Tensor(x, [n, set.inputSize]));
    const loss = targets
      ? out.halfSquaredError(new Tensor(targets, [n, set.targetSize]), 'sum').mul(1 / n)
      : out.softmaxCrossEntropy(labels);
    return { loss, out, labels };
  }

  /**
   * A view of `length` floats of the trainer's reusable `key` buffer (grown when needed). Each batch
   * overwrites the last one's inputs: its graph is dropped by then, and no hook receives them.
   */
  private reused(key: 'x' | 'targets', length: number): Float32Array {
    let buffer = this.buffers[key];
    if (buffer.length < length) buffer = this.buffers[key] = new Float32Array(length);
    return buffer.subarray(0, length);
  }

  /** One optimizer step on the next batch. A non-finite or exploded loss or gradient skips the update and reports divergence. */
  step(hooks?: StepHooks): StepOutcome {
    const t0 = this.now();
    const indices = this.nextIndices();
    hooks?.onBatch?.(indices);
    this.optimizer.zeroGrad();
    // The last step's graph is gone by now: its buffers are lent again (see BufferArena).
    this.stepArena.recycle();
    const { loss, out, labels } = withArena(this.stepArena, () =>
      this.lossOf(this.data.train, indices),
    );
    hooks?.onForward?.(out, labels);
    const value = loss.item();
    this.lastLoss = value;
    withArena(this.stepArena, () => loss.backward());
    const isGradBad = this.gradWatch.observe(this.iteration + 1, this.named);
    if (isGradBad || !Number.isFinite(value) || value > (this.hyper.divergeAbove ?? Infinity)) {
      this.trainMs += this.now() - t0;
      const names = this.named.map(([n]) => n);
      return {
        loss: value,
        diverged: true,
        blowUp: this.gradWatch.report(this.iteration + 1, names),
      };
    }
    hooks?.beforeUpdate?.();
    this.optimizer.step();
    hooks?.afterUpdate?.();
    this.iteration++;
    this.samplesSeen += indices.length;
    this.lastBatchSize = indices.length;
    if (this.data.train.classes !== null) {
      const acc = countCorrect(out, labels) / indices.length;
      this.trainAccuracy =
        this.trainAccuracy === null ? acc : (1 - ACC_ALPHA) * this.trainAccuracy + ACC_ALPHA * acc;
    }
    this.trainMs += this.now() - t0;
    return { loss: value, diverged: false };
  }

  /** The run's training and test data. */
  get sets(): TrainerData {
    return this.data;
  }

  /** Mean loss and accuracy over the whole test split (no gradients). */
  evaluate(): EvalResult {
    const set = this.data.test;
    let lossSum = 0;
    let correct = 0;
    noGrad(() => {
      for (let start = 0; start < set.count; start += EVAL_BATCH) {
        const indices = Int32Array.from(
          { length: Math.min(EVAL_BATCH, set.count - start) },
          (_, i) => start + i,
        );
        this.evalArena.recycle();
        withArena(this.evalArena, () => {
          const { loss, out, labels } = this.lossOf(set, indices);
          lossSum += loss.item() * indices.length;
          if (set.classes !== null) correct += countCorrect(out, labels);
        });
      }
    });
    const count = set.count;
    this.lastEval = {
      testLoss: count > 0 ? lossSum / count : Number.NaN,
      testAccuracy: set.classes !== null && count > 0 ? correct / count : null,
      count,
      iteration: this.iteration,
    };
    return this.lastEval;
  }

  /** Runs the network on one input of `inputSize` numbers. */
  predict(input: Float32Array): PredictResult {
    const size = this.sizes[0];
    if (input.length !== size)
      throw new Error(`predict expects ${size} input values, got ${input.length}.`);
    const output = noGrad(() => this.model.forward(tensor(input, { shape: [1, size] })));
    const raw = Float32Array.from(output.data);
    if (this.data.train.classes === null)
      return { output: raw, probabilities: null, predictedClass: null };
    const probabilities = Float32Array.from(noGrad(() => softmax(output)).data);
    return { output: raw, probabilities, predictedClass: argmax(output)[0] };
  }

  /** Classifies `points.length / 2` 2D points (a toy run only). */
  predictGrid(points: Float32Array): GridResult {
    const classes = this.data.train.classes;
    if (this.sizes[0] !== 2 || classes === null)
      throw new Error('predictGrid needs a 2D classification run (a toy dataset).');
    if (points.length % 2 !== 0)
      throw new Error(`predictGrid expects x, y pairs, got ${points.length} numbers.`);
    const n = points.length / 2;
    const probs = noGrad(() => softmax(this.model.forward(tensor(points, { shape: [n, 2] }))));
    const probabilities = Float32Array.from(probs.data);
    return { classes: Uint8Array.from(argmax(probs)), probabilities };
  }

  /** The examples evaluate() measures. */
  get testSet(): SampleSet {
    return this.data.test;
  }

  /** The underlying engine model (for tests). */
  get network(): Sequential {
    return this.model;
  }

  /** Copies of Linear layer `layer`'s weight [out, in] and bias [out]. */
  weights(layer: number): WeightSnapshot {
    const layers = linearLayers(this.model);
    const found = layers[layer];
    if (!found)
      throw new Error(`No layer ${layer}: the model has ${layers.length} linear layer(s).`);
    const [out, inF] = found.weight.shape;
    return {
      layer,
      shape: [out, inF],
      weight: Float32Array.from(found.weight.data),
      bias: found.bias ? Float32Array.from(found.bias.data) : new Float32Array(out),
    };
  }

  /**
   * Changes the hyperparameters given with a value (explicit `undefined` and unknown keys are ignored);
   * a batch-size change takes effect at the next batch. Throws, changing nothing, when one is invalid.
   */
  setHyperparameters(partial: Partial<Hyperparameters>): Hyperparameters {
    const next = { ...this.hyper, ...definedHyperparameters(partial) };
    validateHyper(next);
    this.hyper = next;
    this.optimizer.lr = next.lr;
    // The velocity is kept: only the coefficient changes, as when tuning a running optimizer by hand.
    if (this.optimizer instanceof SGD && this.config.optimizer === 'momentum')
      this.optimizer.momentum = next.momentum;
    return { ...next };
  }

  /** The engine's parameter file of the model. */
  exportParams(): unknown {
    return saveParams(this.model);
  }

  /** Loads a parameter file (throws the engine's clear Error when it does not fit) and restarts the optimizer state. */
  importParams(file: unknown): void {
    loadParams(this.model, file);
    this.optimizer = buildOptimizer(this.config.optimizer, this.model.parameters(), this.hyper);
  }

  /** Progress numbers with the given throughput. */
  progress(samplesPerSecond: number): Progress {
    return {
      iteration: this.iteration,
      epoch: this.epoch,
      batchLoss: this.lastLoss,
      trainAccuracy: this.trainAccuracy,
      testAccuracy: this.lastEval?.testAccuracy ?? null,
      testLoss: this.lastEval?.testLoss ?? null,
      samplesPerSecond,
      trainMs: this.trainMs,
    };
  }
}

/** Rows of `out` [B, C] whose argmax equals the label (a row with a NaN never counts as correct). */
function countCorrect(out: Tensor, labels: Int32Array): number {
  const predicted = argmax(out);
  let correct = 0;
  for (let b = 0; b < labels.length; b++) {
    if (predicted[b] === labels[b] && !Number.isNaN(out.data[b * out.shape[1] + predicted[b]]))
      correct++;
  }
  return correct;
}
