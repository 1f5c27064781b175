/**
 * The cost step's engine work: the MNIST MLP 784-128-10, its parameter count, and single timed
 * loss evaluations and backward passes (each well under a frame; the figure runs one per frame).
 */
import { createRng, mlp, rand, type Sequential, type Tensor } from '../../engine';
import { MNIST_CLASSES, MNIST_PIXELS } from '../../data/mnist-shape';

/** Layer sizes of the MNIST MLP. */
export const MLP_SIZES = [MNIST_PIXELS, 128, MNIST_CLASSES];

/** Mini-batch size of one timed loss evaluation. */
export const BATCH = 64;

/** The network, a seeded batch of inputs in [0, 1] and labels. */
export interface CostModel {
  /** The MLP (float32, as trained). */
  model: Sequential;
  /** Inputs [64, 784]. */
  x: Tensor;
  /** Labels. */
  labels: Int32Array;
}

/** Builds the seeded model and batch. */
export function costModel(): CostModel {
  const rng = createRng(8);
  const model = mlp(MLP_SIZES, { activation: 'relu', rng });
  const x = rand([BATCH, MNIST_PIXELS], rng);
  const labels = Int32Array.from({ length: BATCH }, (_, i) => i % 10);
  return { model, x, labels };
}

/** Number of trainable parameters (weights and biases). */
export function parameterCount(m: CostModel): number {
  return m.model.parameters().reduce((s, p) => s + p.size, 0);
}

/** Loss evaluations a central-difference gradient needs: two per parameter. */
export function evaluationsNeeded(parameters: number): number {
  return 2 * parameters;
}

/** Milliseconds of one loss evaluation (forward pass and loss). */
export function timeEvaluation(m: CostModel, now: () => number): number {
  const t0 = now();
  m.model.forward(m.x).softmaxCrossEntropy(m.labels);
  return now() - t0;
}

/** Milliseconds of one backward pass (the forward before it is not timed). */
export function timeBackward(m: CostModel, now: () => number): number {
  const loss = m.model.forward(m.x).softmaxCrossEntropy(m.labels);
  const t0 = now();
  loss.backward();
  const ms = now() - t0;
  for (const p of m.model.parameters()) p.grad = null;
  return ms;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
