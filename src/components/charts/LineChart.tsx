/**
 * A line chart for loss/accuracy curves with several series (train vs test), optional log y
 * scale, axes and a legend. Each series' path is memoised on its data and the (nice, rarely
 * changing) domains, so appending to one series recomputes only that path.
 */
import { memo, useMemo } from 'react';
import { line, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { categorical } from '../palette';
import { formatNumber } from '../format';
import { Axes, DEFAULT_MARGINS, fitMargins, tickCount, tickLabels } from './axes';
import { ChartSvg } from './ChartSvg';
import { useSvgScale } from './useSvgScale';
import { DASH, LineSwatch } from './legend';
import './charts.css';

/** One line of the chart. */
export interface LineSeries {
  /** Stable id (React key). */
  id: string;
  /** Legend label, e.g. "train". */
  label: string;
  /** y values; append-only arrays are fine (the length is part of the memo key). */
  y: ArrayLike<number>;
  /** x values (default: the index 0, 1, 2…). */
  x?: ArrayLike<number>;
  /** Categorical colour index (default: position in the list). */
  colorIndex?: number;
  /** Dashed line (so series differ by more than colour). */
  dashed?: boolean;
}

/** Props of {@link LineChart}. */
export interface LineChartProps {
  /** The series to draw. */
  series: readonly LineSeries[];
  /** Log10 y axis (non-positive values are skipped). */
  logY?: boolean;
  /** x-axis title. */
  xLabel?: string;
  /** y-axis title. */
  yLabel?: string;
  /** Fixed y domain (default: from the data, nice). */
  yDomain?: [number, number];
  /** Height in SVG units (the chart scales with its width; default 260). */
  height?: number;
  /** Accessible name. */
  ariaLabel: string;
  /** Single points to mark (e.g. where training diverged); they count in the y extent. */
  markers?: readonly ChartMarker[];
}

/** A marked point with its label. */
export interface ChartMarker {
  /** x value. */
  x: number;
  /** y value. */
  y: number;
  /** Text beside the point, also in the legend. */
  label: string;
}

/** Virtual width of the drawing (viewBox); the SVG scales to its container. */
const WIDTH = 540;

/** Data extent of all series: [xmin, xmax, ymin, ymax] (y > 0 only on log scale). */
export function seriesExtent(
  series: readonly LineSeries[],
  isLog: boolean,
): [number, number, number, number] {
  let x0 = Infinity,
    x1 = -Infinity,
    y0 = Infinity,
    y1 = -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.y.length; i++) {
      const v = s.y[i];
      if (!Number.isFinite(v) || (isLog && v <= 0)) continue;
      const xv = s.x ? s.x[i] : i;
      if (xv < x0) x0 = xv;
      if (xv > x1) x1 = xv;
      if (v < y0) y0 = v;
      if (v > y1) y1 = v;
    }
  }
  if (x0 > x1) return [0, 1, isLog ? 0.1 : 0, 1];
  if (x0 === x1) x1 = x0 + 1;
  if (y0 === y1) [y0, y1] = isLog ? [y0 / 2, y1 * 2] : [y0 - 1, y1 + 1];
  return [x0, x1, y0, y1];
}

interface PathProps {
  s: LineSeries;
  length: number;
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  domainKey: string;
  color: string;
  isLog: boolean;
}

const SeriesPath = memo(
  function SeriesPath({ s, x, y, color, isLog }: PathProps) {
    const gen = line<number>()
      .defined((i) => Number.isFinite(s.y[i]) && (!isLog || s.y[i] > 0))
      .x((i) => x(s.x ? s.x[i] : i))
      .y((i) => y(s.y[i]));
    const d = gen(Array.from({ length: s.y.length }, (_, i) => i)) ?? '';
    return (
      <path
        d={d}
        className="cr-line"
        style={{ stroke: color }}
        strokeDasharray={s.dashed ? DASH : undefined}
        data-series={s.id}
      />
    );
  },
  (a, b) =>
    a.s.y === b.s.y &&
    a.s.x === b.s.x &&
    a.length === b.length &&
    a.domainKey === b.domainKey &&
    a.color === b.color &&
    a.s.dashed === b.s.dashed,
);

/** A multi-series line chart. */
export function LineChart({
  series,
  logY = false,
  xLabel,
  yLabel,
  yDomain,
  height = 260,
  ariaLabel,
  markers = [],
}: LineChartProps) {
  const [scale, svgRef] = useSvgScale(WIDTH, height);
  const markerSeries: LineSeries[] = markers.map((p, i) => ({
    id: `marker-${i}`,
    label: p.label,
    x: [p.x],
    y: [p.y],
  }));
  const [ex0, ex1, ey0, ey1] = seriesExtent([...series, ...markerSeries], logY);
  const [dy0, dy1] = yDomain ?? [ey0, ey1];
  const { x, y, domainKey, m, xTicks, yTicks } = useMemo(() => {
    const em = scale.em;
    const xs = scaleLinear().domain([ex0, ex1]);
    const ys = (logY ? scaleLog() : scaleLinear()).domain([dy0, dy1]);
    const nx = tickCount(WIDTH * 0.8, em, 4.5, 6);
    const ny = tickCount(height * 0.7, em, 2.2, 5);
    xs.nice(nx);
    ys.nice(ny);
    const xl = tickLabels(xs, nx, false);
    const margins = fitMargins(DEFAULT_MARGINS, em, {
      yTicks: tickLabels(ys, ny, logY),
      lastXTick: xl[xl.length - 1],
      hasXLabel: Boolean(xLabel),
      hasYLabel: Boolean(yLabel),
      yLabelFit: { chars: yLabel?.length ?? 0, height },
    });
    xs.range([margins.left, WIDTH - margins.right]);
    ys.range([height - margins.bottom, margins.top]);
    return {
      x: xs,
      y: ys,
      m: margins,
      xTicks: nx,
      yTicks: ny,
      domainKey: `${xs.domain().join(',')}|${ys.domain().join(',')}|${height}|${logY}|${em}`,
    };
  }, [ex0, ex1, dy0, dy1, logY, height, scale.em, xLabel, yLabel]);
  const last = (s: LineSeries) => (s.y.length ? formatNumber(s.y[s.y.length - 1]) : '–');
  return (
    <div className="cr-chart">
      <ChartSvg
        width={WIDTH}
        height={height}
        scale={scale}
        svgRef={svgRef}
        ariaLabel={`${ariaLabel}: ${[
          ...series.map((s) => `${s.label} latest ${last(s)}`),
          ...markers.map((p) => p.label),
        ].join(', ')}`}
      >
        <Axes
          x={x}
          y={y}
          width={WIDTH}
          height={height}
          margins={m}
          xLabel={xLabel}
          yLabel={yLabel}
          isLogY={logY}
          em={scale.em}
          xTicks={xTicks}
          yTicks={yTicks}
        />
        <g>
          {series.map((s, i) => (
            <SeriesPath
              key={s.id}
              s={s}
              length={s.y.length}
              x={x}
              y={y}
              domainKey={domainKey}
              color={categorical(s.colorIndex ?? i)}
              isLog={logY}
            />
          ))}
        </g>
        {markers
          .filter((p) => Number.isFinite(p.y) && (!logY || p.y > 0))
          .map((p) => (
            <g key={`${p.x}:${p.y}`} className="cr-chart__marker" data-testid="chart-marker">
              <circle cx={x(p.x)} cy={y(p.y)} r={6} />
              <text
                x={x(p.x) + (x(p.x) > WIDTH / 2 ? -10 : 10)}
                y={y(p.y) + 0.32 * scale.em}
                textAnchor={x(p.x) > WIDTH / 2 ? 'end' : 'start'}
              >
                {p.label}
              </text>
            </g>
          ))}
      </ChartSvg>
      <ul className="cr-legend">
        {series.map((s, i) => (
          <li key={s.id}>
            <LineSwatch color={categorical(s.colorIndex ?? i)} dashed={s.dashed} />
            {s.label} <span className="cr-legend__value">{last(s)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
