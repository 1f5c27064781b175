/**
 * Readable graph text at any size. The drawing is scaled to its box, so its text shrinks with it;
 * where a minimum text size is asked for (`--cr-graph-min-text`, in em of the graph's font, set by
 * presenter mode), the layout is redone with bigger text relative to the drawing until the text,
 * as shown, reaches that size.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { GraphLayout } from './layout';

/** Height of the smallest graph text (values, gradients) in SVG units at text scale 1. */
export const BASE_TEXT = 14;
/** Largest text scale tried (beyond it the drawing scrolls sideways instead). */
export const MAX_TEXT_SCALE = 6;

/** What the graph's box offers: its width and font (CSS px) and the asked-for minimum text (em). */
export interface GraphBox {
  /** Width of the graph's box (px). */
  width: number;
  /** Font size of the graph's box (px). */
  fontPx: number;
  /** Smallest text asked for, in em of that font (0: none). */
  minTextEm: number;
}

/** Size limits of the drawing: scale at most `maxScale`, and at most `height` px tall if given. */
export interface DrawLimits {
  /** Largest on-screen scale of the drawing. */
  maxScale: number;
  /** Fixed height in px, if any. */
  height?: number;
}

/** On-screen scale of a layout drawn as wide as the box allows. */
export function drawScale(layout: GraphLayout, width: number, limits: DrawLimits): number {
  const s = Math.min(limits.maxScale, width / layout.width);
  return limits.height ? Math.min(s, limits.height / layout.height) : s;
}

/** The smallest text (px) the box asks for, or 0. */
export function minTextPx(box: GraphBox): number {
  const px = box.minTextEm * box.fontPx;
  return Number.isFinite(px) && px > 0 && box.width > 0 ? px : 0;
}

/** A text scale rounded up to the next multiple of 0.05. */
const stepUp = (k: number) => Math.ceil(Math.round(k * 2000) / 100) / 20;

/**
 * The text scale (a multiple of 0.05) at which the drawing's text, shown in the box, is at least
 * the asked-for size: 1 when nothing is asked. When a size is asked, the scale starts where the
 * text is that size at one drawing unit per CSS pixel, so text inside the drawing's HTML (edge
 * formulas) is that size too, and grows until the drawing, scaled into the box, is readable;
 * MAX_TEXT_SCALE when nothing is enough. `layoutAt(k)` lays the graph out at text scale k. The
 * shown size grows with k (boxes grow, gaps do not), so a bisection finds it in a few layouts.
 */
export function chooseTextScale(
  layoutAt: (k: number) => GraphLayout,
  box: GraphBox,
  limits: DrawLimits,
): number {
  const floor = minTextPx(box);
  if (floor === 0) return 1;
  const isEnough = (k: number) =>
    BASE_TEXT * k * drawScale(layoutAt(k), box.width, limits) >= floor;
  const first = Math.min(MAX_TEXT_SCALE, Math.max(1, stepUp(floor / BASE_TEXT)));
  if (isEnough(first)) return first;
  let lo = 0; // steps of 0.05 above `first`: lo is not enough, hi is (or is the last step)
  let hi = Math.max(1, Math.round((MAX_TEXT_SCALE - first) * 20));
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (isEnough(Math.round(first * 100 + mid * 5) / 100)) hi = mid;
    else lo = mid;
  }
  return Math.round(first * 100 + hi * 5) / 100;
}

/** Reads a graph box from its root element (and the em probe inside it). */
function readBox(root: HTMLElement): GraphBox {
  const style = getComputedStyle(root);
  return {
    width: root.clientWidth,
    fontPx: parseFloat(style.fontSize) || 16,
    minTextEm: parseFloat(style.getPropertyValue('--cr-graph-min-text')) || 0,
  };
}

/**
 * The graph's box, kept current: the root's width, and its font through a 1em-wide probe (so a
 * presenter's larger type is noticed even when the width stays the same).
 */
export function useGraphBox(
  root: RefObject<HTMLElement | null>,
  probe: RefObject<HTMLElement | null>,
): GraphBox {
  const [box, setBox] = useState<GraphBox>({ width: 0, fontPx: 16, minTextEm: 0 });
  useLayoutEffect(() => {
    const el = root.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const update = () => {
      const next = readBox(el);
      // NOTE: width changes under 3% (a scrollbar coming and going) are ignored, so a relayout
      // that changes the page's height cannot make the layout flip back and forth.
      setBox((prev) =>
        Math.abs(prev.width - next.width) <= 0.03 * prev.width &&
        prev.fontPx === next.fontPx &&
        prev.minTextEm === next.minTextEm
          ? prev
          : next,
      );
    };
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (probe.current) observer.observe(probe.current);
    update();
    return () => observer.disconnect();
  }, [root, probe]);
  return box;
}
