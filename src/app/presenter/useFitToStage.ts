/**
 * Presenter mode fits each step to the screen: when the step's figures are taller than the space
 * above the control bar, the body is zoomed down (never up) until it fits, so nothing needs
 * scrolling. The zoom is exposed as `data-fit-scale` so tests can measure the real text size.
 */
import { useLayoutEffect, type RefObject } from 'react';

/** Smallest zoom: below this the stage scrolls instead (text would be unreadable anyway). */
export const MIN_FIT_SCALE = 0.5;

/** The zoom that makes `natural` px of content fit into `available` px, within [MIN_FIT_SCALE, 1]. */
export function fitScale(available: number, natural: number, current: number): number {
  if (natural <= 0 || available <= 0) return 1;
  const next = current * (available / natural);
  return Math.max(MIN_FIT_SCALE, Math.min(1, Number(next.toFixed(3))));
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
    let scale = 1;
    const fit = () => {
      for (let i = 0; i < 6; i++) {
        const height = b.getBoundingClientRect().height;
        if (height <= 0) break;
        // Shrink to the room below the title; grow back towards 1 when content got shorter
        // (a figure that was tall while loading must not leave the step zoomed down).
        const next = fitScale(roomFor(s, b), height, scale);
        if (Math.abs(next - scale) < 0.005) break;
        scale = next;
        applyZoom(b, scale);
      }
    };
    applyZoom(b, 1);
    const observer = new ResizeObserver(() => fit());
    observer.observe(s);
    observer.observe(b);
    fit();
    return () => observer.disconnect();
  }, [stage, body, key]);
}
