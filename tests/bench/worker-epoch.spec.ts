/**
 * Benchmark (not a test): one epoch (60,000 digits) of the 784-128-10 ReLU MLP, softmax CE,
 * SGD lr 0.1, batch 64, in the training worker in headless Chromium. Target: under 5 s.
 * Writes reports/bench/worker-epoch.json.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';

const TARGET_MS = 5000;
const SAMPLES = 60000;

test('one epoch of MLP 784-128-10 in the worker', async ({ page, browser }) => {
  await page.goto('./#/lab/training');
  await page.getByTestId('bench-epoch').click();
  await expect(page.getByTestId('lab-status')).toHaveText('running', { timeout: 60_000 });
  await expect(page.getByTestId('lab-status')).toHaveText('paused', { timeout: 240_000 });
  await expect(page.getByTestId('lab-wall-ms')).not.toHaveText('–');

  const read = async (id: string) => Number(await page.getByTestId(id).textContent());
  const epochMs = await read('lab-wall-ms');
  const stepMs = await read('lab-train-ms');
  const iterations = await read('lab-iteration');
  const testAccuracy = await read('lab-test-accuracy');
  const report = {
    benchmark: 'worker-epoch',
    model: '784-128-10 relu, softmax CE, SGD lr 0.1, batch 64',
    samples: SAMPLES,
    iterations,
    epochMs,
    stepMs,
    samplesPerSecond: SAMPLES / (epochMs / 1000),
    testAccuracy,
    targetMs: TARGET_MS,
    meetsTarget: epochMs < TARGET_MS,
    browser: `chromium ${browser.version()}`,
    date: new Date().toISOString(),
  };
  mkdirSync('reports/bench', { recursive: true });
  writeFileSync('reports/bench/worker-epoch.json', `${JSON.stringify(report, null, 2)}\n`);
  const line =
    `worker epoch: ${epochMs} ms (${Math.round(report.samplesPerSecond)} samples/s, ${stepMs} ms in steps), ` +
    `test accuracy ${testAccuracy}, target < ${TARGET_MS} ms: ${report.meetsTarget ? 'met' : 'NOT met'}`;
  console.log(line);
  test.info().annotations.push({ type: 'bench', description: line });
  expect(iterations).toBe(Math.ceil(SAMPLES / 64));
});
