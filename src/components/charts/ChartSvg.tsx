/**
 * The svg every chart draws in: `width` × `height` units scaled to its box, its text sized by the
 * measured scale (useSvgScale) so it renders at the surrounding font size, and one accessible name.
 */
import type { ReactNode } from 'react';
import { svgFontStyle, type SvgScale } from './useSvgScale';

/** Props of {@link ChartSvg}. */
export interface ChartSvgProps {
  /** Drawing width in svg units. */
  width: number;
  /** Drawing height in svg units. */
  height: number;
  /** The scale useSvgScale measured. */
  scale: SvgScale;
  /** The ref callback useSvgScale returned. */
  svgRef: (el: SVGSVGElement | null) => void;
  /** What the chart shows, for screen readers (its parts are aria-hidden). */
  ariaLabel: string;
  /** Class of the svg (default `cr-chart__svg`). */
  className?: string;
  children: ReactNode;
}

/** A chart's scaled, labelled svg. */
export function ChartSvg({
  width,
  height,
  scale,
  svgRef,
  ariaLabel,
  className = 'cr-chart__svg',
  children,
}: ChartSvgProps) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={className}
      ref={svgRef}
      style={svgFontStyle(scale, width, height)}
      role="img"
      aria-label={ariaLabel}
    >
      {children}
    </svg>
  );
}
