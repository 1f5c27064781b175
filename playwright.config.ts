import { defineConfig } from '@playwright/test';

/** Port of the `vite preview` server the tests run against (override with PW_PORT). */
const PORT = Number(process.env.PW_PORT ?? 4173);
/** Sub-path the site is built for, as on GitHub Pages. */
const BASE = process.env.BASE_PATH ?? '/chain-rule/';

/** Chromium flags for this machine: Debian's browser, no network beyond localhost. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 2,
  fullyParallel: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}${BASE}`,
    viewport: { width: 1280, height: 720 },
    // NOTE: each test's fresh context would otherwise install the service worker and download the
    // whole offline copy (180 files) in the background; offline.spec.ts allows it where it tests it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}${BASE}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
