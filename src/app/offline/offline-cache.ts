/**
 * "Make the course available offline": the MNIST files are cached on first use by the service
 * worker; this module fetches the missing ones ahead of time into the same cache, with progress,
 * and reports how much storage the course uses.
 */
import type { MnistManifest } from '../../data/mnist-types';
import { MNIST_CACHE } from './cache-names';

/** One data file the course can cache. */
export interface OfflineFile {
  /** Absolute path of the file (under the site base). */
  url: string;
  /** Its size on the wire, from the manifest. */
  bytes: number;
}

/** The parts of the Cache API this module uses (a fake in tests). */
export interface FileCache {
  /** The cached response for a URL, if any. */
  match: (url: string) => Promise<Response | undefined>;
  /** Stores a response. */
  put: (url: string, response: Response) => Promise<void>;
}

/** Every MNIST data file of a manifest (images and labels of each chunk of both splits). */
export function mnistFiles(manifest: MnistManifest, base: string): OfflineFile[] {
  const root = `${base.endsWith('/') ? base : `${base}/`}mnist/`;
  return [manifest.test, manifest.train].flatMap((split) =>
    split.chunks.flatMap((c) =>
      [c.images, c.labels].map((e) => ({ url: root + e.file, bytes: e.compressedBytes })),
    ),
  );
}

/** The files not in the cache yet. */
export async function missingFiles(files: OfflineFile[], cache: FileCache): Promise<OfflineFile[]> {
  const cached = await Promise.all(files.map((f) => cache.match(f.url)));
  return files.filter((_, i) => cached[i] === undefined);
}

/** Reads a response body, reporting each chunk's size. */
async function readAll(res: Response, onBytes: (n: number) => void): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  const reader = res.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await res.arrayBuffer());
    onBytes(whole.length);
    return whole;
  }
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    parts.push(r.value);
    length += r.value.length;
    onBytes(r.value.length);
  }
  const out = new Uint8Array(length);
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** Fetches one file and checks it is the file the manifest lists (status, type and size). */
async function fetchChecked(
  file: OfflineFile,
  fetchFile: typeof fetch,
  onBytes: (n: number) => void,
): Promise<Response> {
  // NOTE: the query keeps the request out of the service worker's own MNIST route, so each file
  // is downloaded and stored once, here.
  const res = await fetchFile(`${file.url}?offline-copy`);
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok || type.startsWith('text/html')) {
    throw new Error(`${file.url} is missing on the server (HTTP ${res.status}).`);
  }
  const body = await readAll(res, onBytes);
  if (body.length !== file.bytes) {
    throw new Error(`${file.url} is ${body.length} bytes, the manifest says ${file.bytes}.`);
  }
  return new Response(body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: { 'content-type': type || 'application/octet-stream' },
  });
}

/**
 * Fetches each file into the cache, one after another, calling `onProgress` with the bytes
 * received so far and the total. Rejects with a readable message on the first failure (the
 * files already stored stay stored, so pressing the button again resumes).
 */
export async function cacheFiles(
  files: OfflineFile[],
  cache: FileCache,
  onProgress: (loaded: number, total: number) => void,
  fetchFile: typeof fetch = fetch,
): Promise<void> {
  const total = files.reduce((s, f) => s + f.bytes, 0);
  let loaded = 0;
  onProgress(0, total);
  for (const file of files) {
    const before = loaded;
    const response = await fetchChecked(file, fetchFile, (n) => {
      loaded += n;
      onProgress(loaded, total);
    });
    await cache.put(file.url, response);
    loaded = before + file.bytes;
    onProgress(loaded, total);
  }
}

/** Opens the MNIST cache, or null where the Cache API is missing (plain http on another host). */
export async function openMnistCache(): Promise<FileCache | null> {
  if (typeof caches === 'undefined') return null;
  return caches.open(MNIST_CACHE);
}

/** Bytes of storage this site uses (all caches and stores), or null when the browser won't say. */
export async function storageUsed(): Promise<number | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return typeof estimate?.usage === 'number' ? estimate.usage : null;
}
