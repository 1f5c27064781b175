// Trains the same model on TF.js (cpu or wasm backend): same initial weights, same batch order,
// full forward + backward + SGD update per batch, float32.
import { createRequire } from 'node:module';
import path from 'node:path';
import { EVAL_CHUNK, LR, accuracy, timedPass } from './setup.mjs';

const require = createRequire(import.meta.url);

/** Loads TF.js on `backend` ('cpu' | 'wasm'); returns tf and what the backend reports about itself. */
export async function initTfjs(backend) {
  const tf = await import('@tensorflow/tfjs');
  const info = { backend, version: tf.version.tfjs };
  const wasm = backend === 'wasm' ? await import('@tensorflow/tfjs-backend-wasm') : null;
  if (wasm) {
    const dist =
      path.join(
        path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')),
        'dist',
      ) + path.sep;
    wasm.setWasmPaths(dist);
    info.wasmVersion = wasm.version_wasm;
  }
  if (!(await tf.setBackend(backend)))
    throw new Error(`TF.js backend '${backend}' failed to initialise`);
  await tf.ready();
  if (tf.getBackend() !== backend)
    throw new Error(`TF.js is on '${tf.getBackend()}', not '${backend}'`);
  if (wasm) {
    info.simd = tf.env().getBool('WASM_HAS_SIMD_SUPPORT');
    info.threads = tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT') ? wasm.getThreadsCount() : 1;
  }
  return { tf, info };
}

/** Builds TF.js variables from the shared initial layers: kernel [in,out] (TF's layout) and bias [out]; ReLU between layers. */
export function buildTfModel(tf, layers) {
  const vars = [];
  const dense = layers.map(({ inF, outF, weight, bias }) => {
    const kernel = new Float32Array(inF * outF);
    for (let o = 0; o < outF; o++)
      for (let i = 0; i < inF; i++) kernel[i * outF + o] = weight[o * inF + i];
    const k = tf.variable(tf.tensor2d(kernel, [inF, outF]));
    const b = tf.variable(tf.tensor1d(bias));
    vars.push(k, b);
    return { k, b };
  });
  const forward = (x) =>
    dense.reduce((h, { k, b }, l) => {
      const z = tf.add(tf.matMul(h, k), b);
      return l < dense.length - 1 ? tf.relu(z) : z;
    }, x);
  return { vars, forward, classes: layers[layers.length - 1].outF };
}

/** One timed pass over `order`, stopped early by `limits` {maxBatches, maxSeconds}; returns the shared summary. */
export function trainTfjs(tf, model, split, order, limits = {}) {
  const optimizer = tf.train.sgd(LR);
  const summary = timedPass(split, order, limits, (x, y, rows) => {
    const xs = tf.tensor2d(x, [rows, split.features]);
    const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(y, 'int32'), model.classes));
    const cost = optimizer.minimize(
      () => tf.losses.softmaxCrossEntropy(ys, model.forward(xs)),
      true,
      model.vars,
    );
    const loss = cost.dataSync()[0];
    tf.dispose([xs, ys, cost]);
    return loss;
  });
  optimizer.dispose();
  return summary;
}

/** Test accuracy of the TF.js model on a split. */
export function evalTfjs(tf, model, split) {
  const predicted = new Int32Array(split.n);
  for (let start = 0; start < split.n; start += EVAL_CHUNK) {
    const end = Math.min(start + EVAL_CHUNK, split.n);
    const x = split.images.subarray(start * split.features, end * split.features);
    const pred = tf.tidy(() =>
      tf.argMax(model.forward(tf.tensor2d(x, [end - start, split.features])), 1),
    );
    predicted.set(pred.dataSync(), start);
    pred.dispose();
  }
  return accuracy(predicted, split.labels);
}
