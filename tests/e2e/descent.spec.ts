/**
 * The descent lesson in real Chromium: every step clean and accessible; the bowl converges at a
 * safe α and stops with the divergence message above 2/curvature; bad link values get notices;
 * the clicker takes one step per press; the landscape of a trained network is computed in the
 * worker (its lowest value within one grid cell of the trained weights), can be cancelled, and
 * passes axe in all three themes.
 */
import { expect, test, type Page } from '@playwright/test';
import descentLesson from '../../src/lessons/descent/lesson';
import {
  expectNoSeriousA11yViolations,
  screenshotAllSizes,
  stepNumber,
  watchConsole,
} from './helpers';

const SURFACE = stepNumber('descent', 'surface');
const ONE_STEP = stepNumber('descent', 'one-step');
const LANDSCAPE = stepNumber('descent', 'landscape');

async function open(page: Page, step: number, query = ''): Promise<void> {
  await page.goto(`./#/lesson/descent/${step}${query ? `?${query}` : ''}`);
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 45_000 });
}

// Every step renders cleanly and passes axe in all three themes (shell.spec.ts); here the two
// steps that draw paths are checked again mid-run, with their paths and markers on screen.
for (const [id, query] of [
  ['surface', 'k=20'],
  ['minibatch', 'kb=40'],
] as const) {
  test(`descent step ${id} renders cleanly mid-run (${query})`, async ({ page }) => {
    const consoleWatch = watchConsole(page);
    const i = descentLesson.steps.findIndex((s) => s.id === id);
    await open(page, i + 1, query);
    await expect(
      page.getByRole('heading', { level: 1, name: descentLesson.steps[i].title }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshotAllSizes(page, `descent-${i + 1}-${id}-midrun`);
    consoleWatch.expectClean();
  });
}

test('bowl: 50 safe steps end within 1e-3 of the minimum; above 2/curvature the run stops', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await open(page, SURFACE, 'surf=bowl&a=0.3&n=50&k=50');
  const plain = page.getByTestId('run-plain');
  await expect(plain).toContainText('step 50');
  expect(Number(await plain.getAttribute('data-distance'))).toBeLessThan(1e-3);
  await expect(page.getByTestId('run-plain-diverged')).toHaveCount(0);

  await open(page, SURFACE, 'surf=bowl&a=2.5&n=200&k=200');
  await expect(page.getByTestId('run-plain-diverged')).toContainText('Diverged at step');
  await expect(page.getByTestId('run-plain-diverged')).toContainText('2 / curvature = 2');
  consoleWatch.expectClean();
});

test('bad link values get a notice and a clamped value', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await open(page, SURFACE, 'a=0&mu=1&x0=50&y0=-80&grid=3');
  const notice = page.getByTestId('clamped-notice');
  await expect(notice).toContainText('a = 0 is out of range (0.0001 to 10); using 0.0001');
  await expect(notice).toContainText('mu = 1 is out of range (0 to 0.99); using 0.99');
  await expect(notice).toContainText('grid = 3 is out of range (11 to 51); using 11');
  await expect(page.getByText('lies outside the plot')).toBeVisible();
  await open(page, SURFACE, 'a=banana');
  await expect(page.getByText('could not read')).toBeVisible();
  consoleWatch.expectClean();
});

test('the clicker takes one hand step per press', async ({ page }) => {
  await open(page, ONE_STEP, 'present=1');
  await expect(page.locator('.presenter')).toBeVisible();
  await expect(page.getByTestId('one-step-count')).toContainText('Step 0');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('one-step-count')).toContainText('Step 1');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('one-step-count')).toContainText('Step 2');
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('one-step-count')).toContainText('Step 1');
});

test('landscape: cancel leaves the worker ready; an 11×11 slice has its minimum at the centre', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const consoleWatch = watchConsole(page);
  await open(page, LANDSCAPE, 'grid=31&sub=2000');
  await page.getByRole('button', { name: 'Compute the landscape' }).click();
  await expect(page.getByTestId('landscape-progress')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('landscape-cancelled')).toBeVisible();
  await open(page, LANDSCAPE, 'grid=11&sub=2000');
  await page.getByRole('button', { name: 'Compute the landscape' }).click();
  const min = page.getByTestId('landscape-min');
  await expect(min).toBeVisible({ timeout: 90_000 });
  const cell = Number(await min.getAttribute('data-cell'));
  expect(Math.abs(Number(await min.getAttribute('data-x')))).toBeLessThanOrEqual(cell + 1e-6);
  expect(Math.abs(Number(await min.getAttribute('data-y')))).toBeLessThanOrEqual(cell + 1e-6);
  await expectNoSeriousA11yViolations(page);
  await screenshotAllSizes(page, 'descent-landscape-computed');
  for (const theme of ['dark', 'projector'] as const) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    await expectNoSeriousA11yViolations(page);
  }
  consoleWatch.expectClean();
});
