/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkGfm from 'remark-gfm';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Content-Security-Policy for the built site: no inline script, no remote origin; `'wasm-unsafe-eval'`
 * lets the page compile WebAssembly (the SIMD kernels) without allowing `eval` of JavaScript.
 * `style-src 'unsafe-inline'` is for inline styles, which cannot run code: KaTeX places glyphs
 * with `style="…"` attributes on its spans, and React writes `style={…}` props (figure sizes,
 * colours, progress-bar widths) as style attributes. Both workers (training, service worker)
 * are files of the site, so `worker-src` has no `blob:`.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Injects the CSP meta tag at build time only (the dev server needs an inline React-refresh preamble). */
const cspPlugin: Plugin = {
  name: 'chain-rule-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    ),
};

/** Site base path: GitHub Pages serves the course under a sub-path. Override with BASE_PATH. */
const RAW_BASE = process.env.BASE_PATH ?? '/chain-rule/';
const BASE = RAW_BASE.endsWith('/') ? RAW_BASE : `${RAW_BASE}/`;

/**
 * Cache of the MNIST data files. NOTE: the same name as MNIST_CACHE in
 * src/app/offline/cache-names.ts, which the course map's offline control fills (the offline
 * browser test fails if they differ: it trains offline on files only that control fetched).
 */
const MNIST_CACHE = 'chain-rule-mnist-v1';

/** Escapes a string for a regular expression. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * KaTeX font families the course's formulas use (woff2: every browser that runs the course picks
 * that format first). They are precached; KaTeX's other faces (Fraktur, Script, sans-serif,
 * typewriter, bold italic), which no formula uses today, are cached the first time one is needed.
 */
const KATEX_FONTS = [
  'Main-Regular',
  'Main-Bold',
  'Main-Italic',
  'Math-Italic',
  'AMS-Regular',
  'Caligraphic-Regular',
  'Size1-Regular',
  'Size2-Regular',
  'Size3-Regular',
  'Size4-Regular',
];

/**
 * The service worker (Workbox, generated at build time; scoped to the base path). It precaches
 * the app shell, every lesson and step chunk, the training worker, the styles, the KaTeX fonts
 * above and the MNIST manifest; the developer pages (gallery, training lab) are left out. The
 * MNIST data files (about 11 MB) are cached on first use. A new deployment waits ('prompt'): the
 * page says a new version is ready and reloads only when asked. The page registers it from the
 * bundle (src/app/offline/register.ts), never from an inline script.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  filename: 'sw.js',
  scope: BASE,
  workbox: {
    globPatterns: [
      '**/*.{js,css,html,svg,webmanifest}',
      `assets/KaTeX_{${KATEX_FONTS.join(',')}}-*.woff2`,
      'mnist/manifest.json',
    ],
    globIgnores: ['**/GalleryPage-*', '**/TrainingLab-*'],
    navigateFallback: 'index.html',
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    runtimeCaching: [
      {
        urlPattern: /\/assets\/KaTeX_[^/]+\.woff2$/,
        handler: 'CacheFirst',
        options: { cacheName: 'chain-rule-fonts', cacheableResponse: { statuses: [200] } },
      },
      {
        urlPattern: new RegExp(`${escapeRegExp(BASE)}mnist/[^/?#]+\\.u8z$`),
        handler: 'CacheFirst',
        options: {
          cacheName: MNIST_CACHE,
          // NOTE: serialised into the worker, so it must not refer to anything outside itself.
          // Only a real file is kept: not an error, and not the HTML page that single-page-app
          // hosts send for a missing file with status 200.
          plugins: [
            {
              cacheWillUpdate: async ({ response }) =>
                response.status === 200 &&
                !(response.headers.get('content-type') ?? '').startsWith('text/html')
                  ? response
                  : null,
            },
          ],
        },
      },
    ],
  },
});

export default defineConfig({
  base: BASE,
  plugins: [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkGfm] }) },
    react({ include: /\.(mdx|tsx|ts|jsx|js)$/ }),
    cspPlugin,
    pwa,
  ],
  worker: { format: 'es' },
  // The manifest (dist/.vite/manifest.json) lets the budget test tell the entry from lessons.
  build: { target: 'es2022', chunkSizeWarningLimit: 700, manifest: true },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    setupFiles: ['./src/test-setup.ts'],
    reporters: ['default'],
    // NOTE: on a 2-core machine Vitest's default (one fewer worker than cores, in forked
    // processes) runs the files one at a time; two threads took the suite from 116 s to 78 s.
    pool: 'threads',
    maxWorkers: 2,
  },
});
