/**
 * Presenter mode fits each step to the screen: when the step's figures are taller than the space
 * above the control bar, the body is zoomed down (never up) until it fits, so nothing needs
 * scrolling; when the step gets shorter again it zooms back up. The zoom is exposed as `data-fit-scale` so tests can measure the real text size.
 */
import { useLayoutEffect, type RefObject } from 'react';

/** Smallest zoom: below this the stage scrolls instead (text would be unreadable anyway). */
export const MIN_FIT_SCALE = 0.5;

/**
 * The largest zoom in [MIN_FIT_SCALE, 1] (to about 1/250) at which `fits` holds, by bisection:
 * zooming out widens the layout and reflows it, so the fitting zoom is found by trying, not
 * computed from one measurement. MIN_FIT_SCALE when nothing fits.
 */
export function searchScale(fits: (scale: number) => boolean): number {
  if (fits(1)) return 1;
  let lo = MIN_FIT_SCALE;
  let hi = 1;
  if (!fits(lo)) return lo;
  for (let i = 0; i < 7; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return Number(lo.toFixed(3));
}

/** Zooms an element and records the zoom for tests. */
function applyZoom(el: HTMLElement, scale: number): void {
  el.style.zoom = String(scale);
  el.dataset.fitScale = String(scale);
}

/**
 * Height (px on screen) the body may take: from its top to the bottom of the stage's content box,
 * less a little for the margin its last figure lets collapse through its bottom edge.
 */
function roomFor(stage: HTMLElement, body: HTMLElement): number {
  const padBottom = parseFloat(getComputedStyle(stage).paddingBottom) || 0;
  const top = body.getBoundingClientRect().top - stage.getBoundingClientRect().top;
  return stage.clientHeight - padBottom - (top + stage.scrollTop) - 12;
}

/** Records the scroll positions of the scrolled boxes inside `root`; returns their restorer. */
function keepScroll(root: HTMLElement): () => void {
  const kept = [...root.querySelectorAll<HTMLElement>('*')]
    .filter((el) => el.scrollLeft > 0 || el.scrollTop > 0)
    .map((el) => [el, el.scrollLeft, el.scrollTop] as const);
  return () => kept.forEach(([el, left, top]) => el.scrollTo({ left, top, behavior: 'auto' }));
}

/** Keeps `body` zoomed so that it fits in `stage` below its title; re-fits when either resizes. */
export function useFitToStage(
  stage: RefObject<HTMLElement | null>,
  body: RefObject<HTMLElement | null>,
  key: unknown,
): void {
  useLayoutEffect(() => {
    const s = stage.current;
    const b = body.current;
    if (!s || !b || typeof ResizeObserver === 'undefined') return undefined;
    const fit = () => {
      if (b.getBoundingClientRect().height <= 0) return;
      // NOTE: a trial zoom at which a scrolled box fits resets its scroll position, and nothing
      // resizes afterwards to tell the box (a graph following its current node) to scroll back.
      const scrolled = keepScroll(b);
      // Each trial zoom is laid out synchronously inside the observer callback, before paint.
      const fits = (scale: number) => {
        applyZoom(b, scale);
        return b.getBoundingClientRect().height <= roomFor(s, b) + 0.5;
      };
      const best = searchScale(fits);
      if (b.dataset.fitScale !== String(best)) applyZoom(b, best);
      scrolled();
    };
    applyZoom(b, 1);
    const observer = new ResizeObserver(() => fit());
    observer.observe(s);
    observer.observe(b);
    fit();
    return () => observer.disconnect();
  }, [stage, body, key]);
}
