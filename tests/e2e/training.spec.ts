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

test('leaving the lesson stops its workers; coming back offers to resume the kept network', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const consoleWatch = watchConsole(page);
  await page.goto(url('train', '?ep=1&width=64'));
  await page.getByTestId('run-100').click();
  await expect(page.getByTestId('run-step')).toHaveText('100', { timeout: 90_000 });
  await expect(page.getByTestId('test-accuracy')).toHaveText(/\d+\.\d+%/);
  const trained = await page.getByTestId('test-accuracy').textContent();
  await page.goto('./#/');
  await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
  // Back with a link to other settings: the offer names the kept network and restores its own.
  await page.goto(url('diverge'));
  const offer = page.getByTestId('kept-run');
  await expect(offer).toContainText('784-64-10 relu network');
  await expect(offer).toContainText(`step 100 (test accuracy ${trained})`);
  await expectNoSeriousA11yViolations(page);
  await screenshotAllSizes(page, 'training-kept-offer');
  await page.getByTestId('resume-kept').click();
  await expect(offer).toHaveCount(0);
  await page.getByRole('link', { name: 'Train your own network' }).first().click();
  await expect(page.getByTestId('run-step')).toHaveText('100', { timeout: 90_000 });
  await expect(page.getByTestId('test-accuracy')).toHaveText(trained!, { timeout: 30_000 });
  await expect(page.getByLabel('Units per layer')).toHaveValue('64');
  // Start over: the next visit offers nothing.
  await page.goto('./#/');
  await page.goto(url('train'));
  await page.getByTestId('start-over').click();
  await page.goto('./#/');
  await page.goto(url('train'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('kept-run')).toHaveCount(0);
  consoleWatch.expectClean();
});

test.describe('draw', () => {
  test.use({ hasTouch: true });

  test('a digit drawn with the mouse or a finger, or a test digit chosen by keyboard, gets both models’ probabilities', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const consoleWatch = watchConsole(page);
    await page.goto(url('train', '?ep=1'));
    await page.getByTestId('run-100').click();
    await expect(page.getByTestId('run-step')).toHaveText('100', { timeout: 90_000 });
    await expect(page.getByTestId('run-100')).toBeEnabled();
    await page.getByRole('link', { name: 'Draw a digit' }).first().click();
    // The step's chunk loads first: only then does "is training" mean anything.
    await expect(page.getByTestId('drawing-pad')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Use this test digit' })).toBeEnabled({
      timeout: 150_000,
    });
    await expect(page.getByText('The linear model is training')).toHaveCount(0, {
      timeout: 150_000,
    });
    const mlp = page.getByTestId('mlp-probs');
    const linear = page.getByTestId('linear-probs');
    const pad = page.getByTestId('drawing-pad');
    const box = await pad.boundingBox();
    if (!box) throw new Error('no drawing pad');
    const at = (fx: number, fy: number) => ({
      x: box.x + box.width * fx,
      y: box.y + box.height * fy,
    });

    // Mouse: a "1", one vertical stroke.
    await page.mouse.move(at(0.5, 0.15).x, at(0.5, 0.15).y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(at(0.5, 0.15 + 0.07 * i).x, at(0.5, 0.15 + 0.07 * i).y);
    await page.mouse.up();
    await expect(mlp).toContainText('Your MLP after 100 steps');
    await expectProbabilities(mlp);
    await expectProbabilities(linear);
    await expect(page.getByTestId('drawing-preview')).not.toHaveAttribute('data-empty', /.*/);

    // Touch: Clear, then a horizontal stroke with a finger (real touch events, through CDP).
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByText('Draw a digit in the box')).toBeVisible();
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: { x: number; y: number }) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [p] : [] });
    await touch('touchStart', at(0.2, 0.5));
    for (let i = 1; i <= 8; i++) await touch('touchMove', at(0.2 + 0.075 * i, 0.5));
    await touch('touchEnd');
    await expect(page.getByTestId('drawing-preview')).not.toHaveAttribute('data-empty', /.*/);
    await expectProbabilities(mlp);
    await expectProbabilities(linear);

    // Keyboard: test digit #0 (a 7) through the number field and the button.
    const picker = page.getByLabel('Or test digit #');
    await picker.fill('0');
    await picker.press('Tab');
    await expect(page.getByRole('button', { name: 'Use this test digit' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('test-digit-read')).toContainText('test digit #0');
    await expect(mlp.getByRole('heading')).toHaveText(/: 7$/);
    await expect(linear.getByRole('heading')).toHaveText(/: 7$/);
    await expectProbabilities(mlp);
    await expectNoSeriousA11yViolations(page);
    await screenshotAllSizes(page, 'training-draw');
    consoleWatch.expectClean();
  });
});

/** Ten percentages that add up to 100%, the largest one marked as the answer in the heading. */
async function expectProbabilities(section: ReturnType<Page['getByTestId']>): Promise<void> {
  await expect(section.locator('li')).toHaveCount(10);
  const values = (await section.locator('.tr-probs__value').allTextContents()).map((t) =>
    Number(t.replace('%', '')),
  );
  expect(Math.abs(values.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(1);
  const best = values.indexOf(Math.max(...values));
  await expect(section.getByRole('heading')).toHaveText(new RegExp(`: ${best}$`));
  await expect(section.locator('li.tr-probs__best .tr-probs__class')).toHaveText(String(best));
}
