/**
 * The Jacobians lesson in real Chromium: every step clean and accessible, the matmul step's
 * engine Jacobian equal to an edited W, a wrong chain order refused with the shapes named, the
 * right order matching the engine's gradient, and bad input answered in place.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshotAllSizes, stepNumber, watchConsole } from './helpers';

async function open(page: Page, step: number, query = ''): Promise<void> {
  await page.goto(`./#/lesson/jacobians/${step}${query ? `?${query}` : ''}`);
  await expect(page.locator('.loading')).toHaveCount(0);
}

// Every step renders cleanly and passes axe in all three themes: see shell.spec.ts.

test('the matmul step: after editing W, the engine Jacobian equals W entry for entry', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await open(page, stepNumber('jacobians', 'matmul'));
  const cell = page.getByRole('textbox', { name: 'W[2,3]' });
  await cell.fill('7.5');
  await cell.press('Enter');
  await expect(page).toHaveURL(/W=/);
  await page.getByRole('button', { name: 'All rows' }).click();
  const jac = page.getByTestId('matmul-jacobian');
  await expect(jac.getByRole('cell', { name: '7.5' })).toBeVisible();
  const inputs = page.getByRole('group', { name: 'Edit W' }).getByRole('textbox');
  const w = await inputs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const cells = await jac.locator('td.cr-heatmap__cell').allTextContents();
  expect(cells.map((t) => Number(t.replace('−', '-')))).toEqual(w.map(Number));
  await expect(page.getByTestId('matmul-compare')).toContainText(
    'Largest |∂y/∂g − W| over 3 rows: 0',
  );
  await cell.fill('abc');
  await cell.press('Enter');
  await expect(page.getByTestId('matrix-problem')).toContainText('“abc” is not a number');
  consoleWatch.expectClean();
});

test('the chain step refuses a wrong order, naming the shapes, and accepts the right one', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await open(page, stepNumber('jacobians', 'chain'));
  const factor = (name: string) => page.getByRole('button', { name, exact: true });
  await factor('W₂ᵀ, 4×2').click();
  await factor('xᵀ, 1×3').click();
  await expect(page.getByTestId('chain-refused')).toContainText('4×2 cannot multiply 1×3');
  await screenshotAllSizes(page, 'jacobians-chain-refused');
  await factor('(ŷ − y), 2×1').click();
  await factor('⊙ 𝟙[W₁x > 0], 4×1').click();
  await factor('xᵀ, 1×3').click();
  await expect(page.getByTestId('chain-diff')).toHaveText('0');
  await expect(page.getByTestId('chain-status')).toContainText('the chain is right');
  await expect(page).toHaveURL(/ch=w2t%2Cr%2Cmask%2Cxt|ch=w2t,r,mask,xt/);
  await screenshotAllSizes(page, 'jacobians-chain-done');
  consoleWatch.expectClean();
});

test('a shape beyond 8×8 gets a message in place; a bad or out-of-range link value a notice', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await open(page, stepNumber('jacobians', 'shapes'), 'm=12&n=abc');
  await expect(page.getByTestId('shape-too-big')).toContainText('A 12×4 Jacobian');
  await expect(page.getByRole('status').filter({ hasText: 'could not read' })).toBeVisible();
  await open(page, stepNumber('jacobians', 'shapes'), 'm=500');
  await expect(page.getByTestId('clamped-notice')).toContainText(
    'm = 500 is out of range (1 to 99); using 99',
  );
  await expect(page.getByTestId('shape-too-big')).toContainText('A 99×4 Jacobian');
  consoleWatch.expectClean();
});

test('a link asking for more backward steps than the graph has gets a notice and the last step', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await open(page, stepNumber('jacobians', 'views'), 'tb=99');
  const notice = page.getByTestId('clamped-notice');
  await expect(notice).toContainText(
    /backward steps in the tensor graph \(tb\) = 99 is out of range \(0 to (\d+)\); using \1/,
  );
  const max = /\(0 to (\d+)\)/.exec((await notice.textContent()) ?? '')![1];
  // The stepper sits on its last step.
  await expect(page.getByTestId('tensor-status')).toContainText(`backward step ${max} of ${max}`);
  await expect(page.getByRole('button', { name: 'Next op →' })).toBeDisabled();
  consoleWatch.expectClean();
});
