// The shared, deterministic set-up every implementation trains from: the same seeded initial
// weights (our engine's Kaiming init) and the same seeded batch order, rebuilt identically in
// each child process from the seeds below.

/** Seed of the initial weights; the batch order uses SEED + 1. */
export const SEED = 42;
/** Mini-batch size of the benchmark. */
export const BATCH_SIZE = 64;
/** SGD learning rate of the benchmark. */
export const LR = 0.1;
/** Layer sizes of the benchmarked models; `inpaint` regresses the whole image from a masked copy. */
export const MODELS = { mlp: [784, 128, 10], linear: [784, 10], inpaint: [784, 256, 784] };
/** Models trained as inpainting regressions (½‖ŷ − x‖² averaged over the batch) instead of classifiers. */
export const REGRESSION_MODELS = new Set(['inpaint']);

/** The inpainting mask: 1 for kept pixels, 0 for the hidden central 14×14 square of the 28×28 image. */
export const INPAINT_MASK = Float32Array.from({ length: 784 }, (_, i) => {
  const [r, c] = [Math.floor(i / 28), i % 28];
  return r >= 7 && r < 21 && c >= 7 && c < 21 ? 0 : 1;
});

/** Writes the masked copy of `rows` images `x` into `into` (input of the inpainting model). */
export function maskImages(x, into, rows) {
  for (let i = 0; i < rows * 784; i++) into[i] = x[i] * INPAINT_MASK[i % 784];
  return into.subarray(0, rows * 784);
}
/** Rows per forward pass when measuring test accuracy. */
export const EVAL_CHUNK = 1000;

/** Builds our engine's model for `sizes` with the seeded initial weights (float32). */
export function makeEngineModel(engine, sizes) {
  return engine.mlp(sizes, { activation: 'relu', rng: engine.createRng(SEED), dtype: 'float32' });
}

/** The batch index order of one epoch over `n` samples, from the engine's seeded `batches`. */
export function batchOrder(engine, n) {
  return Array.from(engine.batches(n, BATCH_SIZE, engine.createRng(SEED + 1)), (idx) =>
    Int32Array.from(idx),
  );
}

/** Copies a model's initial parameters as layers {inF, outF, weight [out,in], bias [out]}. */
export function initialLayers(model) {
  const params = model.parameters();
  const layers = [];
  for (let i = 0; i < params.length; i += 2) {
    const [w, b] = [params[i], params[i + 1]];
    if (w.shape.length !== 2 || !b || b.shape.length !== 1 || b.shape[0] !== w.shape[0]) {
      throw new Error(
        `bench: expected (weight [out,in], bias [out]) pairs, got ${JSON.stringify(params.map((p) => p.shape))}`,
      );
    }
    layers.push({
      outF: w.shape[0],
      inF: w.shape[1],
      weight: Float32Array.from(w.data),
      bias: Float32Array.from(b.data),
    });
  }
  return layers;
}

/** Reusable batch buffers for up to `rows` samples of a split (keeps allocation out of the timed loop). */
export function batchBuffers(split, rows = BATCH_SIZE) {
  return { x: new Float32Array(rows * split.features), y: new Int32Array(rows) };
}

/**
 * Gathers the rows `idx` of a split into `buffers` (fresh ones by default) and returns views of the
 * float32 batch [B, features] and its labels. Reused buffers are overwritten by the next call, so
 * every trainer is done with a batch (graph freed / tensors disposed) before gathering the next.
 */
export function gatherBatch(split, idx, buffers = batchBuffers(split, idx.length)) {
  const f = split.features;
  const x = buffers.x.subarray(0, idx.length * f);
  const y = buffers.y.subarray(0, idx.length);
  for (let r = 0; r < idx.length; r++) {
    const i = idx[r];
    x.set(split.images.subarray(i * f, (i + 1) * f), r * f);
    y[r] = split.labels[i];
  }
  return { x, y };
}

/** Fraction of `predicted` class indices equal to `labels`. */
export function accuracy(predicted, labels) {
  let hits = 0;
  for (let i = 0; i < labels.length; i++) if (predicted[i] === labels[i]) hits++;
  return hits / labels.length;
}

/** User + system CPU seconds of this process (all its threads) since `start` (a process.cpuUsage() value). */
export function cpuSecondsSince(start) {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

/** Summarises per-batch losses and timing into the result fields shared by all implementations. */
export function summarise({ losses, samples, seconds, cpuSeconds, batches, epochBatches }) {
  const tail = losses.slice(-50);
  return {
    batches,
    epochBatches,
    fullEpoch: batches === epochBatches,
    samples,
    seconds,
    samplesPerSec: samples / seconds,
    cpuSeconds,
    samplesPerCpuSec: samples / cpuSeconds,
    firstLoss: losses[0],
    meanLossLast50: tail.reduce((a, b) => a + b, 0) / tail.length,
  };
}

/**
 * One timed pass over `order` (batches of indices), stopped early by `limits` {maxBatches,
 * maxSeconds}: gathers each batch into reused buffers, calls `step(x, y, rows)` (which trains on
 * it and returns the batch loss) and returns the shared summary. Every implementation is timed by
 * this same loop.
 */
export function timedPass(split, order, limits, step) {
  const nBatches = Math.min(limits.maxBatches ?? Infinity, order.length);
  const maxMs = (limits.maxSeconds ?? Infinity) * 1000;
  const losses = [];
  let samples = 0;
  const buffers = batchBuffers(split);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let s = 0;
  for (; s < nBatches && performance.now() - t0 < maxMs; s++) {
    const { x, y } = gatherBatch(split, order[s], buffers);
    losses.push(step(x, y, order[s].length));
    samples += order[s].length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu0);
  return summarise({
    losses,
    samples,
    seconds,
    cpuSeconds,
    batches: s,
    epochBatches: order.length,
  });
}
