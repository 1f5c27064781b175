// node --test: the TF.js side computes x·Wᵀ + b from our [out,in] weights and does a real SGD step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTfModel, initTfjs, trainTfjs } from './train-tfjs.mjs';

const { tf } = await initTfjs('cpu');

/** Asserts two number arrays agree to float32 precision. */
function assertClose(actual, expected, tol = 1e-6) {
  assert.equal(actual.length, expected.length);
  actual.forEach((a, i) =>
    assert.ok(Math.abs(a - expected[i]) <= tol, `index ${i}: ${a} vs ${expected[i]}`),
  );
}

test('buildTfModel transposes [out,in] weights: forward is x·Wᵀ + b with ReLU between layers', () => {
  // W1 = [[1, 2], [-3, 4]], b1 = [0, 1]; W2 = [[1, 1]], b2 = [-1]; x = [1, 1].
  // z1 = [1+2, -3+4] + [0, 1] = [3, 2]; relu -> [3, 2]; z2 = 3 + 2 - 1 = 4.
  const layers = [
    { inF: 2, outF: 2, weight: Float32Array.from([1, 2, -3, 4]), bias: Float32Array.from([0, 1]) },
    { inF: 2, outF: 1, weight: Float32Array.from([1, 1]), bias: Float32Array.from([-1]) },
  ];
  const model = buildTfModel(tf, layers);
  assert.equal(model.classes, 1);
  assertClose(Array.from(model.forward(tf.tensor2d([1, 1], [1, 2])).dataSync()), [4]);
  // x = [-1, 0]: z1 = [-1, 3] + [0, 1] = [-1, 4]; relu -> [0, 4]; z2 = 4 - 1 = 3.
  assertClose(Array.from(model.forward(tf.tensor2d([-1, 0], [1, 2])).dataSync()), [3]);
});

test('trainTfjs: zero weights give loss ln 3 and one SGD step moves W and b by -lr·(softmax - onehot)·x', () => {
  const layer = { inF: 2, outF: 3, weight: new Float32Array(6), bias: new Float32Array(3) };
  const model = buildTfModel(tf, [layer]);
  const split = {
    n: 1,
    features: 2,
    images: Float32Array.from([1, 0]),
    labels: Int32Array.from([0]),
  };
  const run = trainTfjs(tf, model, split, [Int32Array.from([0])]);
  assertClose([run.firstLoss], [Math.log(3)]);
  // softmax of zero logits = 1/3 each; grad b = [1/3 - 1, 1/3, 1/3]; lr 0.1.
  const step = [2 / 30, -1 / 30, -1 / 30];
  const [kernel, bias] = model.vars.map((v) => Array.from(v.dataSync()));
  assertClose(bias, step);
  // kernel [in=2, out=3]: row of feature 0 (x=1) moves like the bias, row of feature 1 (x=0) stays.
  assertClose(kernel, [...step, 0, 0, 0]);
  assert.equal(run.samples, 1);
  assert.equal(run.fullEpoch, true);
});
