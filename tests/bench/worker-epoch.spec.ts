/**
 * Benchmark (not a test): one epoch (60,000 digits) of the 784-128-10 ReLU MLP, softmax CE,
 * SGD lr 0.1, batch 64, in the training worker in headless Chromium, once on the default kernels
 * (WebAssembly SIMD) and once forced to the TypeScript kernels (`?kernels=ts`). Target for the
 * default path: under 1.5 s. Writes reports/bench/worker-epoch.json.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';

const TARGET_MS = 1500;
const SAMPLES = 60000;

/** Runs the lab's one-epoch button with the given query string; returns the lab's figures. */
async function epoch(page: Page, query: string) {
  await page.goto(`./${query}#/lab/training`);
  await page.getByTestId('bench-epoch').click();
  await expect(page.getByTestId('lab-status')).toHaveText('running', { timeout: 60_000 });
  await expect(page.getByTestId('lab-status')).toHaveText('paused', { timeout: 240_000 });
  await expect(page.getByTestId('lab-wall-ms')).not.toHaveText('–');
  const read = async (id: string) => Number(await page.getByTestId(id).textContent());
  const epochMs = await read('lab-wall-ms');
  return {
    query,
    epochMs,
    stepMs: await read('lab-train-ms'),
    iterations: await read('lab-iteration'),
    testAccuracy: await read('lab-test-accuracy'),
    samplesPerSecond: SAMPLES / (epochMs / 1000),
  };
}

test('one epoch of MLP 784-128-10 in the worker, wasm and TypeScript kernels', async ({
  page,
  browser,
}) => {
  const wasm = await epoch(page, '');
  const ts = await epoch(page, '?kernels=ts');
  const report = {
    benchmark: 'worker-epoch',
    model: '784-128-10 relu, softmax CE, SGD lr 0.1, batch 64',
    samples: SAMPLES,
    wasm,
    ts,
    speedup: ts.epochMs / wasm.epochMs,
    targetMs: TARGET_MS,
    meetsTarget: wasm.epochMs < TARGET_MS,
    browser: `chromium ${browser.version()}`,
    date: new Date().toISOString(),
  };
  mkdirSync('reports/bench', { recursive: true });
  writeFileSync('reports/bench/worker-epoch.json', `${JSON.stringify(report, null, 2)}\n`);
  const line =
    `worker epoch: wasm kernels ${wasm.epochMs} ms (${Math.round(wasm.samplesPerSecond)} samples/s, ` +
    `${wasm.stepMs} ms in steps, test accuracy ${wasm.testAccuracy}); TypeScript kernels ${ts.epochMs} ms ` +
    `(${Math.round(ts.samplesPerSecond)} samples/s); target < ${TARGET_MS} ms: ${report.meetsTarget ? 'met' : 'NOT met'}`;
  console.log(line);
  test.info().annotations.push({ type: 'bench', description: line });
  expect(wasm.iterations).toBe(Math.ceil(SAMPLES / 64));
  expect(ts.iterations).toBe(Math.ceil(SAMPLES / 64));
});
