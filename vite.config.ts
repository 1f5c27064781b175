/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';

/** Site base path: GitHub Pages serves the course under a sub-path. Override with BASE_PATH. */
const BASE = process.env.BASE_PATH ?? '/chain-rule/';

export default defineConfig({
  base: BASE.endsWith('/') ? BASE : `${BASE}/`,
  plugins: [{ enforce: 'pre', ...mdx() }, react({ include: /\.(mdx|tsx|ts|jsx|js)$/ })],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 700 },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    setupFiles: ['./src/test-setup.ts'],
    reporters: ['default'],
  },
});
