/**
 * Loads the browser MNIST files (see scripts/build-mnist.mjs) in the page or in a worker:
 * fetch relative to the site base, gunzip with DecompressionStream, verify size and checksum.
 * The manifest is checked against MNIST's shape (mnist-manifest.ts) and the labels against the
 * manifest. Files are cached per URL for the life of the page; a failed load evicts its file and
 * the manifest, so a retry fetches both again.
 */
import { messageOf } from '../engine/errors';
import { matchesChecksum } from './checksum';
import { validateManifest } from './mnist-manifest';
import { MNIST_CLASSES } from './mnist-shape';
import type {
  LoadProgress,
  MnistDataset,
  MnistFileEntry,
  MnistManifest,
  MnistSplit,
} from './mnist-types';

/** Options shared by the load functions. */
export interface MnistLoadOptions {
  /** Called with compressed bytes received so far and the total this load needs. */
  onProgress?: (progress: LoadProgress) => void;
  /** Site base URL ending in '/'; defaults to Vite's `import.meta.env.BASE_URL`. */
  baseUrl?: string;
}

/** Options of {@link loadMnist}. */
export interface MnistSplitOptions extends MnistLoadOptions {
  /** Load only the first `count` images (train loads only the chunks it needs). Default: the whole split. */
  count?: number;
}

interface FileLoad {
  promise: Promise<Uint8Array>;
  loaded: number;
  listeners: Set<() => void>;
}

const files = new Map<string, FileLoad>();
const manifests = new Map<string, Promise<MnistManifest>>();
const HINT = 'Check that `npm run data` ran.';

function defaultBase(): string {
  return import.meta.env?.BASE_URL ?? '/';
}

/** URL of a file in the `mnist/` folder under the site base. */
export function mnistUrl(file: string, baseUrl: string = defaultBase()): string {
  return `${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}mnist/${file}`;
}

/** Forgets every cached file and manifest (tests; or to force a reload). */
export function clearMnistCache(): void {
  files.clear();
  manifests.clear();
}

/** Human name of a file for error messages, e.g. "MNIST train images (part 2 of 6)". */
function describeFile(
  split: MnistSplit,
  kind: 'images' | 'labels',
  part: number,
  parts: number,
): string {
  return `MNIST ${split} ${kind}${parts > 1 ? ` (part ${part + 1} of ${parts})` : ''}`;
}

async function fetchOrExplain(url: string, what: string, init?: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (err) {
    throw new Error(
      `Could not load ${what} (network error at ${url}: ${messageOf(err)}). ${HINT}`,
      { cause: err },
    );
  }
  if (!res.ok) throw new Error(`Could not load ${what} (HTTP ${res.status} at ${url}). ${HINT}`);
  // NOTE: single-page-app servers (vite preview, many static hosts) answer a missing file with index.html and 200.
  if (res.headers.get('content-type')?.startsWith('text/html')) {
    throw new Error(
      `Could not load ${what} (the server sent an HTML page instead of ${url}, so the file is missing). ${HINT}`,
    );
  }
  return res;
}

/** Reads a response body, calling onBytes with each chunk's size. */
async function readBody(res: Response, onBytes: (n: number) => void): Promise<Uint8Array> {
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    onBytes(buf.length);
    return buf;
  }
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    total += value.length;
    onBytes(value.length);
  }
  return concat(parts, total);
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function fetchEntry(
  url: string,
  entry: MnistFileEntry,
  what: string,
  state: FileLoad,
): Promise<Uint8Array> {
  const res = await fetchOrExplain(url, what);
  const compressed = await readBody(res, (n) => {
    state.loaded += n;
    state.listeners.forEach((l) => l());
  });
  let bytes: Uint8Array;
  try {
    bytes = await gunzip(compressed);
  } catch (err) {
    // NOTE: browsers report a bad gzip stream as "Failed to fetch", which reads like a network
    // problem: the message says what happened instead (the cause keeps the original error).
    throw new Error(
      `${what} at ${url} is corrupt: it is not a complete gzip file (${compressed.length} bytes received, ${entry.compressedBytes} expected). ${HINT}`,
      { cause: err },
    );
  }
  if (bytes.length !== entry.bytes) {
    throw new Error(
      `${what} at ${url} is corrupt (expected ${entry.bytes} bytes, got ${bytes.length}). ${HINT}`,
    );
  }
  if (!(await matchesChecksum(bytes, entry))) {
    throw new Error(`${what} at ${url} is corrupt (checksum mismatch). ${HINT}`);
  }
  return bytes;
}

/** Starts (or joins) the cached load of one file; a failure evicts it so the next call retries. */
function loadFile(entry: MnistFileEntry, what: string, baseUrl: string): FileLoad {
  const url = mnistUrl(entry.file, baseUrl);
  const cached = files.get(url);
  if (cached) return cached;
  const state: FileLoad = {
    promise: Promise.resolve(new Uint8Array()),
    loaded: 0,
    listeners: new Set(),
  };
  state.promise = fetchEntry(url, entry, what, state).then(
    (bytes) => {
      state.loaded = entry.compressedBytes;
      return bytes;
    },
    (err: unknown) => {
      if (files.get(url) === state) files.delete(url);
      throw err;
    },
  );
  files.set(url, state);
  return state;
}

/** Fetches and validates `mnist/manifest.json` (cached; evicted on failure). */
export function loadMnistManifest(options: MnistLoadOptions = {}): Promise<MnistManifest> {
  const base = options.baseUrl ?? defaultBase();
  const cached = manifests.get(base);
  if (cached) return cached;
  const url = mnistUrl('manifest.json', base);
  const promise = (async () => {
    // NOTE: 'no-cache' revalidates with the server, so a fixed manifest is seen on retry.
    const res = await fetchOrExplain(url, 'the MNIST manifest', { cache: 'no-cache' });
    let manifest: unknown;
    try {
      manifest = await res.json();
    } catch {
      throw new Error(`The MNIST manifest at ${url} is not valid JSON. ${HINT}`);
    }
    return validateManifest(manifest, url, HINT);
  })();
  manifests.set(base, promise);
  promise.catch(() => manifests.get(base) === promise && manifests.delete(base));
  return promise;
}

/** The first `length` bytes of `parts` laid end to end (the single part itself when it is exactly that). */
function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0].length === length) return parts[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    const take = Math.min(p.length, length - offset);
    out.set(p.subarray(0, take), offset);
    offset += take;
  }
  return out;
}

/**
 * Loads the first `count` images of a split (default: all), fetching only the chunks needed.
 * The arrays may be shared with the cache: treat them as read-only.
 * Rejects with a user-facing Error naming the file, the URL and the fix.
 */
export async function loadMnist(
  split: MnistSplit,
  options: MnistSplitOptions = {},
): Promise<MnistDataset> {
  const base = options.baseUrl ?? defaultBase();
  const manifest = await loadMnistManifest({ baseUrl: base });
  try {
    return await loadSplit(manifest, split, base, options);
  } catch (err) {
    // The files may not match this manifest (e.g. a checksum mismatch): fetch it again next time.
    manifests.delete(base);
    throw err;
  }
}

/** Checks that every loaded label is a digit and, for a whole split, that the counts match the manifest. */
function checkLabels(labels: Uint8Array, split: MnistSplit, manifest: MnistManifest): void {
  const counts = new Array<number>(MNIST_CLASSES).fill(0);
  for (const label of labels) {
    if (label >= MNIST_CLASSES)
      throw new Error(`The MNIST ${split} labels contain ${label}, not a digit 0–9. ${HINT}`);
    counts[label]++;
  }
  const expected = manifest[split].labelHistogram;
  if (labels.length === manifest[split].count && counts.some((c, k) => c !== expected[k])) {
    throw new Error(
      `The MNIST ${split} labels do not match the manifest (digit counts ${counts.join(', ')}; the manifest says ${expected.join(', ')}). ${HINT}`,
    );
  }
}

async function loadSplit(
  manifest: MnistManifest,
  split: MnistSplit,
  base: string,
  options: MnistSplitOptions,
): Promise<MnistDataset> {
  const info = manifest[split];
  const count = Math.max(0, Math.min(options.count ?? info.count, info.count));
  const chunks: typeof info.chunks = [];
  for (let covered = 0; covered < count && chunks.length < info.chunks.length;) {
    const chunk = info.chunks[chunks.length];
    chunks.push(chunk);
    covered += chunk.count;
  }
  const loads = chunks.flatMap((c, i) => [
    loadFile(c.images, describeFile(split, 'images', i, info.chunks.length), base),
    loadFile(c.labels, describeFile(split, 'labels', i, info.chunks.length), base),
  ]);
  const totalBytes = chunks.reduce(
    (s, c) => s + c.images.compressedBytes + c.labels.compressedBytes,
    0,
  );
  const report = () =>
    options.onProgress?.({ loadedBytes: loads.reduce((s, l) => s + l.loaded, 0), totalBytes });
  loads.forEach((l) => l.listeners.add(report));
  report();
  try {
    const bytes = await Promise.all(loads.map((l) => l.promise));
    report();
    const images = concat(
      bytes.filter((_, i) => i % 2 === 0),
      count * manifest.pixels,
    );
    const labels = concat(
      bytes.filter((_, i) => i % 2 === 1),
      count,
    );
    checkLabels(labels, split, manifest);
    return { images, labels, count };
  } finally {
    loads.forEach((l) => l.listeners.delete(report));
  }
}
