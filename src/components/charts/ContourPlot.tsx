/**
 * Contour lines (and an optional shaded heatmap) of a function sampled on a square grid, with
 * paths and markers on top. D3 computes the contours and scales; JSX renders. Clicking the plot
 * reports the data coordinates (a start point, say).
 */
import { useId, useMemo, type MouseEvent } from 'react';
import { contours, geoPath, geoTransform, scaleLinear } from 'd3';
import { Axes, DEFAULT_MARGINS, fitMargins, tickLabels } from './axes';
import { ChartSvg } from './ChartSvg';
import { useSvgScale } from './useSvgScale';
import { DASH, LineSwatch } from './legend';
import { categorical } from '../palette';
import './charts.css';

/** Values on an n × n grid, row-major, row 0 at yDomain[0], column 0 at xDomain[0]. */
export interface ContourGrid {
  /** Points per side. */
  n: number;
  /** The n² values. */
  values: ArrayLike<number>;
  /** Horizontal range covered by the grid points. */
  xDomain: [number, number];
  /** Vertical range covered by the grid points. */
  yDomain: [number, number];
}

/** A polyline drawn over the contours. */
export interface ContourPath {
  /** Stable key. */
  id: string;
  /** Legend text. */
  label: string;
  /** Points in data coordinates. */
  points: readonly { x: number; y: number }[];
  /** Categorical colour index. */
  colorIndex: number;
  /** Dashed line. */
  dashed?: boolean;
}

/** A labelled point (minimum, start). */
export interface ContourMarker {
  /** Where. */
  x: number;
  /** Where. */
  y: number;
  /** Legend and title text. */
  label: string;
  /** A cross for a minimum, a ring for a start. */
  kind: 'minimum' | 'start';
}

/** Props of {@link ContourPlot}. */
export interface ContourPlotProps {
  /** The sampled function. */
  grid: ContourGrid;
  /** Number of contour levels (default 14). */
  levelCount?: number;
  /** Space the levels geometrically above the minimum (for losses spanning decades). */
  isLogLevels?: boolean;
  /** Shade cells by value (darker: higher). */
  showHeatmap?: boolean;
  /** Paths on top. */
  paths?: readonly ContourPath[];
  /** Markers on top. */
  markers?: readonly ContourMarker[];
  /** Called with data coordinates when the plot area is clicked. */
  onPick?: (x: number, y: number) => void;
  /** Horizontal axis title. */
  xLabel: string;
  /** Vertical axis title. */
  yLabel: string;
  /** Accessible name. */
  ariaLabel: string;
}

const WIDTH = 420;
const HEIGHT = 400;

/** Contour levels between the grid's minimum and maximum (quadratically spaced, denser near the minimum; or geometrically). */
export function contourLevels(values: ArrayLike<number>, count: number, isLog: boolean): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  }
  if (!(hi > lo)) return [];
  const span = hi - lo;
  const floor = span * 1e-4;
  const out: number[] = [];
  for (let i = 1; i <= count; i++) {
    const t = i / (count + 1);
    out.push(isLog ? lo + floor * (span / floor) ** t : lo + span * t * t);
  }
  return out;
}

type Scale = ReturnType<typeof scaleLinear<number, number>>;

function contourShapes(grid: ContourGrid, count: number, isLog: boolean) {
  const values = Array.from(grid.values, (v) => (Number.isFinite(v) ? v : Number.MAX_VALUE));
  return contours()
    .size([grid.n, grid.n])
    .thresholds(contourLevels(grid.values, count, isLog))(values);
}

/** A projection from grid coordinates (cell centres at i + ½) to the plot's SVG units. */
function gridToPlot(grid: ContourGrid) {
  const step = (d: [number, number]) => (d[1] - d[0]) / (grid.n - 1);
  return (x: Scale, y: Scale) =>
    geoTransform({
      point(u, v) {
        this.stream.point(
          x(grid.xDomain[0] + (u - 0.5) * step(grid.xDomain)),
          y(grid.yDomain[0] + (v - 0.5) * step(grid.yDomain)),
        );
      },
    });
}

function Heatmap({ grid, x, y }: { grid: ContourGrid; x: Scale; y: Scale }) {
  const { n, values } = grid;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++)
    if (Number.isFinite(values[i])) [lo, hi] = [Math.min(lo, values[i]), Math.max(hi, values[i])];
  const dx = (grid.xDomain[1] - grid.xDomain[0]) / (n - 1);
  const dy = (grid.yDomain[1] - grid.yDomain[0]) / (n - 1);
  const w = Math.abs(x(dx) - x(0)) + 0.5;
  const h = Math.abs(y(dy) - y(0)) + 0.5;
  const cells = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const v = values[r * n + c];
      const t = Number.isFinite(v) && hi > lo ? Math.sqrt((v - lo) / (hi - lo)) : 1;
      cells.push(
        <rect
          key={r * n + c}
          x={x(grid.xDomain[0] + c * dx) - w / 2}
          y={y(grid.yDomain[0] + r * dy) - h / 2}
          width={w}
          height={h}
          className="cr-contour__cell"
          fillOpacity={0.08 + 0.72 * t}
        />,
      );
    }
  return <g aria-hidden="true">{cells}</g>;
}

function PathMarks({ path, x, y }: { path: ContourPath; x: Scale; y: Scale }) {
  const pts = path.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const clampPx = (v: number) => Math.max(-1e4, Math.min(1e4, v));
  const d = pts.map((p, i) => `${i ? 'L' : 'M'}${clampPx(x(p.x))},${clampPx(y(p.y))}`).join('');
  const color = categorical(path.colorIndex);
  return (
    <g aria-hidden="true">
      <path
        d={d}
        className="cr-line"
        style={{ stroke: color }}
        strokeDasharray={path.dashed ? DASH : undefined}
      />
      {pts.map((p, i) => (
        <circle
          key={i}
          cx={clampPx(x(p.x))}
          cy={clampPx(y(p.y))}
          r={i === pts.length - 1 ? 5 : 2.5}
          style={{ fill: color }}
          className="cr-contour__dot"
        />
      ))}
    </g>
  );
}

function MarkerMark({ marker, x, y }: { marker: ContourMarker; x: number; y: number }) {
  if (marker.kind === 'minimum')
    return (
      <g className="cr-contour__min" transform={`translate(${x},${y})`} aria-hidden="true">
        <path d="M-7,-7L7,7M-7,7L7,-7" />
      </g>
    );
  return <circle className="cr-contour__start" cx={x} cy={y} r={7} aria-hidden="true" />;
}

/** The plot. */
export function ContourPlot({
  grid,
  levelCount = 14,
  isLogLevels = false,
  showHeatmap = false,
  paths = [],
  markers = [],
  onPick,
  xLabel,
  yLabel,
  ariaLabel,
}: ContourPlotProps) {
  const clipId = useId();
  const [scale, svgRef] = useSvgScale(WIDTH, HEIGHT);
  const x = scaleLinear().domain(grid.xDomain);
  const y = scaleLinear().domain(grid.yDomain);
  const xl = tickLabels(x, 6, false);
  const m = fitMargins(DEFAULT_MARGINS, scale.em, {
    yTicks: tickLabels(y, 5, false),
    lastXTick: xl[xl.length - 1],
    hasXLabel: Boolean(xLabel),
    hasYLabel: Boolean(yLabel),
  });
  x.range([m.left, WIDTH - m.right]);
  y.range([HEIGHT - m.bottom, m.top]);
  const shapes = useMemo(
    () => contourShapes(grid, levelCount, isLogLevels),
    [grid, levelCount, isLogLevels],
  );
  const toPlot = useMemo(() => gridToPlot(grid), [grid]);
  const onClick = (event: MouseEvent<SVGRectElement>) => {
    if (!onPick) return;
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return;
    const px = m.left + ((event.clientX - box.left) / box.width) * (WIDTH - m.left - m.right);
    const py = m.top + ((event.clientY - box.top) / box.height) * (HEIGHT - m.top - m.bottom);
    onPick(x.invert(px), y.invert(py));
  };
  const path = geoPath(toPlot(x, y));
  return (
    <div className="cr-chart cr-contour">
      <ChartSvg width={WIDTH} height={HEIGHT} scale={scale} svgRef={svgRef} ariaLabel={ariaLabel}>
        <defs>
          <clipPath id={clipId}>
            <rect
              x={m.left}
              y={m.top}
              width={WIDTH - m.left - m.right}
              height={HEIGHT - m.top - m.bottom}
            />
          </clipPath>
        </defs>
        <g clipPath={`url(#${clipId})`}>
          {showHeatmap && <Heatmap grid={grid} x={x} y={y} />}
          {shapes.map((s) => (
            <path key={s.value} d={path(s) ?? ''} className="cr-contour__line" />
          ))}
          {paths.map((p) => (
            <PathMarks key={p.id} path={p} x={x} y={y} />
          ))}
          {markers.map((mk) => (
            <MarkerMark key={mk.label} marker={mk} x={x(mk.x)} y={y(mk.y)} />
          ))}
        </g>
        <Axes
          x={x}
          y={y}
          width={WIDTH}
          height={HEIGHT}
          margins={m}
          xLabel={xLabel}
          yLabel={yLabel}
          grid={false}
          em={scale.em}
        />
        {onPick && (
          <rect
            className="cr-contour__hit"
            x={m.left}
            y={m.top}
            width={WIDTH - m.left - m.right}
            height={HEIGHT - m.top - m.bottom}
            onClick={onClick}
          />
        )}
      </ChartSvg>
      {(paths.length > 0 || markers.length > 0) && (
        <ul className="cr-legend">
          {paths.map((p) => (
            <li key={p.id}>
              <LineSwatch color={categorical(p.colorIndex)} dashed={p.dashed} />
              {p.label}
            </li>
          ))}
          {markers.map((mk) => (
            <li key={mk.label}>
              <span aria-hidden="true" className={`cr-contour__key cr-contour__key--${mk.kind}`}>
                {mk.kind === 'minimum' ? '✕' : '○'}
              </span>
              {mk.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
