import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** Browser benchmarks (`npm run bench`): same server and browser as the tests, one worker, no timeout pressure. */
export default defineConfig({
  ...base,
  testDir: 'tests/bench',
  outputDir: 'test-results-bench',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
});
