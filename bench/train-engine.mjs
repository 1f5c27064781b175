// Trains a model with our engine (the bundled src/engine) exactly as the API documents:
// forward, fused softmax cross-entropy, zeroGrad, backward, SGD step, per batch, float32.
import { EVAL_CHUNK, LR, accuracy, timedPass } from './setup.mjs';

/** One timed pass over `order`, stopped early by `limits` {maxBatches, maxSeconds}; returns the shared summary. */
export function trainEngine(engine, model, split, order, limits = {}) {
  const optimizer = new engine.SGD(model.parameters(), { lr: LR });
  return timedPass(split, order, limits, (x, y, rows) => {
    const xs = engine.tensor(x, { shape: [rows, split.features], dtype: 'float32' });
    const loss = model.forward(xs).softmaxCrossEntropy(y);
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
    return loss.item();
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
