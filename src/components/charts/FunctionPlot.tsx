/** A plot of 1-D functions (activations and their derivatives), from a function or sampled points. */
import { useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import { categorical } from '../palette';
import { Axes, DEFAULT_MARGINS, fitMargins, tickCount, tickLabels } from './axes';
import { ChartSvg } from './ChartSvg';
import { useSvgScale } from './useSvgScale';
import { DASH, LineSwatch } from './legend';
import './charts.css';

/** One curve: give `fn` (sampled over the x domain) or explicit `points`. */
export interface PlotFunction {
  /** Legend label, e.g. "ReLU" or "ReLU′". */
  label: string;
  /** The function to sample. */
  fn?: (x: number) => number;
  /** Pre-sampled points (used when fn is absent). */
  points?: readonly { x: number; y: number }[];
  /** Categorical colour index (default: position). */
  colorIndex?: number;
  /** Dashed (e.g. for derivatives). */
  dashed?: boolean;
}

/** Props of {@link FunctionPlot}. */
export interface FunctionPlotProps {
  /** Curves to draw. */
  functions: readonly PlotFunction[];
  /** x range. */
  xDomain: [number, number];
  /** y range (default: from the samples, padded). */
  yDomain?: [number, number];
  /** Samples per function (default 241, so the kink of ReLU at 0 is hit exactly on [−6, 6]). */
  samples?: number;
  /** Draw a vertical marker at this x (e.g. the current pre-activation). */
  markX?: number;
  /** x-axis title. */
  xLabel?: string;
  /** y-axis title. */
  yLabel?: string;
  /** Height in SVG units (default 240). */
  height?: number;
  /** Accessible name. */
  ariaLabel: string;
}

const WIDTH = 480;

/** Samples a function at n evenly spaced points of [a, b], keeping non-finite values (the plot breaks its line there). */
export function sampleFunction(
  fn: (x: number) => number,
  [a, b]: [number, number],
  n: number,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < n; i++) {
    const x = a + ((b - a) * i) / (n - 1);
    out.push({ x, y: fn(x) });
  }
  return out;
}

/** Plots functions with axes, zero lines and a legend. */
export function FunctionPlot({
  functions,
  xDomain,
  yDomain,
  samples = 241,
  markX,
  xLabel = 'x',
  yLabel,
  height = 240,
  ariaLabel,
}: FunctionPlotProps) {
  const [scale, svgRef] = useSvgScale(WIDTH, height);
  const curves = useMemo(
    () => functions.map((f) => (f.fn ? sampleFunction(f.fn, xDomain, samples) : (f.points ?? []))),
    [functions, xDomain, samples],
  );
  const { x, y, m, xTicks, yTicks } = useMemo(() => {
    let [lo, hi] = yDomain ?? [Infinity, -Infinity];
    if (!yDomain) {
      for (const c of curves)
        for (const p of c)
          if (Number.isFinite(p.y)) [lo, hi] = [Math.min(lo, p.y), Math.max(hi, p.y)];
      if (!(lo < hi)) [lo, hi] = [lo - 1, lo + 1];
      const pad = (hi - lo) * 0.08;
      [lo, hi] = [lo - pad, hi + pad];
    }
    const em = scale.em;
    const nx = tickCount(WIDTH * 0.8, em, 4, 6);
    const ny = tickCount(height * 0.7, em, 2.2, 5);
    const xs = scaleLinear().domain(xDomain);
    const ys = scaleLinear().domain([lo, hi]).nice(ny);
    const xl = tickLabels(xs, nx, false);
    const margins = fitMargins(DEFAULT_MARGINS, em, {
      yTicks: tickLabels(ys, ny, false),
      lastXTick: xl[xl.length - 1],
      hasXLabel: Boolean(xLabel),
      hasYLabel: Boolean(yLabel),
      yLabelFit: { chars: yLabel?.length ?? 0, height },
    });
    return {
      x: xs.range([margins.left, WIDTH - margins.right]),
      y: ys.range([height - margins.bottom, margins.top]),
      m: margins,
      xTicks: nx,
      yTicks: ny,
    };
  }, [curves, xDomain, yDomain, height, scale.em, xLabel, yLabel]);
  const gen = line<{ x: number; y: number }>()
    .defined((p) => Number.isFinite(p.y))
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  const [y0, y1] = y.domain();
  return (
    <div className="cr-chart">
      <ChartSvg
        width={WIDTH}
        height={height}
        scale={scale}
        svgRef={svgRef}
        ariaLabel={`${ariaLabel}: ${functions.map((f) => f.label).join(', ')}`}
      >
        <Axes
          x={x}
          y={y}
          width={WIDTH}
          height={height}
          margins={m}
          xLabel={xLabel}
          yLabel={yLabel}
          em={scale.em}
          xTicks={xTicks}
          yTicks={yTicks}
        />
        {y0 < 0 && y1 > 0 && (
          <line className="cr-zero" x1={m.left} x2={WIDTH - m.right} y1={y(0)} y2={y(0)} />
        )}
        {xDomain[0] < 0 && xDomain[1] > 0 && (
          <line className="cr-zero" x1={x(0)} x2={x(0)} y1={height - m.bottom} y2={m.top} />
        )}
        {markX !== undefined && (
          <line
            className="cr-mark"
            x1={x(markX)}
            x2={x(markX)}
            y1={height - m.bottom}
            y2={m.top}
            data-testid="plot-mark"
          />
        )}
        {curves.map((c, i) => (
          <path
            key={functions[i].label}
            d={gen(c) ?? ''}
            className="cr-line"
            style={{ stroke: categorical(functions[i].colorIndex ?? i) }}
            strokeDasharray={functions[i].dashed ? DASH : undefined}
          />
        ))}
      </ChartSvg>
      <ul className="cr-legend">
        {functions.map((f, i) => (
          <li key={f.label}>
            <LineSwatch color={categorical(f.colorIndex ?? i)} dashed={f.dashed} />
            {f.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
