// Trains a model with our engine (the bundled src/engine) exactly as the API documents:
// forward, fused softmax cross-entropy, zeroGrad, backward, SGD step, per batch, float32.
import {
  EVAL_CHUNK,
  LR,
  accuracy,
  batchBuffers,
  cpuSecondsSince,
  gatherBatch,
  summarise,
} from './setup.mjs';

/** One timed pass over `order`, stopped early by `limits` {maxBatches, maxSeconds}; returns the shared summary. */
export function trainEngine(engine, model, split, order, limits = {}) {
  const optimizer = new engine.SGD(model.parameters(), { lr: LR });
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
    const xs = engine.tensor(x, { shape: [order[s].length, split.features], dtype: 'float32' });
    const loss = model.forward(xs).softmaxCrossEntropy(y);
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
    losses.push(loss.item());
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

/** Class indices from `argmax(1)`, which the engine may return as an Int32Array or a tensor. */
function toIndices(argmax) {
  return argmax instanceof Int32Array ? argmax : Int32Array.from(argmax.data);
}

/** Test accuracy of the engine model on a split (no graph is recorded). */
export function evalEngine(engine, model, split) {
  const predicted = new Int32Array(split.n);
  for (let start = 0; start < split.n; start += EVAL_CHUNK) {
    const end = Math.min(start + EVAL_CHUNK, split.n);
    const x = split.images.slice(start * split.features, end * split.features);
    const xs = engine.tensor(x, { shape: [end - start, split.features], dtype: 'float32' });
    predicted.set(toIndices(engine.noGrad(() => model.forward(xs).argmax(1))), start);
  }
  return accuracy(predicted, split.labels);
}
