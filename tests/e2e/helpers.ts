/** Shared helpers for the browser tests: console watching, axe, screenshots. */
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { LESSONS } from '../../src/lessons/registry';

/** The three viewports the course is checked at. */
export const VIEWPORTS = {
  laptop: { width: 1280, height: 720 },
  projector: { width: 1920, height: 1080 },
  phone: { width: 375, height: 812 },
} as const;

/** Where screenshots go (kept out of Playwright's outputDir, which is emptied on each run). */
export const SCREENSHOT_DIR = 'reports/screenshots';

/** Collects console errors and page errors; call `expectClean()` at the end of a test. */
export function watchConsole(page: Page): { errors: string[]; expectClean: () => void } {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return { errors, expectClean: () => expect(errors, errors.join('\n')).toEqual([]) };
}

/** The course's themes, as the top bar's Theme menu names them. */
export const THEMES = ['light', 'dark', 'projector'] as const;

/** Chooses a theme in the top bar's menu and waits until the page shows it. */
export async function chooseTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Axe's result, as far as these tests read it. */
type AxeResults = Pick<axe.AxeResults, 'violations'>;

/**
 * Runs axe (WCAG 2 A/AA) on the page. Axe is injected once per document and then reused (as
 * AxeBuilder's legacy mode does, without the blank page it opens for every run), so checking one
 * step in three themes costs one injection.
 */
async function runAxe(page: Page): Promise<AxeResults> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })
      .then((r) => ({ violations: r.violations })),
  );
}

/** Runs axe (WCAG 2 A/AA) and fails on serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await runAxe(page);
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/** False when SCREENSHOTS=0 (CI): the page is still resized to each size, but no image is saved. */
const SAVE_SCREENSHOTS = process.env.SCREENSHOTS !== '0';

/**
 * Shows the page at each of the three viewports (a resize that throws fails the test's console
 * watch) and saves a full-page screenshot of each as `<name>-<viewport>.png`.
 */
export async function screenshotAllSizes(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    if (!SAVE_SCREENSHOTS) continue;
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/${name}-${label}.png`,
      fullPage: label !== 'projector',
    });
  }
  await page.setViewportSize(VIEWPORTS.laptop);
}

/** The 1-based URL step number of a lesson's step, by id (specs never hard-code step numbers). */
export function stepNumber(lessonId: string, stepId: string): number {
  const lesson = LESSONS.find((l) => l.id === lessonId);
  const i = lesson?.steps.findIndex((s) => s.id === stepId) ?? -1;
  if (!lesson || i < 0) throw new Error(`No step "${stepId}" in lesson "${lessonId}"`);
  return i + 1;
}
