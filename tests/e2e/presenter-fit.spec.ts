/**
 * Every step of every registered lesson fits the projector: in presenter mode at 1280×720 and
 * 1920×1080 the title and figure sit above the control bar with no scrolling, and the smallest
 * meaningful figure text is at least 18 px (720p) or 24 px (1080p). Failures name the step.
 */
import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../../src/lessons/registry';
import type { LessonDefinition } from '../../src/kit/lesson';
import { watchConsole } from './helpers';
import { KNOWN_OVERFLOW, KNOWN_SMALL_TEXT } from './presenter-known-small';
import { measureSlide, type SlideMeasure } from './presenter-measure';

const SIZES = [
  { label: '1280×720', width: 1280, height: 720, minFont: 18 },
  { label: '1920×1080', width: 1920, height: 1080, minFont: 24 },
] as const;

/** A deep link survives a reload; P enters presenter mode, End and Home jump, Esc Esc leaves. */
async function presenterKeysAndDeepLink(page: Page, lesson: LessonDefinition): Promise<void> {
  const last = lesson.steps.length;
  const middle = Math.min(2, last);
  const heading = page.getByRole('heading', { level: 1, name: lesson.steps[middle - 1].title });
  await page.goto(`./#/lesson/${lesson.id}/${middle}`);
  await expect(heading).toBeVisible();
  await page.reload();
  await expect(heading).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.locator('.presenter')).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.locator('#step-title')).toHaveText(lesson.steps[last - 1].title);
  await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.id}/${last}\\?`));
  await page.keyboard.press('Home');
  await expect(page.locator('#step-title')).toHaveText(lesson.steps[0].title);
  // Esc opens the overview first (as in reveal.js); a second Esc leaves presenter mode.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /Overview/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.presenter')).toHaveCount(0);
}

/**
 * The slide's measure once it has settled: charts size their text from their drawn size after
 * the presenter's fit-to-stage zoom, which takes a few frames (longer on a loaded machine).
 */
async function settledMeasure(page: Page): Promise<SlideMeasure> {
  let last = await measureSlide(page);
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(300);
    const next = await measureSlide(page);
    if (next.minFont === last.minFont && next.overflow === last.overflow) return next;
    last = next;
  }
  return last;
}

for (const lesson of LESSONS) {
  test(`presenter keys work in ${lesson.id}, and every step fits the projector`, async ({
    page,
  }) => {
    test.setTimeout(60_000 + lesson.steps.length * 20_000);
    const consoleWatch = watchConsole(page);
    await presenterKeysAndDeepLink(page, lesson);
    const problems: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const [i, step] of lesson.steps.entries()) {
        await page.goto(`./#/lesson/${lesson.id}/${i + 1}?present=1`);
        await expect(page.locator('.presenter-stage .loading')).toHaveCount(0, { timeout: 30_000 });
        const m = await settledMeasure(page);
        const where = `${lesson.id}/${step.id} at ${size.label}`;
        const key = `${lesson.id}/${step.id}@${size.width}`;
        const overflows = m.overflow > 2 || m.belowBar > 2;
        if (overflows && !KNOWN_OVERFLOW.has(key))
          problems.push(
            `${where}: the stage scrolls by ${m.overflow} px; a figure reaches ${Math.round(m.belowBar)} px below the control bar [${key}]`,
          );
        if (!overflows && KNOWN_OVERFLOW.has(key))
          console.log(`${where}: now fits; remove "${key}" from KNOWN_OVERFLOW`);
        const isSmall = m.minFont !== null && m.minFont < size.minFont - 0.5;
        if (isSmall && !KNOWN_SMALL_TEXT.has(key))
          problems.push(
            `${where}: figure text ${m.minFont!.toFixed(1)} px < ${size.minFont} px (${m.smallest}) [${key}]`,
          );
        if (!isSmall && KNOWN_SMALL_TEXT.has(key))
          console.log(`${where}: now readable; remove "${key}" from presenter-known-small.ts`);
      }
    }
    console.log(problems.length ? problems.join('\n') : `${lesson.id}: every step fits`);
    expect(problems, problems.join('\n')).toEqual([]);
    consoleWatch.expectClean();
  });
}
