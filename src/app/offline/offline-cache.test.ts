import { describe, expect, it } from 'vitest';
import type { MnistManifest } from '../../data/mnist-types';
import { cacheFiles, missingFiles, mnistFiles, type FileCache } from './offline-cache';

const entry = (file: string, compressedBytes: number) => ({
  file,
  bytes: compressedBytes * 2,
  compressedBytes,
  sha256: '',
  fnv1a: '',
});

const MANIFEST = {
  test: { chunks: [{ count: 1, images: entry('t-i.u8z', 5), labels: entry('t-l.u8z', 2) }] },
  train: {
    chunks: [
      { count: 1, images: entry('a-i.u8z', 4), labels: entry('a-l.u8z', 1) },
      { count: 1, images: entry('b-i.u8z', 3), labels: entry('b-l.u8z', 1) },
    ],
  },
} as unknown as MnistManifest;

function memoryCache(): FileCache & { urls: () => string[] } {
  const map = new Map<string, Response>();
  return {
    match: async (url) => map.get(url)?.clone(),
    put: async (url, res) => void map.set(url, res),
    urls: () => [...map.keys()],
  };
}

function server(sizes: Record<string, number>, type = 'application/octet-stream'): typeof fetch {
  return (async (url: string) => {
    // The control asks past the service worker's MNIST route (see offline-cache.ts).
    if (!url.endsWith('?offline-copy')) return new Response('', { status: 404 });
    const n = sizes[url.replace(/\?offline-copy$/, '')];
    if (n === undefined)
      return new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
    return new Response(new Uint8Array(n), { headers: { 'content-type': type } });
  }) as unknown as typeof fetch;
}

describe('offline cache', () => {
  it('lists every image and label file of both splits under the base', () => {
    const files = mnistFiles(MANIFEST, '/chain-rule/');
    expect(files.map((f) => f.url)).toEqual([
      '/chain-rule/mnist/t-i.u8z',
      '/chain-rule/mnist/t-l.u8z',
      '/chain-rule/mnist/a-i.u8z',
      '/chain-rule/mnist/a-l.u8z',
      '/chain-rule/mnist/b-i.u8z',
      '/chain-rule/mnist/b-l.u8z',
    ]);
    expect(files.reduce((s, f) => s + f.bytes, 0)).toBe(16);
  });

  it('fetches only the missing files, reports progress up to the total, and stores them', async () => {
    const files = mnistFiles(MANIFEST, '/x');
    const cache = memoryCache();
    await cache.put('/x/mnist/t-i.u8z', new Response(new Uint8Array(5)));
    const missing = await missingFiles(files, cache);
    expect(missing.map((f) => f.url)).not.toContain('/x/mnist/t-i.u8z');
    expect(missing).toHaveLength(5);
    const sizes = Object.fromEntries(files.map((f) => [f.url, f.bytes]));
    const seen: [number, number][] = [];
    await cacheFiles(missing, cache, (a, b) => seen.push([a, b]), server(sizes));
    expect(seen[0]).toEqual([0, 11]);
    expect(seen.at(-1)).toEqual([11, 11]);
    expect(seen.every(([a], i) => i === 0 || a >= seen[i - 1][0])).toBe(true);
    expect(await missingFiles(files, cache)).toEqual([]);
  });

  it('refuses a missing file (the HTML page a static host sends) and a file of the wrong size', async () => {
    const files = mnistFiles(MANIFEST, '/x').slice(0, 2);
    const cache = memoryCache();
    await expect(cacheFiles(files, cache, () => undefined, server({}))).rejects.toThrow(
      /t-i\.u8z is missing on the server/,
    );
    const wrong = server({ '/x/mnist/t-i.u8z': 4, '/x/mnist/t-l.u8z': 2 });
    await expect(cacheFiles(files, cache, () => undefined, wrong)).rejects.toThrow(
      /t-i\.u8z is 4 bytes, the manifest says 5/,
    );
    expect(cache.urls()).toEqual([]);
  });
});
