/**
 * Offline use: after one online visit (and "Make the course available offline"), the course
 * reloads and runs with the network off, every lesson and training included; a new deployment
 * waits for the reader instead of reloading the page.
 */
import { expect, test, type BrowserContext, type Page, type Route } from '@playwright/test';
import { LESSONS } from '../../src/lessons/registry';
import {
  expectNoSeriousA11yViolations,
  screenshotAllSizes,
  stepNumber,
  watchConsole,
} from './helpers';

test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker is active and controls the page (its precache is complete). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/**
 * Registers an "older deployment" (the page's first service-worker script differs from the
 * server's by a comment), then asks the browser to check for updates: the server's script is
 * the new deployment. NOTE: Playwright sees the first registration's script request, not the
 * update check's, so the old version is the routed one.
 */
async function deployNewVersion(page: Page, context: BrowserContext): Promise<void> {
  const older = async (route: Route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// older deployment\n` });
  };
  await context.route('**/sw.js', older);
  await page.goto('./#/lesson/welcome/1');
  await waitForServiceWorker(page);
  await context.unroute('**/sw.js', older);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
}

/** The marker a test leaves on `window`: gone after a reload. */
const marker = (page: Page) =>
  page.evaluate(() => (window as unknown as { marker?: number }).marker);

/** A registered lesson by id. */
function lessonById(id: string) {
  const lesson = LESSONS.find((l) => l.id === id);
  if (!lesson) throw new Error(`No lesson ${id}`);
  return lesson;
}

/** Expects the step on screen to be fully rendered: no loading text, no error, figures drawn. */
async function expectStepRendered(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  for (const figure of await page.locator('figure.cr-figure').all()) {
    await expect(figure.locator('svg, canvas, table, .katex, img, li, button').first()).toBeVisible(
      {
        timeout: 30_000,
      },
    );
  }
}

test('after one online visit the whole course works offline, training included', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const consoleWatch = watchConsole(page);
  await page.goto('./');
  await waitForServiceWorker(page);
  await page.reload();
  await expect(page.getByTestId('offline-status')).toContainText(
    'Lessons, styles and fonts: saved in this browser.',
  );
  await page.getByRole('button', { name: 'Make the course available offline' }).click();
  await expect(page.getByText('The whole course works offline in this browser')).toBeVisible({
    timeout: 60_000,
  });
  const space = await page.getByTestId('offline-space').textContent();
  console.log(`offline: ${space}`);
  expect(Number(/([\d.]+) MB/.exec(space ?? '')?.[1])).toBeGreaterThan(11);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('heading', { name: 'Offline use' }).scrollIntoViewIfNeeded();
  await screenshotAllSizes(page, 'home-offline-ready');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Chain Rule' })).toBeVisible();
  for (const lesson of LESSONS) {
    await page.goto(`./#/lesson/${lesson.id}/1`);
    await page.reload();
    await expectStepRendered(page, lesson.steps[0].title);
  }
  const train = stepNumber('linear', 'train');
  await page.goto(`./#/lesson/linear/${train}`);
  await page.reload();
  await expectStepRendered(page, lessonById('linear').steps[train - 1].title);
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('linear-test-accuracy')).toHaveText(/\d+\.\d%/, {
    timeout: 90_000,
  });
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Reset starts over: the old run's test accuracy leaves the screen.
  await page.getByRole('button', { name: /Reset/ }).click();
  await expect(page.getByTestId('linear-train-status')).toContainText('step 0');
  await expect(page.getByTestId('linear-test-accuracy')).toHaveText('–');
  consoleWatch.expectClean();
});

test('a new deployment waits: the page says so and reloads only when asked', async ({
  page,
  context,
}) => {
  const consoleWatch = watchConsole(page);
  await deployNewVersion(page, context);
  const banner = page.getByTestId('update-banner');
  await expect(banner).toContainText('A new version is ready: reload when convenient');
  await expectNoSeriousA11yViolations(page);
  await screenshotAllSizes(page, 'update-banner');
  expect(await marker(page)).toBe(42);
  await banner.getByRole('button', { name: 'Later' }).click();
  await expect(banner).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/lesson\/welcome\/1$/);
  expect(await marker(page)).toBe(42);
  consoleWatch.expectClean();
});

test('with the "Reload now" button the new version takes over', async ({ page, context }) => {
  await deployNewVersion(page, context);
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Reload now' }).click();
  await reloaded;
  expect(await marker(page)).toBeUndefined();
  await expect(page).toHaveURL(/#\/lesson\/welcome\/1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSONS[0].steps[0].title);
  await expect(page.getByTestId('update-banner')).toHaveCount(0);
});

test.describe('without a service worker (a first visit that goes offline)', () => {
  test.use({ serviceWorkers: 'block' });

  test('a lesson that failed to download says what to do, and Reset downloads it again', async ({
    page,
    context,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Chain Rule' })).toBeVisible();
    await context.setOffline(true);
    const step = stepNumber('backprop', 'forward');
    await page.evaluate((s) => (window.location.hash = `#/lesson/backprop/${s}`), step);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be downloaded');
    await expect(alert).toContainText('Check the connection, then press “Reset this lesson”');
    await screenshotAllSizes(page, 'lesson-download-failed');
    await context.setOffline(false);
    await alert.getByRole('button', { name: 'Reset this lesson' }).click();
    await expectStepRendered(page, lessonById('backprop').steps[step - 1].title);
    // Every stylesheet the lesson needs has loaded (a failed one is fetched again).
    const unloaded = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].filter(
          (l) => l.sheet === null,
        ).length,
    );
    expect(unloaded).toBe(0);
    expect(errors).toEqual([]);
  });

  test('digits that failed to download say what to do while the browser is offline', async ({
    page,
    context,
  }) => {
    let isDown = true;
    await context.route('**/mnist/*.u8z', (route) =>
      isDown ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(`./#/lesson/linear/${stepNumber('linear', 'pixels')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The MNIST digits could not be loaded');
    await expect(page.getByTestId('offline-hint')).toHaveCount(0);
    await context.setOffline(true);
    await expect(page.getByTestId('offline-hint')).toContainText(
      'Reconnect and press Retry; to use them offline next time',
    );
    await context.setOffline(false);
    await expect(page.getByTestId('offline-hint')).toHaveCount(0);
    isDown = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('.cr-pixel-grid__svg')).toBeVisible({ timeout: 30_000 });
  });
});
