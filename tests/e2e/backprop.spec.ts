/**
 * The backprop lesson in real Chromium: every step clean and accessible, the lecture's
 * ∂L/∂w1 = 80 reached by stepping, a dead ReLU, the sandbox's syntax error, deep links,
 * and the presenter's clicker walking the backward pass node by node.
 */
import { expect, test, type Page } from '@playwright/test';
import backpropLesson from '../../src/lessons/backprop/lesson';
import { screenshotAllSizes, stepNumber, watchConsole } from './helpers';

const BACKPROP_STEPS = backpropLesson.steps;

const BACKWARD_STEP = stepNumber('backprop', 'backward');
const INPUTS_STEP = stepNumber('backprop', 'inputs');
const CHAIN_STEP = stepNumber('backprop', 'chain');
const CUSTOM_OP_STEP = stepNumber('backprop', 'custom-op');
const SANDBOX_STEP = stepNumber('backprop', 'sandbox');

async function open(page: Page, step: number, query = ''): Promise<void> {
  await page.goto(`./#/lesson/backprop/${step}${query ? `?${query}` : ''}`);
  await expect(page.locator('.loading')).toHaveCount(0);
}

const status = (page: Page) => page.getByTestId('stepper-status');

// Every step renders cleanly and passes axe in all three themes: see shell.spec.ts.

test('stepping the backward pass reaches ∂L/∂w1 = 80', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await open(page, BACKWARD_STEP);
  // Each node takes two presses: the first asks for its products, the second runs it.
  const next = page.getByRole('button', { name: /Next node →|Show on the graph →/ });
  await next.click();
  await expect(page.getByTestId('backward-question')).toBeVisible();
  await expect(page.getByTestId('edge-formula')).toHaveCount(0);
  while (await next.isEnabled()) await next.click();
  await expect(status(page)).toContainText('step 4 of 4');
  // Every edge that carries a gradient shows its local gradient, in the lesson's names.
  await expect(page.getByTestId('edge-formula')).toHaveCount(5);
  await expect(page.getByTestId('edge-formula').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Local gradients on the edges' }).uncheck();
  await expect(page.getByTestId('edge-formula')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Local gradients on the edges' }).check();
  await expect(page.getByRole('button', { name: 'value w1 = 1, gradient 80' })).toBeVisible();
  await expect(page.getByTestId('backward-details')).toContainText('80');
  await expect(page).toHaveURL(/bs=4/);
  await screenshotAllSizes(page, 'backprop-backward-end');
  consoleWatch.expectClean();
});

test('changing x to −1 makes ∂L/∂w1 = 0 and calls out the ReLU', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await open(page, INPUTS_STEP);
  await expect(page.getByTestId('grad-w1')).toContainText('80');
  const x = page.getByRole('textbox', { name: 'x (input), exact' });
  await x.fill('-1');
  await x.press('Enter');
  await expect(page.getByTestId('grad-w1')).toContainText('= 0');
  await expect(page.getByTestId('relu-blocked')).toBeVisible();
  await expect(page).toHaveURL(/x=-1/);
  await screenshotAllSizes(page, 'backprop-relu-blocked');
  consoleWatch.expectClean();
});

test('the sandbox reports a syntax error for w1*(x and keeps the last graph', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await open(page, SANDBOX_STEP);
  const field = page.getByRole('textbox', { name: 'Expression' });
  await field.fill('w1*(x');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("'('");
  await expect(page.locator('.cr-expr__echo')).toContainText('w1*(x');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('group', { name: /Graph of relu\(w1\*x\)\*w2/ })).toBeVisible();
  await screenshotAllSizes(page, 'backprop-sandbox-error');
  await field.fill('log(x)');
  await expect(page.getByTestId('sandbox-problem')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'x', exact: true }).fill('-2');
  await page.getByRole('textbox', { name: 'x', exact: true }).press('Enter');
  await expect(page.getByTestId('sandbox-problem')).toContainText('NaN');
  consoleWatch.expectClean();
});

test('the chain assembles 5 · 1 · 2 · 8 = 80 and ∂L/∂w2 = 40 shares ∂L/∂ŷ', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await open(page, CHAIN_STEP);
  const more = page.getByRole('button', { name: 'Multiply in the next factor →' });
  for (let i = 0; i < 4; i++) await more.click();
  await expect(page.getByTestId('chain-w1')).toContainText('80');
  await expect(page).toHaveURL(/cs=4/);
  await page.getByRole('textbox', { name: /What is ∂L\/∂w₂/ }).fill('40');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText(/Correct/)).toBeVisible();
  await screenshotAllSizes(page, 'backprop-chain-done');
  consoleWatch.expectClean();
});

test('a wrong custom backward fails the gradient check visibly', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await open(page, CUSTOM_OP_STEP);
  await expect(page.getByTestId('gradcheck')).toContainText('passed');
  await expect(page.locator('.bp-code pre').first()).toContainText('ctx.save_for_backward(x, y)');
  await expect(page.locator('.bp-code pre').last()).toContainText('ctx.saveForBackward(x, y)');
  await page.getByRole('radio', { name: 'bug: forgets the upstream grad' }).check();
  await expect(page.getByTestId('gradcheck')).toContainText('failed');
  await expect(page.getByTestId('customop-grad')).not.toContainText('80');
  await expect(page).toHaveURL(/bug=no-upstream/);
  await screenshotAllSizes(page, 'backprop-customop-bug');
  consoleWatch.expectClean();
});

test('a deep link restores the middle of the backward pass with x = −1', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await open(page, BACKWARD_STEP, 'bs=3&x=-1');
  await expect(status(page)).toContainText('step 3 of 4');
  await expect(page.getByTestId('backward-details')).toBeVisible();
  await expect(page.getByRole('button', { name: /^value x = −1/ })).toBeVisible();
  await open(page, BACKWARD_STEP, 'bs=abc');
  await expect(page.getByRole('status').filter({ hasText: 'could not read' })).toBeVisible();
  await expect(status(page)).toContainText('step 0 of 4');
  consoleWatch.expectClean();
});

test('presenter mode: PageDown walks the backward pass one node per press, then moves on', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await open(page, BACKWARD_STEP, 'present=1');
  await expect(page.locator('.presenter')).toBeVisible();
  for (let k = 1; k <= 4; k++) {
    // The first press asks for the node's products, the second reveals them, the third runs it.
    await page.keyboard.press('PageDown');
    await expect(status(page)).toContainText(`predict step ${k}`);
    // The graph is wider than the stage: it scrolls so the node being asked about is in view.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const box = document.querySelector('.cr-graph__scroll')!.getBoundingClientRect();
          const op = document.querySelector('.cr-graph-node--step-op')!.getBoundingClientRect();
          return op.left >= box.left - 1 && op.right <= box.right + 1;
        }),
      )
      .toBe(true);
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('backward-question')).toContainText('The answer is');
    await page.keyboard.press('PageDown');
    await expect(status(page)).toContainText(`step ${k} of 4`);
    await expect(page).toHaveURL(new RegExp(`/lesson/backprop/${BACKWARD_STEP}\\?`));
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'reports/screenshots/backprop-presenter-backward.png' });
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`/lesson/backprop/${BACKWARD_STEP + 1}\\?`));
  await expect(page.locator('#step-title')).toHaveText(BACKPROP_STEPS[BACKWARD_STEP].title);
  consoleWatch.expectClean();
});
