// node --test: our engine, driven exactly as the benchmark drives it, trains the same model as
// the hand-written yardstick from the same weights and batches (builds the engine bundle first).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildEngine, importEngine } from './engine-bundle.mjs';
import { buildReference, trainReference } from './reference-mlp.mjs';
import { initialLayers } from './setup.mjs';
import { evalEngine, trainEngine } from './train-engine.mjs';

let engine;
before(async () => {
  await buildEngine();
  engine = await importEngine();
});

/** A seeded 20-sample, 6-feature, 3-class split with some exact zeros (as MNIST has). */
function toySplit(rng) {
  const images = Float32Array.from({ length: 20 * 6 }, () => Math.max(0, rng.next() * 2 - 0.7));
  return { n: 20, features: 6, images, labels: Int32Array.from({ length: 20 }, () => rng.int(3)) };
}

test('engine and the hand-written MLP agree loss by loss over 5 SGD steps', () => {
  const rng = engine.createRng(3);
  const model = engine.mlp([6, 5, 3], { activation: 'relu', rng, dtype: 'float32' });
  const reference = buildReference(initialLayers(model));
  const split = toySplit(rng);
  const order = Array.from(engine.batches(split.n, 4, rng));
  const ours = trainEngine(engine, model, split, order);
  const theirs = trainReference(reference, split, order);
  assert.equal(ours.batches, 5);
  assert.ok(
    Math.abs(ours.firstLoss - theirs.firstLoss) < 1e-5,
    `${ours.firstLoss} vs ${theirs.firstLoss}`,
  );
  assert.ok(
    Math.abs(ours.meanLossLast50 - theirs.meanLossLast50) < 1e-5,
    `${ours.meanLossLast50} vs ${theirs.meanLossLast50}`,
  );
});

test('evalEngine scores a model whose argmax is known', () => {
  // One linear layer with W = identity (3×3) and b = 0: the prediction is the argmax of the input.
  const model = engine.mlp([3, 3], {
    activation: 'relu',
    rng: engine.createRng(1),
    dtype: 'float32',
  });
  const [w, b] = model.parameters();
  w.data.set([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  b.data.fill(0);
  const split = {
    n: 4,
    features: 3,
    images: Float32Array.from([1, 0, 0, 0, 2, 1, 0, 0, 3, 5, 1, 0]),
    labels: Int32Array.from([0, 1, 2, 1]),
  };
  assert.equal(evalEngine(engine, model, split), 0.75);
});
