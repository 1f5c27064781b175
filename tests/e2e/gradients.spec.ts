/**
 * The gradients lesson in real Chromium: every step clean and accessible (light here; dark and
 * projector in themes.spec.ts), the error-vs-h plot's best steps for sin at 1, the symbolic
 * derivative matching the engine, gradcheck catching the broken Multiply, and bad input.
 */
import { expect, test, type Page } from '@playwright/test';
import { stepNumber, watchConsole } from './helpers';

async function open(page: Page, stepId: string, query = ''): Promise<void> {
  await page.goto(
    `./#/lesson/gradients/${stepNumber('gradients', stepId)}${query ? `?${query}` : ''}`,
  );
  await expect(page.locator('.loading')).toHaveCount(0);
}

// Every step renders cleanly and passes axe in all three themes: see shell.spec.ts.

test('sin at x = 1 in float64: best central h in [1e-6, 1e-4], best forward h in [1e-9, 1e-7]', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await open(page, 'numerical', 'fn=sin&x=1&prec=float64&es=2');
  const best = async (kind: string) =>
    Number(
      await page.locator(`[data-difference="${kind}"] [data-best-h]`).getAttribute('data-best-h'),
    );
  const central = await best('central');
  const forward = await best('forward');
  expect(central).toBeGreaterThanOrEqual(1e-6);
  expect(central).toBeLessThanOrEqual(1e-4);
  expect(forward).toBeGreaterThanOrEqual(1e-9);
  expect(forward).toBeLessThanOrEqual(1e-7);
  await expect(page.locator('[data-point="best-central"]')).toHaveCount(1);
  await expect(page.getByText('lecture h = 1e-6')).toBeVisible();
  consoleWatch.expectClean();
});

test('bad input on the error plot gets messages, never a blank plot', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await open(page, 'numerical', 'h=0');
  await expect(page.getByText(/h = 0 divides by zero/)).toBeVisible();
  await open(page, 'numerical', 'h=-0.001');
  await expect(page.getByText(/h must be positive/)).toBeVisible();
  await open(page, 'numerical', 'h=1e-20');
  await expect(page.getByText(/below float64's resolution/)).toBeVisible();
  await open(page, 'numerical', 'fn=abs&x=0');
  await expect(page.getByText(/kink at x = 0/)).toBeVisible();
  await open(page, 'numerical', 'fn=expr&expr=x*(2');
  await expect(page.getByText(/The expression has an error/)).toBeVisible();
  await expect(page.locator('[data-series="forward"]')).toHaveAttribute('d', /M/);
  consoleWatch.expectClean();
});

test('the symbolic derivative equals the engine gradient to 1e-9; depth 9 is clamped with a notice', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await open(page, 'symbolic', 'k=6');
  const symbolic = Number(await page.getByTestId('symbolic-value').textContent());
  const engine = Number(await page.getByTestId('engine-value').textContent());
  expect(Math.abs(symbolic - engine)).toBeLessThan(1e-9);
  await open(page, 'symbolic', 'k=9');
  await expect(page.getByText(/outside 1…6; showing k = 6/)).toBeVisible();
  consoleWatch.expectClean();
});

test('forward mode fills one row per press; the reverse pass fills all at once', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await open(page, 'automatic', 'k=2');
  const run = page.getByRole('button', { name: /Run / });
  for (let i = 0; i < 4; i++) await run.click();
  await expect(page.getByText(/reverse mode 1 \(forward \+ one backward\)/)).toBeVisible();
  await expect(page).toHaveURL(/ap=4/);
  consoleWatch.expectClean();
});

test('gradcheck passes with the correct Multiply and names the worst parameter of a broken one', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await open(page, 'gradcheck');
  await expect(page.getByTestId('gradcheck-verdict')).toContainText('below 1e-7');
  await page.getByLabel('bug: x · grad for both').check();
  await expect(page.getByTestId('gradcheck-verdict')).toContainText(
    /Gradcheck fails.*Largest: W1\[/,
  );
  consoleWatch.expectClean();
});
