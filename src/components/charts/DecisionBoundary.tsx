/**
 * A 2-D decision boundary: a canvas (which this component owns) paints the model's prediction
 * for every grid cell; SVG on top draws axes and the data points (shape and colour by class).
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import {
  scaleLinear,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3';
import { useThemeVersion } from '../hooks';
import { categorical, mixRgb, resolveRgb, type Rgb } from '../palette';
import { Axes, fitMargins, tickCount, tickLabels, type Margins } from './axes';
import { ChartSvg } from './ChartSvg';
import { useSvgScale } from './useSvgScale';
import { classRegions, type ScoreField } from './boundary-contours';

export type { ScoreField } from './boundary-contours';
import './charts.css';

/** One labelled data point. */
export interface LabelledPoint {
  /** x coordinate (data units). */
  x: number;
  /** y coordinate (data units). */
  y: number;
  /** Class index. */
  label: number;
}

/** Props of {@link DecisionBoundary}. */
export interface DecisionBoundaryProps {
  /** Cells per side of the prediction grid. */
  gridSize: number;
  /**
   * gridSize² predictions, row-major, row 0 at the TOP (largest y), in the order of {@link gridPoints}:
   * a Uint8Array of class indices, or a Float32Array of P(class 1) for two classes.
   */
  cells: Uint8Array | Float32Array;
  /** x range of the plane. */
  xDomain: [number, number];
  /** y range of the plane. */
  yDomain: [number, number];
  /** Data points drawn on top. */
  points: readonly LabelledPoint[];
  /** Number of classes (for the legend; default: from the points, at least 2). */
  numClasses?: number;
  /** Accessible name. */
  ariaLabel: string;
  /**
   * Class scores on a grid reaching past the plane: when given, regions are smooth polygons and
   * the boundaries (where two top scores are equal) are drawn as lines, instead of blocky cells.
   */
  scoreField?: ScoreField;
}

const SIZE = 400;
const BASE_MARGINS: Margins = { top: 10, right: 10, bottom: 40, left: 46 };
const SYMBOLS = [
  symbolCircle,
  symbolTriangle,
  symbolSquare,
  symbolDiamond,
  symbolCross,
  symbolStar,
  symbolWye,
];

/** Cell centres in the order `cells` expects: Float32Array [x0, y0, x1, y1, …] (row 0 = top). */
export function gridPoints(
  gridSize: number,
  [x0, x1]: [number, number],
  [y0, y1]: [number, number],
): Float32Array {
  const out = new Float32Array(2 * gridSize * gridSize);
  for (let r = 0; r < gridSize; r++) {
    for (let c = 0; c < gridSize; c++) {
      const k = 2 * (r * gridSize + c);
      out[k] = x0 + ((c + 0.5) / gridSize) * (x1 - x0);
      out[k + 1] = y1 - ((r + 0.5) / gridSize) * (y1 - y0);
    }
  }
  return out;
}

function paintField(
  canvas: HTMLCanvasElement,
  n: number,
  cells: Uint8Array | Float32Array,
  classes: number,
) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const bg = resolveRgb(canvas, 'bg');
  const colours: Rgb[] = Array.from({ length: classes }, (_, k) =>
    resolveRgb(canvas, `c${k % 10}`),
  );
  const img = ctx.createImageData(n, n);
  const isProb = cells instanceof Float32Array;
  for (let i = 0; i < n * n; i++) {
    const v = cells[i];
    // NOTE: probabilities tint by confidence |2p−1|, so the boundary (p = ½) fades to the background.
    const cls = isProb ? (v >= 0.5 ? 1 : 0) : Math.min(classes - 1, v);
    const strength = isProb ? 0.1 + 0.3 * Math.abs(2 * v - 1) : 0.3;
    const c = mixRgb(bg, colours[cls] ?? bg, strength);
    img.data.set([c[0], c[1], c[2], 255], 4 * i);
  }
  ctx.putImageData(img, 0, 0);
}

/** Smooth class regions (tinted) and their boundary lines, clipped to the plot area. */
function RegionPaths({
  regions,
  clipId,
  x,
  y,
  box,
}: {
  regions: ReturnType<typeof classRegions>;
  clipId: string;
  x: (v: number) => number;
  y: (v: number) => number;
  box: [number, number, number, number];
}) {
  const toD = (polygons: [number, number][][][]) =>
    polygons
      .flatMap((poly) =>
        poly.map(
          (ring) =>
            `M${ring.map(([px, py]) => `${x(px).toFixed(2)},${y(py).toFixed(2)}`).join('L')}Z`,
        ),
      )
      .join('');
  return (
    <g clipPath={`url(#${clipId})`} data-testid="boundary-regions">
      <defs>
        <clipPath id={clipId}>
          <rect x={box[0]} y={box[1]} width={box[2]} height={box[3]} />
        </clipPath>
      </defs>
      {regions.map((r) => (
        <path
          key={`fill-${r.label}`}
          d={toD(r.polygons)}
          className="cr-boundary__region"
          style={{ fill: categorical(r.label) }}
          fillRule="evenodd"
        />
      ))}
      {regions.map((r) => (
        <path
          key={`line-${r.label}`}
          d={toD(r.polygons)}
          className="cr-boundary__line"
          data-testid="boundary-line"
        />
      ))}
    </g>
  );
}

/** A decision-boundary plot: canvas field (or smooth score regions) + SVG axes and points. */
export function DecisionBoundary({
  gridSize,
  cells,
  xDomain,
  yDomain,
  points,
  numClasses,
  ariaLabel,
  scoreField,
}: DecisionBoundaryProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  const clipId = `cr-boundary-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const classes = numClasses ?? Math.max(2, ...points.map((p) => p.label + 1));
  useEffect(() => {
    if (ref.current && !scoreField) paintField(ref.current, gridSize, cells, classes);
  }, [gridSize, cells, classes, theme, scoreField]);
  const regions = useMemo(() => (scoreField ? classRegions(scoreField) : null), [scoreField]);
  const [scale, svgRef] = useSvgScale(SIZE, SIZE);
  const { x, y, M, ticks } = useMemo(() => {
    const xs = scaleLinear().domain(xDomain);
    const ys = scaleLinear().domain(yDomain);
    const n = tickCount(SIZE * 0.75, scale.em, 3.5, 6);
    const xl = tickLabels(xs, n, false);
    const m = fitMargins(BASE_MARGINS, scale.em, {
      yTicks: tickLabels(ys, n, false),
      lastXTick: xl[xl.length - 1],
      hasXLabel: true,
      hasYLabel: true,
    });
    return {
      ticks: n,
      x: xs.range([m.left, SIZE - m.right]),
      y: ys.range([SIZE - m.bottom, m.top]),
      M: m,
    };
  }, [xDomain, yDomain, scale.em]);
  const paths = useMemo(() => SYMBOLS.map((t) => symbol(t, 46)() ?? ''), []);
  const pw = SIZE - M.left - M.right;
  const ph = SIZE - M.top - M.bottom;
  const pct = (v: number) => `${(100 * v) / SIZE}%`;
  return (
    <div className="cr-boundary">
      <div className="cr-boundary__stack">
        {!regions && (
          <canvas
            ref={ref}
            width={gridSize}
            height={gridSize}
            className="cr-boundary__field"
            style={{ left: pct(M.left), top: pct(M.top), width: pct(pw), height: pct(ph) }}
            aria-hidden="true"
          />
        )}
        <ChartSvg
          width={SIZE}
          height={SIZE}
          scale={scale}
          svgRef={svgRef}
          className="cr-boundary__svg"
          ariaLabel={`${ariaLabel}: ${points.length} points in ${classes} classes`}
        >
          <Axes
            x={x}
            y={y}
            width={SIZE}
            height={SIZE}
            margins={M}
            xLabel="x₁"
            yLabel="x₂"
            grid={false}
            em={scale.em}
            xTicks={ticks}
            yTicks={ticks}
          />
          {regions && (
            <RegionPaths
              regions={regions}
              clipId={clipId}
              x={x}
              y={y}
              box={[M.left, M.top, pw, ph]}
            />
          )}
          {points.map((p, i) => (
            <path
              key={i}
              d={paths[p.label % paths.length]}
              transform={`translate(${x(p.x)},${y(p.y)})`}
              className="cr-point"
              style={{ fill: categorical(p.label) }}
              data-class={p.label}
            />
          ))}
        </ChartSvg>
      </div>
      <ul className="cr-legend">
        {Array.from({ length: classes }, (_, k) => (
          <li key={k}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <path
                d={paths[k % paths.length]}
                className="cr-point"
                style={{ fill: categorical(k) }}
              />
            </svg>
            class {k}
          </li>
        ))}
      </ul>
    </div>
  );
}
