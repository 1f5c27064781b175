/**
 * The production build in dist/ (run `npx vite build` first): size budgets and the
 * Content-Security-Policy. Sizes are gzip level 6, as static hosts serve text; woff2 fonts are
 * already compressed and count as they are. The figures are printed and belong in the README.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LESSONS } from '../../src/lessons/registry';

const DIST = 'dist';
/** Budgets from issue 19 (the offline copy's is ours), in bytes (1 kB = 1000 bytes). */
const BUDGET = {
  initialJs: 100_000,
  lessonChunk: 80_000,
  firstLoad: 500_000,
  offlineCopy: 700_000,
};

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}

const read = (file: string) => readFileSync(join(DIST, file));
const wireBytes = (file: string) =>
  file.endsWith('.woff2') ? read(file).length : gzipSync(read(file), { level: 6 }).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function viteManifest(): Record<string, ManifestChunk> {
  return JSON.parse(read('.vite/manifest.json').toString('utf8')) as Record<string, ManifestChunk>;
}

/** The entry chunk and every chunk it imports statically: what runs before the first render. */
function initialChunks(manifest: Record<string, ManifestChunk>): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.entries(manifest).forEach(([key, c]) => c.isEntry && visit(key));
  return [...files];
}

test.beforeAll(() => {
  if (!existsSync(join(DIST, '.vite/manifest.json')))
    throw new Error('Run `npx vite build` first.');
});

test('initial JavaScript stays within 100 kB gzipped', () => {
  const files = initialChunks(viteManifest());
  const html = read('index.html').toString('utf8');
  for (const f of files) expect(html, `${f} is loaded by index.html`).toContain(f);
  const total = files.reduce((s, f) => s + wireBytes(f), 0);
  console.log(`initial JavaScript: ${kB(total)} gzipped (${files.join(', ')})`);
  expect(total).toBeLessThanOrEqual(BUDGET.initialJs);
});

test('each lesson’s own chunks stay within 80 kB gzipped', () => {
  const manifest = Object.values(viteManifest());
  for (const lesson of LESSONS) {
    const own = manifest.filter((c) => c.src?.startsWith(`src/lessons/${lesson.id}/`));
    expect(own.length, `${lesson.id} has chunks of its own`).toBeGreaterThan(0);
    const sizes = own.map((c) => ({ file: c.file, bytes: wireBytes(c.file) }));
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const total = sizes.reduce((s, c) => s + c.bytes, 0);
    console.log(
      `lesson ${lesson.id}: largest own chunk ${kB(largest.bytes)} (${largest.file}); ${sizes.length} chunks, ${kB(total)} in all`,
    );
    for (const c of sizes) expect(c.bytes, c.file).toBeLessThanOrEqual(BUDGET.lessonChunk);
  }
});

/** The files a fresh browser fetches for one page before the service worker copies the rest. */
async function firstViewFiles(page: Page, path: string): Promise<string[]> {
  const files = new Set<string>();
  const prefix = new URL(test.info().project.use.baseURL ?? '').pathname;
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(prefix)) return;
    const file = pathname.slice(prefix.length) || 'index.html';
    if (existsSync(join(DIST, file))) files.add(file);
  });
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  return [...files];
}

// NOTE: the service worker is blocked here, so only what the page itself needs is counted; the
// offline copy it downloads after the load event is measured (and budgeted) separately below.
test.describe('a first visit without MNIST', () => {
  test.use({ serviceWorkers: 'block' });
  for (const [label, path] of [
    ['the course map', './'],
    ['the linear lesson', './#/lesson/linear/1'],
    ['the backprop lesson', './#/lesson/backprop/3'],
  ] as const) {
    test(`${label} transfers at most 500 kB`, async ({ page }) => {
      const fetched = await firstViewFiles(page, path);
      const isDigits = (f: string) => f.startsWith('mnist/') && !f.endsWith('manifest.json');
      const files = fetched.filter((f) => !isDigits(f));
      const digits = fetched.filter(isDigits).reduce((s, f) => s + read(f).length, 0);
      const total = files.reduce((s, f) => s + wireBytes(f), 0);
      const fonts = files.filter((f) => f.endsWith('.woff2')).reduce((s, f) => s + wireBytes(f), 0);
      console.log(
        `first visit to ${label}: ${kB(total)} (${files.length} files, of which KaTeX fonts ${kB(fonts)}), and ${kB(digits)} of MNIST digits`,
      );
      expect(total).toBeLessThanOrEqual(BUDGET.firstLoad);
    });
  }
});

test('the offline copy (every lesson, the worker, styles and fonts) stays within 700 kB', () => {
  const sw = read('sw.js').toString('utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const runtime = /"\.\/(workbox-[\w-]+)"/.exec(sw)?.[1];
  expect(precached).toContain('index.html');
  expect(precached.some((f) => f.includes('train.worker'))).toBe(true);
  expect(precached.filter((f) => f.includes('mnist/') && !f.endsWith('manifest.json'))).toEqual([]);
  const files = [...precached, 'sw.js', `${runtime}.js`];
  const total = files.reduce((s, f) => s + wireBytes(f), 0);
  const fonts = files.filter((f) => f.endsWith('.woff2')).reduce((s, f) => s + wireBytes(f), 0);
  console.log(
    `offline copy, fetched by the service worker after the first page has loaded: ${kB(total)} (${files.length} files, of which KaTeX fonts ${kB(fonts)}); MNIST: ${kB(JSON.parse(read('mnist/manifest.json').toString('utf8')).totalCompressedBytes)} more, on first use or from the course map`,
  );
  expect(total).toBeLessThanOrEqual(BUDGET.offlineCopy);
});

test('the CSP allows no inline script, no other origin and no blob: workers', () => {
  const html = read('index.html').toString('utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directive = (name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `));
  // 'wasm-unsafe-eval' compiles the engine's WebAssembly kernels; it does not allow eval().
  expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  expect(directive('worker-src')).toBe("worker-src 'self'");
  expect(directive('default-src')).toBe("default-src 'self'");
  expect(csp).not.toMatch(/https?:|\*/);
  // Every script in the page is a file of the site (the service worker is registered from one).
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\bsrc="/);
    expect(body.trim()).toBe('');
  }
});
