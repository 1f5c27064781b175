/** Hostile URLs against the app shell: very long routes, odd letter case, extreme step numbers. */
import { expect, test } from '@playwright/test';
import { LESSONS } from '../../src/lessons/registry';
import { watchConsole } from './helpers';

test('a very long unknown route shows the not-found page without sideways scrolling', async ({
  page,
}) => {
  const consoleWatch = watchConsole(page);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`./#/${'x'.repeat(10_000)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways overflow at ${width} px`).toBeLessThanOrEqual(0);
  }
  consoleWatch.expectClean();
});

test('lesson routes ignore letter case, in the path and in the lesson id', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  const lesson = LESSONS[0];
  for (const route of [
    `#/LESSON/${lesson.id}/1`,
    `#/lesson/${lesson.id.toUpperCase()}/1`,
    `#/Lesson/${lesson.id.toUpperCase()}/2`,
  ]) {
    await page.goto(`./${route}`);
    const step = Number(route.at(-1));
    await expect(
      page.getByRole('heading', { level: 1, name: lesson.steps[step - 1].title }),
    ).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.id}/${step}$`));
  }
  consoleWatch.expectClean();
});

test('a step number of Infinity or 1e308 opens the last step; -Infinity the first', async ({
  page,
}) => {
  const lesson = LESSONS[0];
  const last = lesson.steps.length;
  for (const [raw, expected] of [
    ['Infinity', last],
    ['1e308', last],
    ['-Infinity', 1],
  ] as const) {
    await page.goto(`./#/lesson/${lesson.id}/${raw}`);
    await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.id}/${expected}$`));
  }
});
