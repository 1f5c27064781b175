import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fnv1a } from './checksum';
import { clearMnistCache, loadMnist, loadMnistManifest, mnistUrl } from './mnist-loader';
import type { LoadProgress, MnistFileEntry } from './mnist-types';

const BASE = 'http://test.local/chain-rule/';

/** Fake server: file name → body bytes (or an HTTP status). */
let served: Map<string, Uint8Array | number>;
let requested: string[];

function entry(file: string, bytes: Uint8Array): MnistFileEntry {
  const gz = new Uint8Array(gzipSync(bytes));
  served.set(file, gz);
  return {
    file,
    bytes: bytes.length,
    compressedBytes: gz.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    fnv1a: fnv1a(bytes),
  };
}

/** n images whose every pixel equals (first + image index) and labels first..first+n-1 mod 10. */
function images(n: number, first: number): Uint8Array {
  const out = new Uint8Array(n * 784);
  for (let i = 0; i < n; i++) out.fill(first + i, i * 784, (i + 1) * 784);
  return out;
}

function labels(n: number, first: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (first + i) % 10);
}

function serveManifest(): void {
  const chunk = (name: string, n: number, first: number) => ({
    count: n,
    images: entry(`${name}-images.u8z`, images(n, first)),
    labels: entry(`${name}-labels.u8z`, labels(n, first)),
  });
  const manifest = {
    format: 'chain-rule-mnist',
    version: 1,
    imageShape: [28, 28],
    pixels: 784,
    train: {
      count: 4,
      labelHistogram: [],
      chunks: [chunk('train-0', 2, 10), chunk('train-1', 2, 20)],
    },
    test: { count: 3, labelHistogram: [], chunks: [chunk('test', 3, 100)] },
    totalCompressedBytes: 0,
  };
  served.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest)));
}

beforeEach(() => {
  served = new Map();
  requested = [];
  clearMnistCache();
  serveManifest();
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
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
    expect(test.count).toBe(3);
    expect(Array.from(test.labels)).toEqual([0, 1, 2]);
    expect(test.images.length).toBe(3 * 784);
    expect([test.images[0], test.images[784], test.images[3 * 784 - 1]]).toEqual([100, 101, 102]);
  });

  it('loads only the train chunks a subset needs', async () => {
    const first = await loadMnist('train', { baseUrl: BASE, count: 2 });
    expect(Array.from(first.labels)).toEqual([0, 1]);
    expect(requested.some((u) => u.includes('train-1'))).toBe(false);
    const three = await loadMnist('train', { baseUrl: BASE, count: 3 });
    expect(Array.from(three.labels)).toEqual([0, 1, 0]);
    expect([three.images[0], three.images[784], three.images[2 * 784]]).toEqual([10, 11, 20]);
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
      /MNIST test images .* is corrupt \(could not decompress/,
    );
    served.set('test-images.u8z', good);
    await expect(loadMnist('test', { baseUrl: BASE })).resolves.toMatchObject({ count: 3 });
  });

  it('rejects a wrong size', async () => {
    served.set('test-labels.u8z', new Uint8Array(gzipSync(new Uint8Array([0, 1]))));
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(
      /MNIST test labels .* is corrupt \(expected 3 bytes, got 2\)/,
    );
  });

  it('rejects a wrong checksum (SHA-256)', async () => {
    served.set('test-labels.u8z', new Uint8Array(gzipSync(new Uint8Array([0, 1, 3]))));
    await expect(loadMnist('test', { baseUrl: BASE })).rejects.toThrow(
      /MNIST test labels .* is corrupt \(checksum mismatch\)/,
    );
  });

  it('falls back to FNV-1a when crypto.subtle is absent', async () => {
    vi.stubGlobal('crypto', {});
    await expect(loadMnist('test', { baseUrl: BASE })).resolves.toMatchObject({ count: 3 });
    clearMnistCache();
    served.set('test-labels.u8z', new Uint8Array(gzipSync(new Uint8Array([0, 1, 3]))));
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
});
