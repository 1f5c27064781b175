/**
 * The imaging lessons (why networks for imaging, inpainting, what comes next) in real Chromium:
 * a seeded inpainting run beating the mean-image baseline, the convolution-as-matrix check, bad
 * links refused with notices, and training stopped on leave. (Every step's rendering, axe in all
 * three themes and screenshots: shell.spec.ts, for every registered lesson.)
 */
import { expect, test, type Page } from '@playwright/test';
import { stepNumber, watchConsole } from './helpers';

async function open(page: Page, lesson: string, step: number, query = ''): Promise<void> {
  await page.goto(`./#/lesson/${lesson}/${step}${query ? `?${query}` : ''}`);
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
}

test('a seeded inpainting run beats the mean-image baseline on the hidden pixels', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const consoleWatch = watchConsole(page);
  await open(page, 'inpainting', stepNumber('inpainting', 'measure'));
  const train = page.getByRole('button', { name: 'Train 250 steps' });
  const status = page.getByTestId('ip-status');
  await train.click();
  await expect(status).toHaveAttribute('data-iteration', '250', { timeout: 110_000 });
  await train.click();
  await expect(status).toHaveAttribute('data-iteration', '500', { timeout: 110_000 });
  const learned = page.getByTestId('ip-psnr-learned');
  await expect(learned).toHaveAttribute('data-value', /\d/);
  const value = async (id: string) => Number(await page.getByTestId(id).getAttribute('data-value'));
  const [mine, mean, neighbours] = [
    await value('ip-psnr-learned'),
    await value('ip-psnr-mean'),
    await value('ip-psnr-neighbours'),
  ];
  console.log(
    `PSNR on hidden pixels: MLP ${mine} dB, mean image ${mean} dB, neighbours ${neighbours} dB`,
  );
  expect(mine).toBeGreaterThan(mean + 1);
  consoleWatch.expectClean();
});

/** Non-zeros of the 784×784 matrix: each non-zero kernel weight at offset (dy, dx) fills (28−|dy|)(28−|dx|) rows. */
function expectedNonZeros(query: string): number {
  const kernel = query ? query.slice(2).split(',').map(Number) : new Array(9).fill(1);
  return kernel.reduce(
    (n, w, i) =>
      n + (w ? (28 - Math.abs(Math.floor(i / 3) - 1)) * (28 - Math.abs((i % 3) - 1)) : 0),
    0,
  );
}

test('the convolution as a matrix: W·x equals the convolution of the digit', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  for (const k of ['', 'k=-1,-1,-1,-1,8,-1,-1,-1,-1', 'k=0,-1,0,-1,5,-1,0,-1,0']) {
    await open(page, 'next', stepNumber('next', 'matrix'), k);
    const check = page.getByTestId('nx-check');
    await expect(check).toHaveAttribute('data-difference', /\d/);
    const diff = Number(await check.getAttribute('data-difference'));
    console.log(`kernel ${k || 'blur'}: largest |W·x − conv(x)| = ${diff}`);
    expect(diff).toBeLessThan(1e-4);
    await expect(page.getByTestId('nx-nonzero')).toHaveText(String(expectedNonZeros(k)));
  }
  consoleWatch.expectClean();
});

test('bad links are refused or clamped with a visible notice', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await open(page, 'imaging', stepNumber('imaging', 'denoise'), 's=5&h=4096');
  await expect(page.getByTestId('clamped-notice')).toContainText(
    'noise σ (s) = 5 is out of range (0.02 to 1); using 1',
  );
  await expect(page.getByRole('slider', { name: 'Noise σ' })).toHaveValue('1');
  await open(page, 'inpainting', stepNumber('inpainting', 'paint'), `pp=${'_'.repeat(131)}`);
  await expect(page.getByText(/hides every pixel/)).toBeVisible();
  await open(page, 'inpainting', stepNumber('inpainting', 'task'), 'm=painted&pm=garbage');
  await expect(page.getByText(/unreadable/)).toBeVisible();
  await open(page, 'next', stepNumber('next', 'conv'), 'k=1,2,3');
  await expect(page.getByText(/could not read/)).toBeVisible();
  consoleWatch.expectClean();
});

test('leaving a lesson stops its training worker', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await open(page, 'imaging', stepNumber('imaging', 'denoise'));
  await page.getByRole('button', { name: /Play/ }).first().click();
  await expect(page.getByRole('button', { name: /Pause/ }).first()).toBeVisible({
    timeout: 60_000,
  });
  expect(page.workers().length).toBeGreaterThan(0);
  await page.goto('./#/lesson/next/1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
  consoleWatch.expectClean();
});
