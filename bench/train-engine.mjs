// Trains a model with our engine (the bundled src/engine) exactly as the API documents:
// forward, fused softmax cross-entropy, zeroGrad, backward, SGD step, per batch, float32.
import { BATCH_SIZE, EVAL_CHUNK, LR, accuracy, maskImages, timedPass } from './setup.mjs';

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

/** Inpainting: one timed pass training the model to map masked images to whole ones (½‖ŷ − x‖², batch mean). */
export function trainEngineInpaint(engine, model, split, order, limits = {}) {
  const optimizer = new engine.SGD(model.parameters(), { lr: LR });
  const masked = new Float32Array(BATCH_SIZE * split.features);
  return timedPass(split, order, limits, (x, _y, rows) => {
    const shape = [rows, split.features];
    const input = engine.tensor(maskImages(x, masked, rows), { shape, dtype: 'float32' });
    const target = engine.tensor(x, { shape, dtype: 'float32' });
    const loss = model.forward(input).halfSquaredError(target, 'mean');
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
    return loss.item();
  });
}

/** Mean inpainting loss ½‖ŷ − x‖² per test image (no graph is recorded). */
export function evalEngineInpaint(engine, model, split) {
  let total = 0;
  const masked = new Float32Array(EVAL_CHUNK * split.features);
  for (let start = 0; start < split.n; start += EVAL_CHUNK) {
    const end = Math.min(start + EVAL_CHUNK, split.n);
    const x = split.images.subarray(start * split.features, end * split.features);
    const shape = [end - start, split.features];
    const input = engine.tensor(maskImages(x, masked, end - start), { shape, dtype: 'float32' });
    const target = engine.tensor(x, { shape, dtype: 'float32' });
    total += engine.noGrad(() => model.forward(input).halfSquaredError(target).item());
  }
  return total / split.n;
}
