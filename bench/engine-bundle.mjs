// Bundles the TypeScript engine (src/engine/index.ts, plus its matmul kernels: engine-entry.mjs) into
// one ES module Node can import, using the root's Vite (library mode, no minification), then imports it.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Repository root (the folder above bench/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the bundled engine is written (git-ignored and lint-ignored, like all of bench/results). */
export const ENGINE_BUNDLE = path.join(REPO_ROOT, 'bench', 'results', 'engine', 'engine.mjs');

/** Builds `entry` (default bench/engine-entry.mjs: the engine and its kernels) into `outFile` (default ENGINE_BUNDLE), after the wasm kernels' module. Returns the bundle's path. */
export async function buildEngine(
  entry = path.join(REPO_ROOT, 'bench', 'engine-entry.mjs'),
  outFile = ENGINE_BUNDLE,
) {
  const { buildWasm } = await import('../scripts/build-wasm.mjs');
  await buildWasm();
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      lib: { entry, formats: ['es'], fileName: () => path.basename(outFile) },
      outDir: path.dirname(outFile),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
    },
  });
  return outFile;
}

/** Imports the previously built engine bundle. */
export async function importEngine() {
  return import(pathToFileURL(ENGINE_BUNDLE).href);
}
