import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fnv1a } from './checksum';
import { clearMnistCache, loadMnist, loadMnistManifest, mnistUrl } from './mnist-loader';
import type { LoadProgress, MnistFileEntry } from './mnist-types';

const BASE = 'http://test.local/chain-rule/';
const CHUNK = 10000;

/** Fake server: file name → body bytes (or an HTTP status). */
let served: Map<string, Uint8Array | number>;
let requested: string[];
let requestInits: (RequestInit | undefined)[];

/** n images whose every pixel equals (first + image index) mod 256. */
function images(n: number, first: number): Uint8Array {
  const out = new Uint8Array(n * 784);
  for (let i = 0; i < n; i++) out.fill((first + i) & 255, i * 784, (i + 1) * 784);
  return out;
}

/** Labels first..first+n-1 mod 10. */
function labels(n: number, first: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (first + i) % 10);
}

/** A full-size MNIST-shaped manifest and its gzip files (built once: hashing 55 MB takes a moment). */
const FIXTURE = (() => {
  const files = new Map<string, Uint8Array>();
  const entry = (file: string, bytes: Uint8Array): MnistFileEntry => {
    const gz = new Uint8Array(gzipSync(bytes, { level: 1 }));
    files.set(file, gz);
    return {
      file,
      bytes: bytes.length,
      compressedBytes: gz.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fnv1a: fnv1a(bytes),
    };
  };
  const split = (names: string[], firsts: number[]) => {
    const chunks = names.map((name, i) => ({
      count: CHUNK,
      images: entry(`${name}-images.u8z`, images(CHUNK, firsts[i])),
      labels: entry(`${name}-labels.u8z`, labels(CHUNK, firsts[i])),
    }));
    const histogram = new Array<number>(10).fill(0);
    names.forEach((_, i) => labels(CHUNK, firsts[i]).forEach((l) => histogram[l]++));
    return { count: names.length * CHUNK, labelHistogram: histogram, chunks };
  };
  const trainNames = Array.from({ length: 6 }, (_, i) => `train-${i}`);
  const manifest = {
    format: 'chain-rule-mnist',
    version: 1,
    imageShape: [28, 28],
    pixels: 784,
    train: split(
      trainNames,
      trainNames.map((_, i) => 10 * (i + 1)),
    ),
    test: split(['test'], [100]),
    totalCompressedBytes: 0,
  };
  return { files, manifest };
})();

/** A deep copy of the fixture manifest, to tamper with. */
function manifestCopy(): typeof FIXTURE.manifest {
  return structuredClone(FIXTURE.manifest);
}

function serveManifest(manifest: unknown = FIXTURE.manifest): void {
  served.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
}

beforeEach(() => {
  served = new Map(FIXTURE.files);
  requested = [];
  requestInits = [];
  clearMnistCache();
  serveManifest();
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    requested.push(url);
    requestInits.push(init);
    const body = served.get(url.slice(`${BASE}mnist/`.length));
    if (body === undefined) return new Response('not found', { status: 404 });
    if (typeof body === 'number') return new Response('', { status: body });
    return new Response(body as Uint8Array<ArrayBuffer>);
  });
});

afterEach(() => vi.unstubAllGlobals());

describe('mnist loader', () => {
  it('builds URLs under the site base', () => {
    expect(mnistUrl('manifest.json', '/chain-rule/')).toBe('/chain-rule/mnist/manifest.json');
    expect(mnistUrl('test-images.u8z', '/x')).toBe('/x/mnist/test-images.u8z');
  });

  it('loads and decompresses the test set', async () => {
    const test = await loadMnist('test', { baseUrl: BASE });
    expect(test.count).toBe(10000);
    expect(Array.from(test.labels.subarray(0, 3))).toEqual([0, 1, 2]);
    expect(test.images.length).toBe(10000 * 784);
    expect([test.images[0], test.images[784], test.images[3 * 784 - 1]]).toEqual([100, 101, 102]);
  });

  it('loads only the train chunks a subset needs', async () => {
    const first = await loadMnist('train', { baseUrl: BASE, count: 2 });
    expect(Array.from(first.labels)).toEqual([0, 1]);
    expect(requested.some((u) => u.includes('train-1'))).toBe(false);
    const more = await loadMnist('train', { baseUrl: BASE, count: CHUNK + 1 });
    expect(more.labels[CHUNK]).toBe(0);
    expect([more.images[0], more.images[784], more.images[CHUNK * 784]]).toEqual([10, 11, 20]);
    expect(requested.some((u) => u.includes('train-2'))).toBe(false);
  });

  it('caches files across loads', async () => {
    await loadMnist('test', { baseUrl: BASE });
    const before = requested.length;
    await loadMnist('test', { baseUrl: BASE });
    expect(requested.length).toBe(before);
  });

  it('reports progress in compressed bytes, ending at the total', async () => {
    const seen: LoadProgress[] = [];
    await loadMnist('test', { baseUrl: BASE, onProgress: (p) => seen.push(p) });
    const manifest = await loadMnistManifest({ baseUrl: BASE });
    const { images: im, labels: lb } = manifest.test.chunks[0];
    const total = im.compressedBytes + lb.compressedBytes;
    expect(seen[0]).toEqual({ loadedBytes: 0, totalBytes: total });
    expect(seen[seen.length - 1]).toEqual({ loadedBytes: total, totalBytes: total });
  });

  it('rejects a missing file with a user-facing message', async () => {
    served.set('test-images.u8z', 404);
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(
      'Could not load MNIST test images (HTTP 404 at http://test.local/chain-rule/mnist/test-images.u8z). Check that `npm run data` ran.',
    );
  });

  it('treats an HTML fallback page (SPA servers answer 200 for missing files) as missing', async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('manifest.json')
        ? new Response(served.get('manifest.json') as Uint8Array<ArrayBuffer>)
        : new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    );
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(
      'Could not load MNIST test images (the server sent an HTML page instead of http://test.local/chain-rule/mnist/test-images.u8z, so the file is missing). Check that `npm run data` ran.',
    );
  });

  it('rejects a truncated file, then succeeds on retry once the file is fixed', async () => {
    const good = served.get('test-images.u8z') as Uint8Array;
    served.set('test-images.u8z', good.subarray(0, good.length >> 1));
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(
      /^MNIST test images at \S+ is corrupt: it is not a complete gzip file \(\d+ bytes received, \d+ expected\)\. Check that `npm run data` ran\.$/,
    );
    served.set('test-images.u8z', good);
    await expect(loadMnist('test', { baseUrl: BASE })).resolves.toMatchObject({ count: 10000 });
  });

  it('rejects a wrong size', async () => {
    served.set('test-labels.u8z', new Uint8Array(gzipSync(new Uint8Array([0, 1]))));
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(
      /MNIST test labels .* is corrupt \(expected 10000 bytes, got 2\)/,
    );
  });

  it('rejects a wrong checksum (SHA-256)', async () => {
    served.set('test-labels.u8z', new Uint8Array(gzipSync(labels(CHUNK, 101))));
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(
      /MNIST test labels .* is corrupt \(checksum mismatch\)/,
    );
  });

  it('falls back to FNV-1a when crypto.subtle is absent', async () => {
    vi.stubGlobal('crypto', {});
    await expect(loadMnist('test', { baseUrl: BASE })).resolves.toMatchObject({ count: 10000 });
    clearMnistCache();
    served.set('test-labels.u8z', new Uint8Array(gzipSync(labels(CHUNK, 101))));
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(/checksum mismatch/);
  });

  it('rejects a manifest that is not JSON, and retries it afterwards', async () => {
    const good = served.get('manifest.json') as Uint8Array;
    served.set('manifest.json', new TextEncoder().encode('<!doctype html>'));
    await expect(loadMnistManifest({ baseUrl: BASE })).rejects.toThrow(
      /MNIST manifest .* is not valid JSON/,
    );
    served.set('manifest.json', good);
    await expect(loadMnistManifest({ baseUrl: BASE })).resolves.toMatchObject({ pixels: 784 });
  });

  it('fetches the manifest revalidated with the server (no stale copy from the HTTP cache)', async () => {
    await loadMnistManifest({ baseUrl: BASE });
    expect(requestInits[requested.findIndex((u) => u.endsWith('manifest.json'))]).toMatchObject({
      cache: 'no-cache',
    });
  });
});

describe('mnist manifest contents', () => {
  /** The loader's error for a manifest changed by `tamper`. */
  async function errorFor(tamper: (m: ReturnType<typeof manifestCopy>) => void): Promise<string> {
    const m = manifestCopy();
    tamper(m);
    serveManifest(m);
    clearMnistCache();
    return loadMnist('test', { baseUrl: BASE }).then(
      () => 'loaded',
      (err: Error) => err.message,
    );
  }
  const AT = `The MNIST manifest at ${BASE}mnist/manifest.json`;

  it.each([
    [
      'no test files',
      (m: ReturnType<typeof manifestCopy>) => (m.test.chunks = []),
      'lists no test files',
    ],
    [
      'no train files',
      (m: ReturnType<typeof manifestCopy>) => (m.train.chunks = []),
      'lists no train files',
    ],
    [
      'a padded test count',
      (m: ReturnType<typeof manifestCopy>) => (m.test.count = 20000),
      'says the test split has 20000 digits; MNIST has 10000',
    ],
    [
      'a count that is not a number',
      (m: ReturnType<typeof manifestCopy>) => ((m.test as { count: unknown }).count = 'abc'),
      'says the test split has "abc" digits; MNIST has 10000',
    ],
    [
      'a wrong pixel count',
      (m: ReturnType<typeof manifestCopy>) => (m.pixels = 100),
      'says an image has 100 pixels; MNIST digits have 784',
    ],
    [
      'a wrong image shape',
      (m: ReturnType<typeof manifestCopy>) => (m.imageShape = [10, 10]),
      'describes images of shape [10,10]; MNIST digits are 28×28',
    ],
    [
      'chunks that do not cover the split',
      (m: ReturnType<typeof manifestCopy>) => m.train.chunks.pop(),
      'has train files for 50000 digits, not 60000',
    ],
    [
      'a file size that does not fit the chunk',
      (m: ReturnType<typeof manifestCopy>) => (m.test.chunks[0].images.bytes = 7),
      'says the test part 1 images file has 7 bytes, not 7840000',
    ],
    [
      'a path instead of a file name',
      (m: ReturnType<typeof manifestCopy>) => (m.test.chunks[0].labels.file = '../secret'),
      'names the test part 1 labels file "../secret", not a plain file name',
    ],
    [
      'a histogram of another dataset',
      (m: ReturnType<typeof manifestCopy>) => (m.test.labelHistogram = [1, 2, 3]),
      'has a test label histogram that does not count 10000 digits in 10 classes',
    ],
  ])('rejects %s with a clear message', async (_name, tamper, problem) => {
    expect(await errorFor(tamper)).toBe(`${AT} ${problem}. Check that \`npm run data\` ran.`);
  });

  it('checks the labels against the files: a label that is not a digit', async () => {
    const bad = labels(CHUNK, 100);
    bad[5] = 12;
    const m = manifestCopy();
    const gz = new Uint8Array(gzipSync(bad));
    served.set('bad-labels.u8z', gz);
    m.test.chunks[0].labels = {
      file: 'bad-labels.u8z',
      bytes: bad.length,
      compressedBytes: gz.length,
      sha256: createHash('sha256').update(bad).digest('hex'),
      fnv1a: fnv1a(bad),
    };
    serveManifest(m);
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(
      'The MNIST test labels contain 12, not a digit 0–9.',
    );
  });

  it('checks the digit counts of a whole split against the manifest', async () => {
    const m = manifestCopy();
    const h = m.test.labelHistogram;
    [h[0], h[1]] = [h[0] + 1, h[1] - 1];
    serveManifest(m);
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(
      /^The MNIST test labels do not match the manifest \(digit counts 1000, 1000, .*; the manifest says 1001, 999, /,
    );
  });

  it('after a failure, Retry fetches the manifest again (a fixed manifest is used)', async () => {
    const m = manifestCopy();
    m.test.chunks[0].labels.sha256 = 'f'.repeat(64);
    serveManifest(m);
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(/checksum mismatch/);
    serveManifest();
    await expect(loadMnist('test', { baseUrl: BASE })).resolves.toMatchObject({ count: 10000 });
    expect(requested.filter((u) => u.endsWith('manifest.json'))).toHaveLength(2);
  });
});
