/** Measures a presenter-mode slide: does it fit above the control bar, and how small is its text? */
import type { Page } from '@playwright/test';

/** What one slide measured. */
export interface SlideMeasure {
  /** Pixels of the stage that need scrolling (0 when the step fits). */
  overflow: number;
  /** Pixels the last figure reaches below the top of the control bar (≤ 0 when it fits). */
  belowBar: number;
  /** Smallest rendered font size (px) of meaningful figure text, or null when the slide has none. */
  minFont: number | null;
  /** The smallest text, for the failure message. */
  smallest: string;
}

/**
 * Measures the slide on screen. Decorative text opts out with data-decorative, or aria-hidden on
 * HTML; text inside an svg is measured even under aria-hidden (a chart's axes are hidden from
 * screen readers because the chart has its own label, but the room still reads the ticks).
 */
export function measureSlide(page: Page): Promise<SlideMeasure> {
  return page.evaluate(() => {
    const stage = document.querySelector('.presenter-stage') as HTMLElement;
    const bar = document.querySelector('.presenter-bar') as HTMLElement;
    const figures = [
      ...document.querySelectorAll('.presenter-body figure, .presenter-body .cr-figure'),
    ];
    const barTop = bar.getBoundingClientRect().top;
    const bottom = Math.max(0, ...figures.map((f) => f.getBoundingClientRect().bottom));
    let minFont: number | null = null;
    let smallest = '';
    const skip =
      '[aria-hidden="true"]:not(svg *), .katex-mathml, [data-decorative], .visually-hidden, .prose';
    for (const figure of figures) {
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent || n.textContent.trim() === '') continue;
        let el = n.parentElement;
        if (!el || el.closest(skip)) continue;
        el = (el.closest('.katex') as HTMLElement | null) ?? el;
        const rects = el.getClientRects();
        if (rects.length === 0 || rects[0].width === 0) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden') continue;
        let size = parseFloat(style.fontSize);
        // NOTE: the computed font size ignores CSS zoom (the presenter's fit-to-stage); an SVG's
        // screen matrix includes it, HTML text needs currentCSSZoom (Chromium 128+).
        if (el instanceof SVGElement) {
          // The matrix's scale, whatever its rotation (a y-axis title is turned 90°).
          const m = (el as unknown as SVGGraphicsElement).getScreenCTM();
          size *= m ? Math.hypot(m.a, m.b) : 1;
        } else size *= (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
        if (minFont === null || size < minFont) {
          minFont = size;
          smallest = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${n.textContent.trim().slice(0, 30)}"`;
        }
      }
    }
    return {
      overflow: stage.scrollHeight - stage.clientHeight,
      belowBar: bottom - barTop,
      minFont,
      smallest,
    };
  });
}
