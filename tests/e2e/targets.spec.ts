/**
 * Phone targets: at 375 × 812 every interactive target in the welcome, linear and backprop
 * lessons' steps is at least 44 × 44 CSS px (a radio or checkbox counts with its label), and
 * no step scrolls sideways. Links inside running prose are exempt (WCAG 2.5.8's inline exception).
 */
import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../../src/lessons/registry';

const MIN = 44;
const LESSON_IDS = ['welcome', 'linear', 'backprop'];

/** Targets smaller than MIN on the page: "tag 'name' w×h". */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const sel =
      'main button, main a[href], main input, main select, main textarea, main [role="button"], main summary';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      if (el.closest('.prose p, .prose li, .prose td, .katex, .speaker-notes > div')) continue;
      const box = (el.closest('label') ?? el) as HTMLElement;
      const r = box.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      if (r.width + 0.5 < min || r.height + 0.5 < min) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        out.push(
          `${el.tagName.toLowerCase()} '${name}' ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return out;
  }, MIN);
}

test.use({ viewport: { width: 375, height: 812 } });

for (const id of LESSON_IDS) {
  const lesson = LESSONS.find((l) => l.id === id)!;
  test(`${id}: every target is at least 44 × 44 px on a phone, and nothing scrolls sideways`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    for (let i = 0; i < lesson.steps.length; i++) {
      await page.goto(`./#/lesson/${id}/${i + 1}`);
      await expect(page.locator('.loading')).toHaveCount(0);
      await expect(page.locator('#step-title')).toHaveText(lesson.steps[i].title);
      await page.waitForTimeout(300);
      for (const t of await smallTargets(page)) problems.push(`${id}/${lesson.steps[i].id}: ${t}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 1)
        problems.push(`${id}/${lesson.steps[i].id}: page scrolls ${overflow}px sideways`);
    }
    expect(problems).toEqual([]);
  });
}
