/**
 * The component gallery in real Chromium: no console errors, no serious axe violations, drawing
 * produces a preprocessed preview, graph nodes explain themselves in KaTeX, and screenshots at
 * 1280×720 and 375×812 (light and dark) land in reports/screenshots/gallery-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { SCREENSHOT_DIR, VIEWPORTS, expectNoSeriousA11yViolations, watchConsole } from './helpers';

async function openGallery(page: Page) {
  await page.goto('./#/gallery');
  await expect(page.getByRole('heading', { name: 'Component gallery' })).toBeVisible();
  // The digit sections load MNIST (or fall back) and train a linear model in the page.
  await expect(page.locator('#digits-grid')).toBeVisible({ timeout: 30_000 });
}

test('gallery renders every component without console errors or serious axe violations (light and dark)', async ({
  page,
}) => {
  // Every component on one long page, and axe over it twice: slower than a lesson step.
  test.setTimeout(180_000);
  const console = watchConsole(page);
  await openGallery(page);
  for (const name of [
    "Computational graph of the lecture's scalar example",
    'Tensor graph of a 784-128-10 MLP with softmax cross-entropy',
  ]) {
    await expect(page.getByRole('group', { name })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: /Cross-entropy loss per step/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Decision boundary/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectNoSeriousA11yViolations(page);
  console.expectClean();
});

test('drawing on the pad shows a centred 28×28 preview', async ({ page }) => {
  const console = watchConsole(page);
  await openGallery(page);
  const pad = page.getByTestId('drawing-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(
      box.x + box.width * (0.3 + i * 0.02),
      box.y + box.height * (0.2 + i * 0.05),
    );
  await page.mouse.up();
  const preview = page.getByRole('img', { name: 'preprocessed 28×28 input' });
  await expect(preview).toBeVisible();
  const inked = await preview.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const d = c.getContext('2d')!.getImageData(0, 0, 28, 28).data;
    let sx = 0,
      sy = 0,
      m = 0;
    const bg = [d[0], d[1], d[2]];
    for (let i = 0; i < 784; i++) {
      const diff =
        Math.abs(d[4 * i] - bg[0]) +
        Math.abs(d[4 * i + 1] - bg[1]) +
        Math.abs(d[4 * i + 2] - bg[2]);
      m += diff;
      sx += diff * ((i % 28) + 0.5);
      sy += diff * (Math.floor(i / 28) + 0.5);
    }
    return { m, cx: sx / m, cy: sy / m };
  });
  expect(inked.m).toBeGreaterThan(0);
  expect(Math.abs(inked.cx - 14)).toBeLessThan(1.5);
  expect(Math.abs(inked.cy - 14)).toBeLessThan(1.5);
  console.expectClean();
});

test('hovering or focusing a graph node shows its local derivative in KaTeX', async ({ page }) => {
  await openGallery(page);
  const figure = page.locator('#graph-lecture');
  await figure.getByRole('button', { name: /^operation max\(0,·\)/ }).hover();
  const panel = figure.getByTestId('graph-formula');
  await expect(panel).toContainText('Operation max(0,·) (relu)');
  await expect(panel.locator('.katex').first()).toBeVisible();
  await figure.getByRole('button', { name: /^value w1/ }).focus();
  await page.mouse.move(0, 0);
  await expect(panel).toContainText('Value w1');
  await page.keyboard.press('ArrowRight');
  await expect(figure.locator('[data-node-id]:focus')).toHaveAttribute('data-kind', 'op');
});

test('gallery screenshots at 1280×720 and 375×812, light and dark', async ({ page }) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await openGallery(page);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    for (const [label, size] of [
      ['laptop', VIEWPORTS.laptop],
      ['phone', VIEWPORTS.phone],
    ] as const) {
      await page.setViewportSize(size);
      await page.waitForTimeout(200);
      const suffix = theme === 'light' ? '' : `-${theme}`;
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/gallery-${label}${suffix}.png`,
        fullPage: true,
      });
    }
  }
  await page.setViewportSize(VIEWPORTS.laptop);
  await page.locator('#graph-lecture').scrollIntoViewIfNeeded();
  await page
    .locator('#graph-lecture')
    .screenshot({ path: `${SCREENSHOT_DIR}/gallery-graph-laptop.png` });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('edge flow animates, except with prefers-reduced-motion', async ({ page }) => {
  await openGallery(page);
  const flow = page.locator('#graph-lecture [data-testid="graph-flow"]').first();
  await expect(flow).toHaveCSS('animation-name', /cr-graph-flow/);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(flow).toHaveCSS('animation-name', 'none');
});
