/**
 * Every lesson step in the dark and projector themes: colours come from theme variables, so a
 * contrast problem in one theme shows up here, and the step still renders without errors.
 */
import { expect, test } from '@playwright/test';
import { LESSONS } from '../../src/lessons/registry';
import { expectNoSeriousA11yViolations, watchConsole } from './helpers';

for (const theme of ['dark', 'projector'] as const) {
  for (const lesson of LESSONS) {
    test(`${theme} theme: every step of ${lesson.id} passes axe`, async ({ page }) => {
      // One page visit and one axe run per step: the budget grows with the lesson.
      test.setTimeout(60_000 + lesson.steps.length * 20_000);
      const consoleWatch = watchConsole(page);
      await page.addInitScript((t) => {
        localStorage.setItem(
          'chain-rule:prefs:v1',
          JSON.stringify({ theme: t, presenterScale: 1 }),
        );
      }, theme);
      for (const [i, step] of lesson.steps.entries()) {
        await page.goto(`./#/lesson/${lesson.id}/${i + 1}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
        await expect(page.locator('.loading')).toHaveCount(0);
        await expectNoSeriousA11yViolations(page);
      }
      await page.screenshot({
        path: `reports/screenshots/theme-${theme}-${lesson.id}-last.png`,
        fullPage: true,
      });
      consoleWatch.expectClean();
    });
  }
}
