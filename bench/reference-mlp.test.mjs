// node --test: the hand-written yardstick does the same SGD step as a hand derivation and as TF.js.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReference, trainReference } from './reference-mlp.mjs';
import { buildTfModel, initTfjs, trainTfjs } from './train-tfjs.mjs';

/** Deterministic pseudo-random numbers in [-1, 1) (a small LCG; only needs to be varied). */
function lcg(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 31 - 1;
}

test('one step from zero weights: loss ln 3, bias moves by -lr·(softmax - onehot)', () => {
  const model = buildReference([
    { inF: 2, outF: 3, weight: new Float32Array(6), bias: new Float32Array(3) },
  ]);
  const split = {
    n: 1,
    features: 2,
    images: Float32Array.from([1, 0]),
    labels: Int32Array.from([0]),
  };
  const run = trainReference(model, split, [Int32Array.from([0])]);
  assert.ok(Math.abs(run.firstLoss - Math.log(3)) < 1e-6);
  const expected = [2 / 30, -1 / 30, -1 / 30];
  model[0].bias.forEach((b, i) => assert.ok(Math.abs(b - expected[i]) < 1e-6));
  model[0].kernel.forEach((k, i) => assert.ok(Math.abs(k - (i < 3 ? expected[i] : 0)) < 1e-6));
});

test('a 6-4-3 ReLU MLP trained 5 batches matches TF.js cpu loss by loss', async () => {
  const { tf } = await initTfjs('cpu');
  const rand = lcg(7);
  const layer = (inF, outF) => ({
    inF,
    outF,
    weight: Float32Array.from({ length: inF * outF }, rand),
    bias: Float32Array.from({ length: outF }, rand),
  });
  const layers = [layer(6, 4), layer(4, 3)];
  // Inputs with some exact zeros, as MNIST has, to exercise the zero-skipping paths.
  const images = Float32Array.from({ length: 20 * 6 }, () => Math.max(0, rand()));
  const split = {
    n: 20,
    features: 6,
    images,
    labels: Int32Array.from({ length: 20 }, (_, i) => i % 3),
  };
  const order = [0, 1, 2, 3, 4].map((b) =>
    Int32Array.from([4 * b, 4 * b + 1, 4 * b + 2, 4 * b + 3]),
  );
  const ours = buildReference(layers);
  const theirs = buildTfModel(tf, layers);
  const lossesOf = (train) => Array.from({ length: 5 }, (_, b) => train([order[b]]).firstLoss);
  const a = lossesOf((o) => trainReference(ours, split, o));
  const b = lossesOf((o) => trainTfjs(tf, theirs, split, o));
  a.forEach((loss, i) => assert.ok(Math.abs(loss - b[i]) < 1e-5, `batch ${i}: ${loss} vs ${b[i]}`));
  assert.ok(a[4] !== a[0], 'the weights changed between batches');
});

test('limits stop a run early and the summary says it was not a full epoch', () => {
  const model = buildReference([
    { inF: 2, outF: 3, weight: new Float32Array(6), bias: new Float32Array(3) },
  ]);
  const split = {
    n: 3,
    features: 2,
    images: Float32Array.from([1, 0, 0, 1, 1, 1]),
    labels: Int32Array.from([0, 1, 2]),
  };
  const order = [0, 1, 2].map((i) => Int32Array.from([i]));
  const run = trainReference(model, split, order, { maxBatches: 2 });
  assert.equal(run.batches, 2);
  assert.equal(run.samples, 2);
  assert.equal(run.fullEpoch, false);
  assert.equal(trainReference(model, split, order, { maxSeconds: 60 }).batches, 3);
});
