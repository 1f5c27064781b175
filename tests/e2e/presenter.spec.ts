/**
 * What an instructor expects of presenter mode: the overview, blanking, the key list, jumping to
 * a step, the console in a second window kept in step both ways, handouts that print, and embeds.
 */
import { expect, test } from '@playwright/test';
import { LESSONS } from '../../src/lessons/registry';
import { stepNumber, watchConsole } from './helpers';

const title = (lessonId: string, i: number) =>
  LESSONS.find((l) => l.id === lessonId)!.steps[i].title;

test('overview, blank, key help and go-to-step work from the keyboard', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('./#/lesson/backprop/1?present=1');
  await expect(page.locator('#step-title')).toHaveText(title('backprop', 0));
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: /Overview/ });
  await expect(overview.getByRole('button')).toHaveCount(
    LESSONS.find((l) => l.id === 'backprop')!.steps.length,
  );
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.locator('#step-title')).toHaveText(title('backprop', 2));
  await page.keyboard.press('b');
  await expect(page.getByTestId('presenter-blank')).toBeVisible();
  await page.keyboard.press('x');
  await expect(page.getByTestId('presenter-blank')).toHaveCount(0);
  await expect(page.locator('#step-title')).toHaveText(title('backprop', 2));
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Presenter keys' })).toContainText(
    'blank the screen',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Presenter keys' })).toHaveCount(0);
  await page.keyboard.press('g');
  await page.keyboard.press('4');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('There is no step 42');
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expect(page.locator('#step-title')).toHaveText(title('backprop', 4));
  consoleWatch.expectClean();
});

test('the console follows the audience and drives it; edits in the audience show in the console', async ({
  page,
  context,
}) => {
  const consoleWatch = watchConsole(page);
  const backward = stepNumber('backprop', 'backward');
  await page.goto(`./#/lesson/backprop/${backward}?present=1`);
  await expect(page.locator('#step-title')).toHaveText(title('backprop', backward - 1));
  await expect(page.locator('.presenter-stage .loading')).toHaveCount(0);
  const [consolePage] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const consoleErrors = watchConsole(consolePage);
  await expect(consolePage.getByRole('heading', { level: 1 })).toContainText(
    title('backprop', backward - 1),
  );
  await expect(consolePage.getByTestId('console-next')).toHaveText(title('backprop', backward));
  await expect(consolePage.getByText('Speaker notes')).toBeVisible();
  // The console says what a press does on this step: the stepper's own sentence.
  await expect(consolePage.getByTestId('console-clicker')).toContainText(
    'Clicker: Each node of the backward pass takes three presses',
  );
  // Presses in the console advance the audience's stepper. The backward stepper asks the room
  // for each node's products first, reveals them with the next press, then runs the node.
  await consolePage.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByTestId('backward-question')).toBeVisible();
  await consolePage.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByTestId('backward-question')).toContainText('The answer is');
  await consolePage.getByRole('button', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/bs=1/);
  await expect(consolePage.getByTestId('console-substep')).toContainText('1 of');
  // Opening the console twice reuses the window; the audience keeps working.
  await page.keyboard.press('s');
  await expect(page.locator('.presenter')).toBeVisible();
  // A step change in the audience shows in the console, with that step's clicker line.
  await page.keyboard.press('End');
  await expect(consolePage.getByRole('heading', { level: 1 })).toContainText(
    title('backprop', LESSONS.find((l) => l.id === 'backprop')!.steps.length - 1),
  );
  await expect(consolePage.getByTestId('console-clicker')).toContainText(
    'worked answer (ask the room first)',
  );
  // Closing the audience leaves the console saying so.
  await page.close();
  await expect(consolePage.getByText(/stopped answering/)).toBeVisible({ timeout: 15_000 });
  consoleWatch.expectClean();
  consoleErrors.expectClean();
});

test('the clicker deepens the gradients symbolic step one level per press; Back makes it shallower', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  const symbolic = stepNumber('gradients', 'symbolic');
  await page.goto(`./#/lesson/gradients/${symbolic}?present=1`);
  await expect(page.locator('#step-title')).toHaveText(title('gradients', symbolic - 1));
  const sizes = page.getByTestId('symbolic-sizes');
  await expect(sizes).toContainText('nodes of all 4 partials');
  for (const k of [4, 5, 6]) {
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(new RegExp(`[?&]k=${k}`));
    await expect(sizes).toContainText(`nodes of all ${k + 1} partials`);
  }
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/[?&]k=5/);
  await expect(page.locator('#step-title')).toHaveText(title('gradients', symbolic - 1));
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.locator('#step-title')).toHaveText(title('gradients', symbolic));
  consoleWatch.expectClean();
});

test('a lesson prints as a handout with whole figures', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleWatch = watchConsole(page);
  const lesson = LESSONS.find((l) => l.id === 'backprop')!;
  await page.goto('./#/print/backprop');
  await expect(page.locator('.print-step')).toHaveCount(lesson.steps.length);
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`backprop handout: ${pages} pages for ${lesson.steps.length} steps`);
  expect(pages).toBeGreaterThanOrEqual(lesson.steps.length / 2);
  expect(pages).toBeLessThanOrEqual(lesson.steps.length * 4);
  // No figure is taller than a printed page, so break-inside: avoid can keep each one whole.
  await page.emulateMedia({ media: 'print' });
  const tallest = await page
    .locator('.cr-figure')
    .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().height)));
  const breaks = await page
    .locator('.cr-figure')
    .first()
    .evaluate((e) => getComputedStyle(e).breakInside);
  expect(breaks).toBe('avoid');
  expect(tallest).toBeLessThan(1050);
  consoleWatch.expectClean();
});

test('an embed shows one figure without the course chrome and hides named controls', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  await page.goto(
    `./#/lesson/linear/${stepNumber('linear', 'train')}?embed=1&hide=batch-size&lr=0.2`,
  );
  await expect(page.locator('.topbar')).toHaveCount(0);
  await expect(page.locator('nav.outline')).toHaveCount(0);
  await expect(page.locator('.cr-figure').first()).toBeVisible();
  await expect(page.locator('[data-control="batch-size"]')).toBeHidden();
  await expect(page.locator('[data-control="learning-rate"]')).toBeVisible();
  await expect(page).toHaveURL(/lr=0.2/);
  consoleWatch.expectClean();
});
