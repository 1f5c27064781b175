// node --test: batch gathering, accuracy and the run summary shared by every implementation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accuracy, batchBuffers, gatherBatch, initialLayers, summarise } from './setup.mjs';

/** A 4-sample split with 2 features where sample i is [10i, 10i + 1] with label i. */
const SPLIT = {
  n: 4,
  features: 2,
  images: Float32Array.from([0, 1, 10, 11, 20, 21, 30, 31]),
  labels: Int32Array.from([0, 1, 2, 3]),
};

test('gatherBatch copies the requested rows and labels in the requested order', () => {
  const { x, y } = gatherBatch(SPLIT, Int32Array.from([3, 0, 2]));
  assert.deepEqual(Array.from(x), [30, 31, 0, 1, 20, 21]);
  assert.deepEqual(Array.from(y), [3, 0, 2]);
  x[0] = -1;
  assert.equal(SPLIT.images[6], 30, 'the batch is a copy');
});

test('gatherBatch into reused buffers returns views sized to the batch', () => {
  const buffers = batchBuffers(SPLIT, 3);
  const first = gatherBatch(SPLIT, Int32Array.from([1, 2, 3]), buffers);
  assert.deepEqual(Array.from(first.x), [10, 11, 20, 21, 30, 31]);
  const second = gatherBatch(SPLIT, Int32Array.from([0]), buffers);
  assert.deepEqual(Array.from(second.x), [0, 1]);
  assert.deepEqual(Array.from(second.y), [0]);
  assert.equal(second.x.buffer, first.x.buffer, 'no new allocation');
});

test('accuracy counts matching class indices', () => {
  assert.equal(accuracy(Int32Array.from([1, 2, 3, 4]), Int32Array.from([1, 0, 3, 0])), 0.5);
});

test('summarise derives samples per second and per CPU-second, first loss and the mean of the last 50 losses', () => {
  const losses = Array.from({ length: 60 }, (_, i) => i);
  const s = summarise({
    losses,
    samples: 3000,
    seconds: 2,
    cpuSeconds: 2.5,
    batches: 60,
    epochBatches: 60,
  });
  assert.equal(s.samplesPerSec, 1500);
  assert.equal(s.samplesPerCpuSec, 1200);
  assert.equal(s.firstLoss, 0);
  assert.equal(s.meanLossLast50, (10 + 59) / 2);
  assert.equal(s.fullEpoch, true);
  assert.equal(
    summarise({ losses, samples: 1, seconds: 1, batches: 60, epochBatches: 938 }).fullEpoch,
    false,
  );
});

test('initialLayers pairs weights [out,in] with biases [out] and rejects other layouts', () => {
  const p = (shape, data) => ({ shape, data: Float32Array.from(data) });
  const model = { parameters: () => [p([2, 3], [1, 2, 3, 4, 5, 6]), p([2], [7, 8])] };
  const [layer] = initialLayers(model);
  assert.equal(layer.inF, 3);
  assert.equal(layer.outF, 2);
  assert.deepEqual(Array.from(layer.bias), [7, 8]);
  assert.throws(
    () => initialLayers({ parameters: () => [p([2, 3], [1, 2, 3, 4, 5, 6]), p([3], [0, 0, 0])] }),
    /pairs/,
  );
});
