/**
 * Shades the flat regions of an activation (saturated: f′ below 5% of its peak; dead: f′ = 0)
 * behind a FunctionPlot drawn over the same x range. The plot's drawing size is read from its
 * own SVG once it has rendered, so the bands line up with its axes; the kinds of region shown are
 * keyed in a small legend (by pattern as well as shade), and the intervals are in the figure's
 * accessible name.
 */
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_MARGINS } from '../../components/charts/axes';
import type { FlatRegion } from './activation-curves';

/** Props of {@link FlatBands}. */
export interface FlatBandsProps {
  /** The regions to shade. */
  regions: readonly FlatRegion[];
  /** The plot's x range. */
  xDomain: [number, number];
  /** The FunctionPlot. */
  children: ReactNode;
}

const KIND_TEXT = {
  saturated: 'saturated: f′ below 5% of its peak',
  dead: 'dead: f′ = 0, no gradient at all',
} as const;

/** One region as words, e.g. "dead (f′ = 0) for x < 0.00". */
export function regionText(r: FlatRegion): string {
  const side =
    r.from === -Infinity
      ? `x < ${r.to.toFixed(2)}`
      : r.to === Infinity
        ? `x > ${r.from.toFixed(2)}`
        : `${r.from.toFixed(2)} < x < ${r.to.toFixed(2)}`;
  return `${r.kind} for ${side}`;
}

const minus = (v: number) => String(v).replace('-', '−');

/** The plot with its flat regions shaded behind the curves. */
export function FlatBands({ regions, xDomain, children }: FlatBandsProps) {
  const hatchId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  useLayoutEffect(() => {
    const box = wrap.current
      ?.querySelector('svg.cr-chart__svg')
      ?.getAttribute('viewBox')
      ?.split(/[\s,]+/);
    const [w, h] = [Number(box?.[2]), Number(box?.[3])];
    if (!(w > 0 && h > 0)) return;
    // NOTE: the same object when unchanged, so this layout effect settles after one pass.
    setSize((prev) => (prev && prev.w === w && prev.h === h ? prev : { w, h }));
  }, [children]);
  const m = DEFAULT_MARGINS;
  const kinds = [...new Set(regions.map((r) => r.kind))];
  const none = `No flat region on [${minus(xDomain[0])}, ${minus(xDomain[1])}]: the gradient never vanishes here.`;
  const summary = regions.length === 0 ? none : `Shaded: ${regions.map(regionText).join('; ')}.`;
  return (
    <div className="mlp-bands" data-testid="flat-regions" data-regions={regions.length}>
      <div className="mlp-bands__plot" ref={wrap} role="group" aria-label={summary}>
        {size && (
          <svg className="mlp-bands__layer" viewBox={`0 0 ${size.w} ${size.h}`} aria-hidden="true">
            <defs>
              <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="8" className="mlp-band--saturated" />
                <path d="M-2,2L2,-2M0,8L8,0M6,10L10,6" className="mlp-bands__hatch" />
              </pattern>
            </defs>
            {regions.map((r, i) => {
              const [lo, hi] = xDomain;
              const px = (x: number) =>
                m.left +
                ((Math.max(lo, Math.min(hi, x)) - lo) / (hi - lo)) * (size.w - m.left - m.right);
              const x0 = px(r.from);
              return (
                <rect
                  key={i}
                  className={`mlp-band mlp-band--${r.kind}`}
                  data-kind={r.kind}
                  fill={r.kind === 'dead' ? `url(#${hatchId})` : undefined}
                  x={x0}
                  width={px(r.to) - x0}
                  y={m.top}
                  height={size.h - m.top - m.bottom}
                />
              );
            })}
          </svg>
        )}
        {children}
      </div>
      <p className="mlp-bands__key">
        {kinds.length === 0
          ? none
          : kinds.map((k) => (
              <span key={k} className="mlp-bands__item">
                <span className={`mlp-bands__swatch mlp-band--${k}`} aria-hidden="true" />
                {KIND_TEXT[k]}
              </span>
            ))}
      </p>
    </div>
  );
}
