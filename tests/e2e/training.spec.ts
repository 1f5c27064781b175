/**
 * The training-loop lesson in real Chromium (every step's rendering and axe: shell.spec.ts): the
 * four beats appear in order, a short seeded run passes 90% test accuracy, a saved model loads back
 * with the same accuracy, bad model files are refused, divergence is diagnosed, and the confusion
 * matrix opens a cell.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import {
  expectNoSeriousA11yViolations,
  screenshotAllSizes,
  stepNumber,
  watchConsole,
} from './helpers';

const url = (step: string, query = '') =>
  `./#/lesson/training/${stepNumber('training', step)}${query}`;

async function accuracy(page: Page, testId: string): Promise<number> {
  const m = /([\d.]+)%/.exec((await page.getByTestId(testId).textContent()) ?? '');
  return m ? Number(m[1]) / 100 : 0;
}

test('the four beats show the batch, the loss, the gradient norms and the update in order', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await page.goto(url('loop'));
  const next = page.getByTestId('next-beat');
  await next.click();
  await expect(page.getByTestId('beat-batch').locator('canvas')).toHaveCount(16, {
    timeout: 60_000,
  });
  await expect(page.getByTestId('beat-loss')).toHaveCount(0);
  await next.click();
  await expect(page.getByTestId('beat-loss')).toContainText(/L = \d/);
  await expect(page.getByTestId('beat-grads')).toHaveCount(0);
  await next.click();
  await expect(page.getByTestId('beat-grads').locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('beat-update')).toHaveCount(0);
  await next.click();
  await expect(page.getByTestId('beat-update')).toContainText('W1');
  await expectNoSeriousA11yViolations(page);
  await screenshotAllSizes(page, 'training-loop-beats');
  consoleWatch.expectClean();
});

test('a seeded run passes 90%, its saved model loads back with the same accuracy, bad files are refused', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const consoleWatch = watchConsole(page);
  await page.goto(url('train', '?ep=1'));
  for (let i = 0; i < 3; i++) {
    await page.getByTestId('run-100').click();
    await expect(page.getByTestId('run-step')).toHaveText(String(100 * (i + 1)), {
      timeout: 60_000,
    });
    await expect(page.getByTestId('run-100')).toBeEnabled();
  }
  await expect
    .poll(() => accuracy(page, 'test-accuracy'), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(0.9);
  await screenshotAllSizes(page, 'training-train');

  await page.getByRole('link', { name: 'Interrogate the model' }).first().click();
  await expect(page.getByTestId('confusion').locator('button')).toHaveCount(100, {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: /^true 4, predicted 9:/ }).click();
  await expect(page.getByTestId('cell-digits')).toContainText('Labelled 4, predicted 9');
  await expectNoSeriousA11yViolations(page);
  await screenshotAllSizes(page, 'training-inspect');

  await page.getByRole('link', { name: 'Keep your model' }).first().click();
  const trained = await accuracy(page, 'keep-accuracy');
  expect(trained).toBeGreaterThanOrEqual(0.9);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('save-model').click();
  const saved = await (await downloading).path();
  const text = readFileSync(saved, 'utf8');
  mkdirSync('test-results/training', { recursive: true });
  const good = 'test-results/training/model.json';
  writeFileSync(good, text);
  await page.getByTestId('model-file').setInputFiles(good);
  await expect(page.getByTestId('model-message')).toContainText(
    `test accuracy ${(100 * trained).toFixed(2)}% (the file says ${(100 * trained).toFixed(2)}%)`,
  );
  const cut = 'test-results/training/cut.json';
  writeFileSync(cut, text.slice(0, 5000));
  await page.getByTestId('model-file').setInputFiles(cut);
  await expect(page.getByTestId('model-message')).toContainText('cut short');
  const other = 'test-results/training/other.json';
  writeFileSync(other, text.replace('"784-128-10 relu"', '"784-64-10 relu"'));
  await page.getByTestId('model-file').setInputFiles(other);
  await expect(page.getByTestId('model-message')).toContainText('784-64-10 relu network; yours is');
  const notModel = 'test-results/training/notes.txt';
  writeFileSync(notModel, 'hello');
  await page.getByTestId('model-file').setInputFiles(notModel);
  await expect(page.getByTestId('model-message')).toContainText('not a model file');
  expect(await accuracy(page, 'keep-accuracy')).toBe(trained);
  consoleWatch.expectClean();
});

test('too large a learning rate stops before the bad update and names the tensor', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await page.goto(url('diverge'));
  await page.getByTestId('diverge-train').click();
  await expect(page.getByTestId('divergence')).toContainText(
    /first gradient to blow up was (W|b)\d/,
    {
      timeout: 60_000,
    },
  );
  await expect(page.getByTestId('divergence')).toContainText('Lower the learning rate');
  await screenshotAllSizes(page, 'training-diverge');
  consoleWatch.expectClean();
});

test('out-of-range link values are clamped with a visible notice', async ({ page }) => {
  await page.goto(url('train', '?lr=50&layers=9&act=bogus'));
  await expect(page.getByTestId('clamped-notice')).toContainText(
    'lr = 50 is out of range (0.00001 to 10); using 10',
  );
  await expect(page.getByTestId('clamped-notice')).toContainText(
    'layers = 9 is out of range (1 to 3); using 3',
  );
  await expect(page.getByText(/could not read.*“act”/)).toBeVisible();
});
