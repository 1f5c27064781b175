/**
 * Checks `mnist/manifest.json` against MNIST's known shape (28×28 images, 60,000 train and 10,000
 * test digits, ten classes) and its own consistency (chunks that cover each split, file sizes that
 * match the chunk counts, well-formed names and checksums), so a wrong manifest fails with a
 * clear message instead of giving silently wrong data.
 */
import {
  MNIST_CLASSES,
  MNIST_PIXELS,
  MNIST_SIDE,
  MNIST_TEST_COUNT,
  MNIST_TRAIN_COUNT,
} from './mnist-shape';
import type { MnistFileEntry, MnistManifest, MnistSplit } from './mnist-types';

/** The number of digits in each split of MNIST. */
export const MNIST_SPLIT_COUNT: Readonly<Record<MnistSplit, number>> = {
  train: MNIST_TRAIN_COUNT,
  test: MNIST_TEST_COUNT,
};

/** Thrown (and caught by the loader) with the sentence that says what is wrong. */
class ManifestProblem extends Error {}

function check(ok: boolean, problem: string): void {
  if (!ok) throw new ManifestProblem(problem);
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Checks one file entry whose uncompressed size must be `bytes`. */
function checkEntry(entry: unknown, bytes: number, what: string): void {
  check(isRecord(entry), `has no ${what} file`);
  const e = entry as Partial<MnistFileEntry>;
  check(
    typeof e.file === 'string' && /^[\w.-]+$/.test(e.file) && !e.file.startsWith('.'),
    `names the ${what} file ${JSON.stringify(e.file)}, not a plain file name`,
  );
  check(e.bytes === bytes, `says the ${what} file has ${String(e.bytes)} bytes, not ${bytes}`);
  check(
    isCount(e.compressedBytes) && e.compressedBytes > 0,
    `gives the ${what} file a compressed size of ${String(e.compressedBytes)}`,
  );
  check(
    typeof e.sha256 === 'string' && /^[0-9a-f]{64}$/.test(e.sha256),
    `gives the ${what} file no SHA-256 checksum`,
  );
  check(
    typeof e.fnv1a === 'string' && /^[0-9a-f]{8}$/.test(e.fnv1a),
    `gives the ${what} file no FNV-1a checksum`,
  );
}

/** Checks one split: its count, label histogram, and chunks that cover exactly that count. */
function checkSplit(manifest: Record<string, unknown>, split: MnistSplit): void {
  const info = manifest[split];
  check(isRecord(info), `has no ${split} split`);
  const s = info as Record<string, unknown>;
  const expected = MNIST_SPLIT_COUNT[split];
  check(
    s.count === expected,
    `says the ${split} split has ${JSON.stringify(s.count)} digits; MNIST has ${expected}`,
  );
  const hist = s.labelHistogram;
  check(
    Array.isArray(hist) &&
      hist.length === MNIST_CLASSES &&
      hist.every(isCount) &&
      hist.reduce((a: number, b: number) => a + b, 0) === expected,
    `has a ${split} label histogram that does not count ${expected} digits in ${MNIST_CLASSES} classes`,
  );
  const chunks = s.chunks;
  check(Array.isArray(chunks) && chunks.length > 0, `lists no ${split} files`);
  let covered = 0;
  (chunks as unknown[]).forEach((chunk, i) => {
    const what = `${split} part ${i + 1}`;
    check(isRecord(chunk), `has a ${what} that is not an object`);
    const c = chunk as Record<string, unknown>;
    check(isCount(c.count) && c.count > 0, `gives ${what} ${JSON.stringify(c.count)} digits`);
    const n = c.count as number;
    checkEntry(c.images, n * MNIST_PIXELS, `${what} images`);
    checkEntry(c.labels, n, `${what} labels`);
    covered += n;
  });
  check(covered === expected, `has ${split} files for ${covered} digits, not ${expected}`);
}

/**
 * Returns the manifest when it describes MNIST; otherwise throws an Error naming the URL, what is
 * wrong and the fix.
 */
export function validateManifest(manifest: unknown, url: string, hint: string): MnistManifest {
  try {
    check(isRecord(manifest) && manifest.format === 'chain-rule-mnist', 'has an unknown format');
    const m = manifest as Record<string, unknown>;
    const shape = m.imageShape;
    check(
      Array.isArray(shape) && shape.length === 2 && shape.every((d) => d === MNIST_SIDE),
      `describes images of shape ${JSON.stringify(shape)}; MNIST digits are ${MNIST_SIDE}×${MNIST_SIDE}`,
    );
    check(
      m.pixels === MNIST_PIXELS,
      `says an image has ${JSON.stringify(m.pixels)} pixels; MNIST digits have ${MNIST_PIXELS}`,
    );
    checkSplit(m, 'train');
    checkSplit(m, 'test');
    return manifest as unknown as MnistManifest;
  } catch (err) {
    if (!(err instanceof ManifestProblem)) throw err;
    throw new Error(`The MNIST manifest at ${url} ${err.message}. ${hint}`, { cause: err });
  }
}
