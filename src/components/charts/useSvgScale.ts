/**
 * Readable text in a scaled SVG. A chart draws in fixed viewBox units and is stretched to its
 * container, so text sized in viewBox units shrinks on a phone and grows on a projector. This
 * hook measures how many viewBox units one rendered CSS pixel spans (`k`), so the chart can set
 * its font size to `k` em: its labels then render at the page's own font size whatever the
 * drawing's scale (in presenter mode, the presenter's large type), and margins sized in `em`
 * units make room for them.
 */
import { useLayoutEffect, useState, type CSSProperties } from 'react';

/** The measured scale of a drawing. */
export interface SvgScale {
  /** viewBox units per rendered CSS pixel. */
  k: number;
  /** One em of the surrounding text, in viewBox units. */
  em: number;
}

/** Scale before the first measurement (jsdom, server): 1 unit = 1 px at a 16 px font. */
export const UNMEASURED: SvgScale = { k: 1, em: 16 };

/**
 * viewBox units per CSS px of a `width` × `height` drawing shown in a `boxW` × `boxH` px box
 * (the default preserveAspectRatio "meet": the drawing scales by the tighter side).
 */
export function unitsPerPx(width: number, height: number, boxW: number, boxH: number): number {
  if (!(boxW > 0) || !(boxH > 0) || !(width > 0) || !(height > 0)) return 1;
  return Math.max(width / boxW, height / boxH);
}

/**
 * The svg's style: font size `k` em, so its text renders at the surrounding font size, and its
 * aspect ratio as `--cr-aspect` (presenter mode caps a chart's height through its width).
 */
export function svgFontStyle(scale: SvgScale, width: number, height: number): CSSProperties {
  return {
    fontSize: `${scale.k.toFixed(4)}em`,
    ['--cr-aspect' as string]: (width / height).toFixed(4),
  };
}

/**
 * Measures the drawing scale of a chart's svg (drawn `width` × `height` units) and keeps it
 * current. Returns the scale and the ref callback to put on the svg: the element may be replaced
 * while the chart stays mounted (a chart that first renders an empty state, say), and a callback
 * ref notices that where a ref object would not.
 */
export function useSvgScale(
  width: number,
  height: number,
): [SvgScale, (el: SVGSVGElement | null) => void] {
  const [scale, setScale] = useState<SvgScale>(UNMEASURED);
  const [el, setEl] = useState<SVGSVGElement | null>(null);
  useLayoutEffect(() => {
    if (!el) return undefined;
    const measure = () => {
      // NOTE: clientWidth is in the element's own CSS px, before any CSS zoom of an ancestor,
      // which is the unit the font size is in too.
      const k = unitsPerPx(width, height, el.clientWidth, el.clientHeight);
      const parent = el.parentElement;
      const fontPx = (parent && parseFloat(getComputedStyle(parent).fontSize)) || 16;
      const next = { k: Number(k.toFixed(4)), em: Number((k * fontPx).toFixed(2)) };
      setScale((s) => (Math.abs(s.k - next.k) < 0.002 && s.em === next.em ? s : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    // NOTE: another observer's callback (the presenter's fit-to-stage zoom) may resize the svg
    // after this one ran in the same frame, so each report is checked again on the next frame.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      measure();
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [el, width, height]);
  return [scale, setEl];
}
