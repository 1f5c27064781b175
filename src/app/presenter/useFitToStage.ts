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
        const overflow = s.scrollHeight - s.clientHeight;
        const height = b.getBoundingClientRect().height;
        if (height <= 0) break;
        // Shrink by the overflow; grow back towards 1 when there is room to spare.
        const next = fitScale(height - overflow, height, scale);
        if (Math.abs(next - scale) < 0.005 && overflow <= 1) break;
        if (next === scale) break;
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
