/** SVG axes rendered by JSX from d3 scales (d3 computes ticks, React draws). */
import type { ScaleContinuousNumeric } from 'd3';
import { formatNumber } from '../format';

/** Plot margins in SVG units. */
export interface Margins {
  /** Top. */
  top: number;
  /** Right. */
  right: number;
  /** Bottom. */
  bottom: number;
  /** Left. */
  left: number;
  /** Write the y-axis title across the top instead of beside the axis (it is taller than the plot). */
  yTitleOnTop?: boolean;
}

/** Default margins leave room for tick labels and axis titles. */
export const DEFAULT_MARGINS: Margins = { top: 12, right: 16, bottom: 44, left: 58 };

/** Rough advance of one tick-label character, in em (digits, sign, point). */
const CHAR_EM = 0.58;

/** What the margins must hold: the tick labels and which axis titles are drawn. */
export interface MarginNeeds {
  /** Labels of the y ticks (their longest sets the left margin). */
  yTicks: readonly string[];
  /** Label of the last x tick (half of it hangs past the right edge). */
  lastXTick?: string;
  /** An x-axis title is drawn. */
  hasXLabel: boolean;
  /** A y-axis title is drawn. */
  hasYLabel: boolean;
  /** Length of the y-axis title in characters, and the drawing's height: a title longer than the
   *  plot is written across the top instead. */
  yLabelFit?: { chars: number; height: number };
}

/**
 * Margins, in viewBox units, that hold tick labels and titles of `em` units: at least `base`,
 * more when the text is large relative to the drawing (a narrow phone, a projector's type).
 */
export function fitMargins(base: Margins, em: number, needs: MarginNeeds): Margins {
  const longest = Math.max(1, ...needs.yTicks.map((t) => t.length));
  const top = Math.max(base.top, 0.7 * em);
  const bottom = Math.max(base.bottom, 8 + 1.3 * em + (needs.hasXLabel ? 1.35 * em : 0));
  const fit = needs.yLabelFit;
  const yTitleOnTop =
    needs.hasYLabel && fit !== undefined && fit.chars * CHAR_EM * em > fit.height - top - bottom;
  return {
    top: yTitleOnTop ? top + 1.4 * em : top,
    right: Math.max(base.right, ((needs.lastXTick?.length ?? 1) * CHAR_EM * em) / 2 + 4),
    bottom,
    left: Math.max(
      base.left,
      12 + longest * CHAR_EM * em + (needs.hasYLabel && !yTitleOnTop ? 1.4 * em : 0),
    ),
    yTitleOnTop,
  };
}

/** How many ticks fit along `length` units when each needs about `perTick` em of `em` units. */
export function tickCount(length: number, em: number, perTick: number, most: number): number {
  return Math.max(2, Math.min(most, Math.floor(length / (perTick * em))));
}

/** Tick labels of a scale, as {@link Axes} prints them. */
export function tickLabels(
  scale: ScaleContinuousNumeric<number, number>,
  count: number,
  isLog: boolean,
): string[] {
  return tickValues(scale, count, isLog).map(formatNumber);
}

/** Tick values for a scale: log scales get one tick per decade (at most ~6). */
export function tickValues(
  scale: ScaleContinuousNumeric<number, number>,
  count: number,
  isLog: boolean,
): number[] {
  if (!isLog) return scale.ticks(count);
  const [a, b] = scale.domain();
  const lo = Math.floor(Math.log10(Math.min(a, b)));
  const hi = Math.ceil(Math.log10(Math.max(a, b)));
  const every = Math.max(1, Math.ceil((hi - lo) / 6));
  const out: number[] = [];
  for (let e = lo; e <= hi; e += every) {
    const v = 10 ** e;
    if (v >= Math.min(a, b) * 0.999 && v <= Math.max(a, b) * 1.001) out.push(v);
  }
  return out;
}

/** Props of the axes. */
export interface AxesProps {
  /** Horizontal scale (range in SVG units). */
  x: ScaleContinuousNumeric<number, number>;
  /** Vertical scale. */
  y: ScaleContinuousNumeric<number, number>;
  /** Total width. */
  width: number;
  /** Total height. */
  height: number;
  /** Margins. */
  margins: Margins;
  /** Title under the x axis. */
  xLabel?: string;
  /** Title beside the y axis. */
  yLabel?: string;
  /** Log y axis (decade ticks). */
  isLogY?: boolean;
  /** Log x axis (decade ticks). */
  isLogX?: boolean;
  /** Draw light grid lines. */
  grid?: boolean;
  /** One em of the chart's text in viewBox units (places labels; default 16). */
  em?: number;
  /** Number of x ticks asked of the scale (default 6). */
  xTicks?: number;
  /** Number of y ticks asked of the scale (default 5). */
  yTicks?: number;
}

/** Bottom and left axes with ticks, grid and titles. */
export function Axes({
  x,
  y,
  width,
  height,
  margins,
  xLabel,
  yLabel,
  isLogY = false,
  isLogX = false,
  grid = true,
  em = 16,
  xTicks = 6,
  yTicks = 5,
}: AxesProps) {
  const xt = tickValues(x, xTicks, isLogX);
  const yt = tickValues(y, yTicks, isLogY);
  const x0 = margins.left;
  const x1 = width - margins.right;
  const y0 = height - margins.bottom;
  const y1 = margins.top;
  return (
    <g className="cr-axes" aria-hidden="true">
      {grid &&
        yt.map((v) => (
          <line key={`gy${v}`} className="cr-grid" x1={x0} x2={x1} y1={y(v)} y2={y(v)} />
        ))}
      {grid &&
        xt.map((v) => (
          <line key={`gx${v}`} className="cr-grid" x1={x(v)} x2={x(v)} y1={y0} y2={y1} />
        ))}
      <line className="cr-axis" x1={x0} x2={x1} y1={y0} y2={y0} />
      <line className="cr-axis" x1={x0} x2={x0} y1={y0} y2={y1} />
      {xt.map((v) => (
        <g key={`x${v}`} transform={`translate(${x(v)},${y0})`}>
          <line className="cr-axis" y2={5} />
          <text className="cr-tick" y={6 + 0.95 * em} textAnchor="middle">
            {formatNumber(v)}
          </text>
        </g>
      ))}
      {yt.map((v) => (
        <g key={`y${v}`} transform={`translate(${x0},${y(v)})`}>
          <line className="cr-axis" x2={-5} />
          <text className="cr-tick" x={-8} y={0.32 * em} textAnchor="end">
            {formatNumber(v)}
          </text>
        </g>
      ))}
      {xLabel && (
        <text
          className="cr-axis-title"
          x={(x0 + x1) / 2}
          y={height - 0.35 * em}
          textAnchor="middle"
        >
          {xLabel}
        </text>
      )}
      {yLabel && margins.yTitleOnTop && (
        <text className="cr-axis-title" x={4} y={0.95 * em} textAnchor="start">
          {yLabel}
        </text>
      )}
      {yLabel && !margins.yTitleOnTop && (
        <text
          className="cr-axis-title"
          transform={`translate(${0.95 * em},${(y0 + y1) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {yLabel}
        </text>
      )}
    </g>
  );
}
