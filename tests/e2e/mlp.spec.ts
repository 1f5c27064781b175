/**
 * The MLP lesson in real Chromium: every step clean and accessible (dark and projector themes are
 * covered by themes.spec.ts), the identity collapse, XOR solved by 8 ReLU units, a deep link
 * restoring the playground, a clamped value's notice and a diverging run.
 */
import { expect, test, type Page } from '@playwright/test';
import { stepNumber } from './helpers';

const IDENTITY = stepNumber('mlp', 'identity');
const PLAYGROUND = stepNumber('mlp', 'playground');

async function open(page: Page, step: number, query = ''): Promise<void> {
  await page.goto(`./#/lesson/mlp/${step}${query ? `?${query}` : ''}`);
  await expect(page.locator('.loading')).toHaveCount(0);
}

// Every step renders cleanly and passes axe in all three themes: see shell.spec.ts.

test('the identity makes the network one matrix and the 2-D boundary straight', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await open(page, IDENTITY, 'ia=identity');
  const check = page.getByTestId('collapse-check');
  await expect(check).toBeVisible({ timeout: 60_000 });
  const diff = Number(await check.getAttribute('data-max-difference'));
  expect(diff).toBeLessThanOrEqual(1e-4);
  const play = page.getByTestId('playground');
  await play.getByRole('button', { name: /step/i }).first().click();
  await expect(play).not.toHaveAttribute('data-iteration', '0');
  expect(Number(await play.getAttribute('data-max-line-switches'))).toBeLessThanOrEqual(1);
});

test('XOR with one hidden layer of 8 ReLU units reaches 95% training accuracy', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await open(page, PLAYGROUND, 'ds=xor&layers=1&width=8&act=relu&lr=0.3&spp=500&seed=1');
  const play = page.getByTestId('playground');
  const step = play.getByRole('button', { name: /step/i }).first();
  await expect(play).toHaveAttribute('data-status', /ready|paused/, { timeout: 30_000 });
  for (let i = 0; i < 8; i++) {
    await step.click();
    await expect(play).toHaveAttribute('data-iteration', String(500 * (i + 1)), {
      timeout: 30_000,
    });
    if (Number(await play.getAttribute('data-train-accuracy')) >= 0.95) break;
  }
  expect(Number(await play.getAttribute('data-train-accuracy'))).toBeGreaterThanOrEqual(0.95);
});

test('a deep link restores the playground, and out-of-range values are clamped with a notice', async ({
  page,
}) => {
  await open(page, PLAYGROUND, 'ds=moons&layers=3&width=99&act=tanh&lr=0.05&batch=32&seed=7');
  await expect(page.getByLabel('Dataset')).toHaveValue('moons');
  await expect(page.getByRole('combobox', { name: /^Activation/ })).toHaveValue('tanh');
  await expect(page.getByRole('slider', { name: 'Hidden layers' })).toHaveValue('3');
  await expect(page.getByRole('slider', { name: 'Width' })).toHaveValue('32');
  await expect(page.getByTestId('clamped-notice')).toContainText(
    'width = 99 is out of range (1 to 32); using 32',
  );
  await expect(page.locator('.cr-neuron-map')).toHaveCount(96);
});

test('learning rate 50 diverges with a message and offers a reset', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, PLAYGROUND, 'lr=50&spp=200');
  const play = page.getByTestId('playground');
  await expect(play).toHaveAttribute('data-status', /ready|paused/, { timeout: 30_000 });
  await play.getByRole('button', { name: /step/i }).first().click();
  await expect(page.getByRole('alert')).toContainText(/diverged/i, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Reset the weights' }).click();
  await expect(play).toHaveAttribute('data-status', 'ready');
});
