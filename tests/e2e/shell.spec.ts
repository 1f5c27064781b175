/**
 * The app shell in real Chromium against the production build served under /chain-rule/:
 * every registered route renders cleanly, presenter mode, deep links and bad input.
 */
import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../../src/lessons/registry';
import {
  chooseTheme,
  expectNoSeriousA11yViolations,
  THEMES,
  VIEWPORTS,
  screenshotAllSizes,
  watchConsole,
  stepNumber,
} from './helpers';

test('the course map lists every registered lesson', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Chain Rule' })).toBeVisible();
  for (const lesson of LESSONS) {
    await expect(page.getByRole('link', { name: lesson.title }).first()).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  await screenshotAllSizes(page, 'home');
  consoleWatch.expectClean();
});

// Each lesson's steps are visited in one page, in order, as a reader moves through them (the
// lesson's code loads once; a fresh page per step cost a second or two of CI time each). The
// tests of a lesson run in series: after a failure the lesson's later steps are skipped.
for (const lesson of LESSONS) {
  test.describe.serial(`lesson ${lesson.id}`, () => {
    let page: Page;
    test.beforeAll(async ({ browser }, info) => {
      // NOTE: a page made in beforeAll does not get the config's `use` options by itself.
      const { baseURL, serviceWorkers, viewport } = info.project.use;
      page = await browser.newPage({ baseURL, serviceWorkers, viewport });
    });
    test.afterAll(async () => {
      await page.close();
    });
    for (const [i, step] of lesson.steps.entries()) {
      test(`lesson ${lesson.id} step ${i + 1} renders cleanly and passes axe in every theme`, async () => {
        test.setTimeout(180_000); // three axe passes and three sizes
        const consoleWatch = watchConsole(page);
        await page.setViewportSize(VIEWPORTS.laptop);
        await page.goto(`./#/lesson/${lesson.id}/${i + 1}`);
        await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
        await expect(page.locator('.loading')).toHaveCount(0);
        await expect(page).toHaveTitle(
          new RegExp(lesson.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        );
        // Themes change colours (and the projector's type size) in place, so one visit checks all.
        for (const theme of THEMES) {
          await chooseTheme(page, theme);
          await expectNoSeriousA11yViolations(page);
        }
        await chooseTheme(page, 'light');
        await screenshotAllSizes(page, `lesson-${lesson.id}-${i + 1}`);
        // On a phone the page itself never scrolls sideways (wide figures scroll inside their box).
        await page.setViewportSize(VIEWPORTS.phone);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'horizontal overflow at 375 px').toBeLessThanOrEqual(0);
        consoleWatch.expectClean();
      });
    }
  });
}

for (const [path, title] of [
  ['/gallery', 'Component gallery'],
  ['/lab/training', 'Training lab'],
] as const) {
  test(`the page ${path} renders cleanly and passes axe`, async ({ page }) => {
    const consoleWatch = watchConsole(page);
    await page.goto(`./#${path}`);
    await expect(page).toHaveTitle(new RegExp(title));
    await expect(page.locator('.loading')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    consoleWatch.expectClean();
  });
}

test('presenter mode: keys, clicker, sub-steps, fullscreen-free exit', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  const welcome = LESSONS.find((l) => l.id === 'welcome')!;
  await page.goto(`./#/lesson/welcome/${stepNumber('welcome', 'course')}`);
  await expect(page.getByRole('heading', { level: 1, name: welcome.steps[0].title })).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.locator('.presenter')).toBeVisible();
  await expect(page).toHaveURL(/present=1/);
  await expect(page.locator('#step-title')).toHaveText(welcome.steps[0].title);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#step-title')).toHaveText(welcome.steps[1].title);
  await expect(page).toHaveURL(/#\/lesson\/welcome\/2/);
  // The live neuron claims three presses: each raises w by one (1 → 4) before the step changes.
  const weight = page.getByRole('slider', { name: /Weight w/ });
  await expect(weight).toHaveValue('1');
  for (const w of ['2', '3', '4']) {
    await page.keyboard.press('PageDown'); // a clicker
    await expect(weight).toHaveValue(w);
    await expect(page.locator('#step-title')).toHaveText(welcome.steps[1].title);
  }
  await page.keyboard.press('PageDown');
  await expect(page.locator('#step-title')).toHaveText(welcome.steps[2].title);
  // The roadmap claims sub-steps: the next press reveals a part instead of leaving the step.
  await expect(page.locator('.roadmap-item')).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(page.locator('.roadmap-item')).toHaveCount(2);
  await expect(page.locator('#step-title')).toHaveText(welcome.steps[2].title);
  await page.keyboard.press('PageUp');
  await expect(page.locator('.roadmap-item')).toHaveCount(1);
  await page.keyboard.press('End');
  await expect(page.locator('#step-title')).toHaveText(
    welcome.steps[welcome.steps.length - 1].title,
  );
  await page.keyboard.press('Home');
  await expect(page.locator('#step-title')).toHaveText(welcome.steps[0].title);
  const before = await page.locator('.presenter').evaluate((el) => getComputedStyle(el).fontSize);
  await page.keyboard.press('+');
  const after = await page.locator('.presenter').evaluate((el) => getComputedStyle(el).fontSize);
  expect(parseFloat(after)).toBeGreaterThan(parseFloat(before));
  await page.keyboard.press('-');
  await screenshotAllSizes(page, 'presenter-welcome');
  // Esc shows the overview; Esc again leaves presenter mode.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /Overview/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.presenter')).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=1/);
  consoleWatch.expectClean();
});

test('the visible Present button enters presenter mode and a reload keeps it', async ({ page }) => {
  await page.goto(`./#/lesson/welcome/${stepNumber('welcome', 'live')}`);
  await page.getByRole('button', { name: /Present/ }).click();
  await expect(page.locator('.presenter')).toBeVisible();
  await page.reload();
  await expect(page.locator('.presenter')).toBeVisible();
  await expect(page).toHaveURL(/#\/lesson\/welcome\/2\?present=1/);
});

test('a deep link opens its step and a reload keeps it', async ({ page }) => {
  const welcome = LESSONS.find((l) => l.id === 'welcome')!;
  await page.goto(`./#/lesson/welcome/${stepNumber('welcome', 'map')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(welcome.steps[2].title);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(welcome.steps[2].title);
  await page.getByRole('link', { name: `${welcome.steps[3].title} →` }).click();
  await expect(page).toHaveURL(/#\/lesson\/welcome\/4/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(welcome.steps[2].title);
});

test('a step out of range goes to the nearest valid step', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  const welcome = LESSONS.find((l) => l.id === 'welcome')!;
  await page.goto('./#/lesson/welcome/99');
  await expect(page).toHaveURL(new RegExp(`#/lesson/welcome/${welcome.steps.length}$`));
  await page.goto('./#/lesson/welcome/-4');
  await expect(page).toHaveURL(/#\/lesson\/welcome\/1$/);
  await page.goto('./#/lesson/welcome/abc');
  await expect(page).toHaveURL(/#\/lesson\/welcome\/1$/);
  consoleWatch.expectClean();
});

test('an unknown route shows the not-found page with a link home', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  for (const bad of ['./#/no/such/page', './#/lesson/not-a-lesson/2', './#/%E0%A4%A']) {
    await page.goto(bad);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Go to the course map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chain Rule' })).toBeVisible();
  consoleWatch.expectClean();
});

test('themes are remembered, and a corrupt stored preference is reset', async ({ page }) => {
  const consoleWatch = watchConsole(page);
  await page.goto('./');
  await page.getByLabel('Theme').selectOption('projector');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await screenshotAllSizes(page, 'home-projector');
  await page.getByLabel('Theme').selectOption('dark');
  await screenshotAllSizes(page, 'home-dark');
  await page.evaluate(() => localStorage.setItem('chain-rule:prefs:v1', '{not json'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Chain Rule' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  await page.evaluate(() =>
    localStorage.setItem('chain-rule:prefs:v1', '{"theme":"neon","presenterScale":"huge"}'),
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Chain Rule' })).toBeVisible();
  consoleWatch.expectClean();
});
