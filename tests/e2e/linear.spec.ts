/**
 * The linear lesson in real Chromium: live training reaches a good test accuracy, the templates
 * render, a drawn digit gets a prediction, divergence is reported and reset, and a failed MNIST
 * download shows a message with a working Retry.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  expectNoSeriousA11yViolations,
  screenshotAllSizes,
  watchConsole,
  stepNumber,
} from './helpers';

/** Reads the test accuracy readout ("91.2%") as a fraction, or 0 before the first evaluation. */
async function testAccuracy(page: Page): Promise<number> {
  const text = (await page.getByTestId('linear-test-accuracy').textContent()) ?? '';
  const m = /([\d.]+)%/.exec(text);
  return m ? Number(m[1]) / 100 : 0;
}

test('training reaches at least 85% test accuracy and the templates render', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto(`./#/lesson/linear/${stepNumber('linear', 'train')}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Training it on MNIST, live' }),
  ).toBeVisible();
  const t0 = Date.now();
  await page.getByRole('button', { name: /Play/ }).click();
  await expect
    .poll(() => testAccuracy(page), { timeout: 60_000, intervals: [200] })
    .toBeGreaterThanOrEqual(0.85);
  // The default run (seeded, deterministic) passes 90% on the test set; how fast is measured in `npm run bench`.
  await expect
    .poll(() => testAccuracy(page), { timeout: 60_000, intervals: [200] })
    .toBeGreaterThanOrEqual(0.9);
  const seconds = (Date.now() - t0) / 1000;
  test.info().annotations.push({ type: 'time to 90%', description: `${seconds.toFixed(1)} s` });
  console.log(`linear lesson: 90% test accuracy ${seconds.toFixed(1)} s after Play`);
  const templates = page.getByTestId('linear-templates').locator('canvas');
  await expect(templates).toHaveCount(10);
  // The templates were painted: a canvas that learned something is not uniform.
  const distinctColours = await templates.first().evaluate((c) => {
    const ctx = (c as HTMLCanvasElement).getContext('2d');
    const data = ctx ? ctx.getImageData(0, 0, 28, 28).data : new Uint8ClampedArray();
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 4) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return seen.size;
  });
  expect(distinctColours).toBeGreaterThan(10);
  // The recipe has been followed up to evaluation.
  await expect(page.getByRole('navigation', { name: /5 of 5 steps done/ })).toBeVisible();
  await page.getByRole('button', { name: /Pause/ }).click();
  await expectNoSeriousA11yViolations(page);
  await screenshotAllSizes(page, 'linear-train-trained');
  // The variation step now shows the trained model's own 4-or-9 confusions.
  await page.getByRole('link', { name: 'Why no hand-written rule works' }).first().click();
  await expect(page.getByText(/the linear model calls \d+ of the 982 test 4s a 9/)).toBeVisible({
    timeout: 30_000,
  });
  consoleWatch.expectClean();
});

test('a diverging learning rate says where it diverged, and reset recovers', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto(`./#/lesson/linear/${stepNumber('linear', 'train')}?lr=50`);
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('linear-diverged')).toContainText(/Diverged at step \d+/, {
    timeout: 60_000,
  });
  // The exploding batch is marked on the (now log-scale) loss chart.
  await expect(page.getByTestId('chart-marker')).toContainText(/diverged: \d/);
  await screenshotAllSizes(page, 'linear-train-diverged');
  await page.getByRole('button', { name: /Reset/ }).click();
  await expect(page.getByTestId('linear-diverged')).toHaveCount(0);
  await expect(page.getByTestId('linear-train-status')).toContainText('step 0');
  consoleWatch.expectClean();
});

test('drawing a digit yields a prediction and its contribution map', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto(`./#/lesson/linear/${stepNumber('linear', 'draw')}`);
  await expect(page.getByText('Draw a digit in the box')).toBeVisible({ timeout: 60_000 });
  const pad = page
    .getByRole('img', { name: /Drawing pad/ })
    .or(page.locator('.cr-digit-draw__pad'))
    .first();
  const box = await pad.boundingBox();
  if (!box) throw new Error('no drawing pad');
  // A "1": one vertical stroke down the middle.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * (0.15 + 0.07 * i));
  await page.mouse.up();
  await expect(page.getByTestId('linear-prediction')).toContainText(/The model reads a \d/);
  await expect(page.getByRole('table', { name: 'Scores of your drawing' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshotAllSizes(page, 'linear-draw');
  consoleWatch.expectClean();
});

test('without a mouse, a test digit chosen with the keyboard gets a prediction', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await page.goto(`./#/lesson/linear/${stepNumber('linear', 'draw')}`);
  await expect(page.getByText('Draw a digit in the box')).toBeVisible({ timeout: 60_000 });
  const picker = page.getByLabel('Or use test digit #');
  await picker.fill('1');
  await picker.press('Tab');
  const use = page.getByRole('button', { name: 'Use this digit (label 2)' });
  await expect(use).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('linear-prediction')).toContainText(/The model reads a \d/);
  await expect(page.getByRole('table', { name: 'Scores of your drawing' })).toBeVisible();
  consoleWatch.expectClean();
});

test('the pixel grid reads out a value on hover', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto(`./#/lesson/linear/${stepNumber('linear', 'pixels')}`);
  const grid = page.locator('.cr-pixel-grid__svg');
  await expect(grid).toBeVisible({ timeout: 30_000 });
  await grid.scrollIntoViewIfNeeded();
  const box = await grid.boundingBox();
  if (!box) throw new Error('no grid');
  await page.mouse.move(box.x + box.width * (14.5 / 28), box.y + box.height * (14.5 / 28));
  await expect(page.locator('.cr-pixel-grid__readout')).toContainText(/row 14, col 14: \d+/);
  consoleWatch.expectClean();
});

test('a failed MNIST download shows a message and a Retry that works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let failing = true;
  await page
    .context()
    .route('**/mnist/**', (route) => (failing ? route.abort() : route.continue()));
  await page.goto(`./#/lesson/linear/${stepNumber('linear', 'pixels')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The MNIST digits could not be loaded');
  await expect(alert).toContainText(/Could not load/);
  await screenshotAllSizes(page, 'linear-load-failed');
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.cr-pixel-grid__svg')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('presenter mode shows the model step with its scores', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto(`./#/lesson/linear/${stepNumber('linear', 'model')}?present=1`);
  await expect(page.locator('.presenter')).toBeVisible();
  await expect(page.getByRole('table', { name: /Scores of digit #0/ })).toBeVisible({
    timeout: 60_000,
  });
  await expectNoSeriousA11yViolations(page);
  await screenshotAllSizes(page, 'linear-presenter-model');
  consoleWatch.expectClean();
});

test('a training run belongs to the lesson: leaving it terminates the worker, and memory stays flat', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const consoleWatch = watchConsole(page);
  const train = `#/lesson/linear/${stepNumber('linear', 'train')}`;
  await page.goto(`./${train}`);
  const cdp = await page.context().newCDPSession(page);
  const heapMb = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1e6;
  };
  const heap: number[] = [];
  for (let round = 1; round <= 20; round++) {
    await page.evaluate((hash) => (location.hash = hash), train);
    await page.getByRole('button', { name: /Play/ }).click();
    await expect(page.getByTestId('linear-train-status')).toContainText('Training', {
      timeout: 60_000,
    });
    await expect.poll(() => page.workers().length).toBeGreaterThanOrEqual(1);
    await page.evaluate(() => (location.hash = '#/lesson/welcome/1'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The lesson's layout unmounted: its store terminated the worker.
    await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
    if (round === 5 || round === 20) heap.push(await heapMb());
  }
  await page.evaluate((hash) => (location.hash = hash), train);
  await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
  expect(page.workers().length).toBeLessThanOrEqual(1);
  console.log(
    `linear lesson: JS heap ${heap[0].toFixed(1)} MB at round 5, ${heap[1].toFixed(1)} MB at round 20`,
  );
  expect(heap[1]).toBeLessThanOrEqual(heap[0] * 1.1);
  consoleWatch.expectClean();
});
