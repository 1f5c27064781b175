/**
 * The training lesson's worker jobs: one step observed beat by beat (batch, loss, gradient norms,
 * W1's gradient rows, how far each tensor moved), the latest gradient norms, predictions on the
 * whole test split, and checkpoints (checkpoint-jobs.ts). Registered in the handler's command table.
 */
import { argmax, noGrad, softmax, Tensor } from '../engine';
import { restoreCheckpoint, takeCheckpoint } from './checkpoint-jobs';
import { l2 } from './grad-watch';
import type { InspectCommands, StepInspection, TestPredictions } from './inspect-protocol';
import type { Progress, TrainingStatus } from './protocol';
import type { StepHooks, Trainer } from './trainer';

/** What the jobs need from the handler's session. */
export interface JobSession {
  /** Current status. */
  status: TrainingStatus;
  /** The trainer, or a clear error. */
  need(): Trainer;
  /** One step with observers; false when it diverged (the session then stopped). */
  stepOnce(t: Trainer, hooks?: StepHooks): boolean;
  /** Publishes a status. */
  setStatus(next: TrainingStatus): void;
  /** Publishes progress. */
  postProgress(): Progress;
}

type JobHandlers = {
  [K in keyof InspectCommands]: (
    req: { type: K; id: number } & InspectCommands[K]['args'],
  ) => InspectCommands[K]['result'];
};

const PIXELS = 784;
const MAX_IMAGES = 200;
const EVAL_BATCH = 1000;

function distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s);
}

/** Indices of the `k` rows of a [rows, cols] matrix with the largest norms. */
export function largestRows(data: Float32Array, cols: number, k: number): number[] {
  const rows = data.length / cols;
  const norms = Array.from({ length: rows }, (_, r) => l2(data.subarray(r * cols, (r + 1) * cols)));
  return norms
    .map((n, r) => [n, r] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, Math.min(k, rows))
    .map(([, r]) => r);
}

function argmaxRows(out: Tensor): Int32Array {
  return argmax(out, 1);
}

/** Runs one step on `t` with observers and gathers the four beats. */
function inspect(s: JobSession, t: Trainer, unitsWanted: number, show: number): StepInspection {
  let indices: Int32Array = new Int32Array(0);
  let labels: Int32Array = new Int32Array(0);
  let predicted: Int32Array = new Int32Array(0);
  let before: Float32Array[] = [];
  let updateNorms: number[] = t.named.map(() => 0);
  const ok = s.stepOnce(t, {
    onBatch: (idx) => (indices = Int32Array.from(idx)),
    onForward: (out, lbl) => {
      labels = Int32Array.from(lbl);
      predicted = argmaxRows(out);
    },
    beforeUpdate: () => (before = t.named.map(([, p]) => Float32Array.from(p.data))),
    afterUpdate: () => (updateNorms = t.named.map(([, p], i) => distance(p.data, before[i]))),
  });
  const shown = Math.min(show, indices.length);
  const images = new Float32Array(shown * t.sets.train.inputSize);
  t.sets.train.fill(indices.subarray(0, shown), images, new Int32Array(shown), null);
  const w1 = t.named[0][1];
  const grad = w1.grad ? Float32Array.from(w1.grad.data) : new Float32Array(w1.size);
  const cols = w1.shape[1];
  const units = largestRows(grad, cols, unitsWanted);
  const unitGrads = new Float32Array(units.length * cols);
  units.forEach((u, i) => unitGrads.set(grad.subarray(u * cols, (u + 1) * cols), i * cols));
  if (ok) {
    if (s.status !== 'paused') s.setStatus('paused');
    s.postProgress();
  }
  return {
    step: ok ? t.iteration : t.iteration + 1,
    diverged: !ok,
    batchSize: indices.length,
    labels,
    predicted,
    shown,
    images,
    loss: t.lastLoss,
    names: t.named.map(([n]) => n),
    shapes: t.named.map(([, p]) => p.shape.slice()),
    gradNorms: t.gradWatch.last.slice(),
    updateNorms,
    lr: t.hyper.lr,
    optimizer: t.config.optimizer,
    units,
    unitGrads,
  };
}

/** Predictions on every test example (classification runs only). */
function predictTest(t: Trainer): TestPredictions {
  const set = t.sets.test;
  const classes = set.classes;
  if (classes === null) throw new Error('Test predictions need a classification run.');
  const n = set.count;
  const labels = new Uint8Array(n);
  const predicted = new Uint8Array(n);
  const probabilities = new Float32Array(n * classes);
  noGrad(() => {
    for (let start = 0; start < n; start += EVAL_BATCH) {
      const count = Math.min(EVAL_BATCH, n - start);
      const idx = Int32Array.from({ length: count }, (_, i) => start + i);
      const x = new Float32Array(count * set.inputSize);
      const lbl = new Int32Array(count);
      set.fill(idx, x, lbl, null);
      const out = t.network.forward(new Tensor(x, [count, set.inputSize]));
      const probs = softmax(out, 1);
      probabilities.set(probs.data, start * classes);
      const best = argmax(probs, 1);
      for (let i = 0; i < count; i++) {
        labels[start + i] = lbl[i];
        predicted[start + i] = best[i];
      }
    }
  });
  return { labels, predicted, probabilities, iteration: t.iteration };
}

/** Pixels of test images `indices` (at most MAX_IMAGES; out-of-range indices are an error). */
function testImages(t: Trainer, indices: number[]): Float32Array {
  const set = t.sets.test;
  if (!Array.isArray(indices) || indices.length > MAX_IMAGES)
    throw new Error(`testImages takes a list of at most ${MAX_IMAGES} indices.`);
  if (!indices.every((i) => Number.isInteger(i) && i >= 0 && i < set.count))
    throw new Error(`Test image indices must be whole numbers in 0..${set.count - 1}.`);
  const pixels = new Float32Array(indices.length * PIXELS);
  set.fill(indices, pixels, new Int32Array(indices.length), null);
  return pixels;
}

/** The jobs, for the handler's command table. */
export function inspectCommands(s: JobSession): JobHandlers {
  return {
    inspectStep: (req) => {
      const t = s.need();
      if (s.status === 'running') throw new Error('Pause training before stepping.');
      if (s.status === 'diverged') throw new Error('Training diverged: reset before stepping.');
      const units = Math.max(1, Math.min(16, Math.round(req.units ?? 4)));
      const show = Math.max(1, Math.min(64, Math.round(req.show ?? 16)));
      return inspect(s, t, units, show);
    },
    gradNorms: () => {
      const t = s.need();
      return {
        iteration: t.gradWatch.lastStep,
        names: t.named.map(([n]) => n),
        norms: t.gradWatch.last.slice(),
        blowUp: t.gradWatch.recent(t.iteration + 1),
      };
    },
    testPredictions: () => predictTest(s.need()),
    testImages: (req) => ({ pixels: testImages(s.need(), req.indices) }),
    checkpoint: () => takeCheckpoint(s.need()),
    restoreCheckpoint: (req) => restoreCheckpoint(s, req.checkpoint),
  };
}
