/**
 * A log–log chart for error-versus-step plots: several series on decade axes, labelled vertical
 * markers (a step the lecture names), labelled points (the best step) and free text notes placed
 * in data coordinates (the regimes). D3 computes scales and paths; JSX draws.
 */
import { line, scaleLog } from 'd3';
import { categorical } from '../palette';
import { Axes, fitMargins, tickLabels } from './axes';
import { ChartSvg } from './ChartSvg';
import { useSvgScale } from './useSvgScale';
import { DASH, LineSwatch } from './legend';
import './charts.css';

/** One line of the chart. */
export interface LogLogSeries {
  /** Stable id. */
  id: string;
  /** Legend label. */
  label: string;
  /** x values (> 0). */
  x: readonly number[];
  /** y values (values ≤ 0 or non-finite are not drawn). */
  y: readonly number[];
  /** Categorical colour index. */
  colorIndex: number;
  /** Dashed line. */
  dashed?: boolean;
}

/** A labelled vertical line at one x. */
export interface LogLogMarker {
  /** Position. */
  x: number;
  /** Text beside the line. */
  label: string;
}

/** A labelled dot. */
export interface LogLogPoint {
  /** Stable id. */
  id: string;
  /** x (> 0). */
  x: number;
  /** y (> 0). */
  y: number;
  /** Text beside the dot. */
  label: string;
  /** Categorical colour index. */
  colorIndex: number;
}

/** Text at a data position. */
export interface LogLogNote {
  /** x (> 0). */
  x: number;
  /** y (> 0). */
  y: number;
  /** The text. */
  text: string;
  /** Horizontal anchor (default middle). */
  anchor?: 'start' | 'middle' | 'end';
}

/** Props of {@link LogLogChart}. */
export interface LogLogChartProps {
  /** Lines. */
  series: readonly LogLogSeries[];
  /** x domain [low, high]. */
  xDomain: [number, number];
  /** y domain [low, high]. */
  yDomain: [number, number];
  /** Vertical markers. */
  markers?: readonly LogLogMarker[];
  /** Labelled dots. */
  points?: readonly LogLogPoint[];
  /** Text notes. */
  notes?: readonly LogLogNote[];
  /** x-axis title. */
  xLabel: string;
  /** y-axis title. */
  yLabel: string;
  /** Accessible description of the whole chart. */
  ariaLabel: string;
  /** Height in SVG units (default 330; width is 560). */
  height?: number;
}

const WIDTH = 560;
const MARGINS = { top: 14, right: 16, bottom: 48, left: 66 };

/** A log–log line chart with markers, dots and notes. */
export function LogLogChart({
  series,
  xDomain,
  yDomain,
  markers = [],
  points = [],
  notes = [],
  xLabel,
  yLabel,
  ariaLabel,
  height = 330,
}: LogLogChartProps) {
  const [scale, svgRef] = useSvgScale(WIDTH, height);
  const em = scale.em;
  const x = scaleLog().domain(xDomain);
  const y = scaleLog().domain(yDomain).clamp(true);
  const xl = tickLabels(x, 6, true);
  const M = fitMargins(MARGINS, em, {
    yTicks: tickLabels(y, 5, true),
    lastXTick: xl[xl.length - 1],
    hasXLabel: true,
    hasYLabel: true,
    yLabelFit: { chars: yLabel.length, height },
  });
  x.range([M.left, WIDTH - M.right]);
  y.range([height - M.bottom, M.top]);
  const inside = (v: number, [a, b]: [number, number]) => v >= a && v <= b;
  const path = (s: LogLogSeries) =>
    line<number>()
      .defined((i) => s.y[i] > 0 && Number.isFinite(s.y[i]))
      .x((i) => x(s.x[i]))
      .y((i) => y(s.y[i]))(s.x.map((_, i) => i)) ?? '';
  return (
    <div className="cr-chart cr-loglog">
      <ChartSvg width={WIDTH} height={height} scale={scale} svgRef={svgRef} ariaLabel={ariaLabel}>
        <Axes
          x={x}
          y={y}
          width={WIDTH}
          height={height}
          margins={M}
          em={em}
          xLabel={xLabel}
          yLabel={yLabel}
          isLogX
          isLogY
        />
        {markers
          .filter((m) => inside(m.x, xDomain))
          .map((m) => (
            <g key={`m${m.x}`} className="cr-loglog__marker">
              <line
                x1={x(m.x)}
                x2={x(m.x)}
                y1={M.top}
                y2={height - M.bottom}
                className="cr-mark"
                strokeDasharray="3 4"
              />
              <text x={x(m.x) + 5} y={M.top + 0.9 * em} className="cr-loglog__label">
                {m.label}
              </text>
            </g>
          ))}
        {series.map((s) => (
          <path
            key={s.id}
            d={path(s)}
            className="cr-line"
            style={{ stroke: categorical(s.colorIndex) }}
            strokeDasharray={s.dashed ? DASH : undefined}
            data-series={s.id}
          />
        ))}
        {notes.map((n) => (
          <text
            key={n.text}
            x={x(n.x)}
            y={y(n.y)}
            textAnchor={n.anchor ?? 'middle'}
            className="cr-loglog__note"
          >
            {n.text}
          </text>
        ))}
        {points.map((p) => (
          <g key={p.id} data-point={p.id}>
            <circle
              cx={x(p.x)}
              cy={y(p.y)}
              r={6}
              className="cr-point"
              style={{ fill: categorical(p.colorIndex) }}
            />
            <text
              x={x(p.x)}
              y={y(p.y) + 8 + 0.9 * em}
              textAnchor="middle"
              className="cr-loglog__label"
            >
              {p.label}
            </text>
          </g>
        ))}
      </ChartSvg>
      <ul className="cr-legend">
        {series.map((s) => (
          <li key={s.id}>
            <LineSwatch color={categorical(s.colorIndex)} dashed={s.dashed} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
