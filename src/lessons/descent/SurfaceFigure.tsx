/**
 * Descent on a 2-D surface: plain gradient descent and descent with momentum side by side, from
 * the same start, with the same α; one press of the clicker draws one more step of both.
 */
import { useEffect, useMemo, useState } from 'react';
import { ContourPlot } from '../../components/charts/ContourPlot';
import { NumberInput, Slider } from '../../components';
import { AlphaSlider, type SliderMark } from './AlphaSlider';
import { distanceTo, runDescent, type DescentRun } from './descent-run';
import { useCounterSubSteps, type DescentParams, type SetDescentParams } from './hooks';
import { lossGrid, makeSurface, type Surface, type SurfaceName } from './surfaces';
import { MAX_MOMENTUM } from './params';
import { fmt } from './format';

const SURFACES: { name: SurfaceName; label: string }[] = [
  { name: 'bowl', label: 'Round bowl' },
  { name: 'valley', label: 'Long valley' },
  { name: 'rosenbrock', label: 'Rosenbrock' },
  { name: 'data', label: 'Model on data' },
];

/** The start clamped into the plot, and whether it had to move. */
export function clampStart(
  s: Surface,
  x: number,
  y: number,
): { start: [number, number]; moved: boolean } {
  const cx = Math.min(s.xDomain[1], Math.max(s.xDomain[0], x));
  const cy = Math.min(s.yDomain[1], Math.max(s.yDomain[0], y));
  return { start: [cx, cy], moved: cx !== x || cy !== y };
}

/** Props of the figure. */
export interface SurfaceFigureProps {
  /** URL state. */
  params: DescentParams;
  /** URL setter. */
  setParams: SetDescentParams;
}

/** The figure. */
export function SurfaceFigure({ params, setParams }: SurfaceFigureProps) {
  const surface = useMemo(
    () => makeSurface(params.surf as SurfaceName, params.cond),
    [params.surf, params.cond],
  );
  const grid = useMemo(() => lossGrid(surface, surface.name === 'data' ? 41 : 61), [surface]);
  const { start, moved } = clampStart(surface, params.x0, params.y0);
  const settings = { alpha: params.a, steps: params.n };
  const plain = useMemo(
    () => runDescent(surface, start, { ...settings, momentum: 0 }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [surface, start[0], start[1], params.a, params.n],
  );
  const heavy = useMemo(
    () => runDescent(surface, start, { ...settings, momentum: params.mu }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [surface, start[0], start[1], params.a, params.n, params.mu],
  );
  const k = Math.min(params.k, params.n);
  const setK = (v: number) => setParams({ k: v });
  useCounterSubSteps(k, params.n, setK, 'step of both runs');
  const [isPlaying, setPlaying] = useState(false);
  const isRunning = isPlaying && k < params.n;
  useEffect(() => {
    if (!isRunning) return undefined;
    const id = window.setTimeout(() => {
      if (k + 1 >= params.n) setPlaying(false);
      setParams({ k: k + 1 });
    }, 80);
    return () => window.clearTimeout(id);
  }, [isRunning, k, params.n, setParams]);
  const marks: SliderMark[] =
    surface.maxCurvature === null
      ? []
      : [
          {
            value: 1 / surface.maxCurvature,
            label: `1/λmax = ${fmt(1 / surface.maxCurvature)}`,
            kind: 'oscillate',
          },
          {
            value: 2 / surface.maxCurvature,
            label: `2/λmax = ${fmt(2 / surface.maxCurvature)}`,
            kind: 'diverge',
          },
        ];
  const pick = (x: number, y: number) => setParams({ x0: round2(x), y0: round2(y), k: 0 });
  const restart = { k: 0 };
  return (
    <div className="ds-surface">
      <fieldset className="ds-choice">
        <legend>Surface</legend>
        {SURFACES.map((s) => (
          <label key={s.name}>
            <input
              type="radio"
              name="ds-surface"
              checked={surface.name === s.name}
              onChange={() =>
                setParams({
                  surf: s.name,
                  k: 0,
                  x0: makeSurface(s.name).start[0],
                  y0: makeSurface(s.name).start[1],
                })
              }
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <div className="ds-controls">
        {surface.name === 'valley' && (
          <Slider
            label="condition number"
            value={params.cond}
            min={1}
            max={100}
            step={1}
            onChange={(v) => setParams({ cond: v, ...restart })}
          />
        )}
        <AlphaSlider
          label="step size α"
          value={params.a}
          min={0.0001}
          max={10}
          marks={marks}
          onChange={(v) => setParams({ a: v, ...restart })}
        />
        <Slider
          label="steps"
          value={params.n}
          min={1}
          max={500}
          step={1}
          onChange={(v) => setParams({ n: v, ...restart })}
        />
        <Slider
          label="momentum μ"
          value={params.mu}
          min={0}
          max={MAX_MOMENTUM}
          step={0.01}
          onChange={(v) => setParams({ mu: v, ...restart })}
        />
        <NumberInput
          label="start w₁"
          value={start[0]}
          min={surface.xDomain[0]}
          max={surface.xDomain[1]}
          step={0.1}
          onChange={(v) => setParams({ x0: v, ...restart })}
        />
        <NumberInput
          label="start w₂"
          value={start[1]}
          min={surface.yDomain[0]}
          max={surface.yDomain[1]}
          step={0.1}
          onChange={(v) => setParams({ y0: v, ...restart })}
        />
      </div>
      {moved && (
        <p className="notice" role="status">
          The start ({fmt(params.x0)}, {fmt(params.y0)}) lies outside the plot; it was moved to the
          nearest point inside, ({fmt(start[0])}, {fmt(start[1])}).
        </p>
      )}
      <div className="ds-buttons">
        <button type="button" onClick={() => setK(Math.max(0, k - 1))} disabled={k === 0}>
          ← Back
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => setK(k + 1)}
          disabled={k >= params.n}
        >
          One step →
        </button>
        <button type="button" onClick={() => setPlaying(!isRunning)} disabled={k >= params.n}>
          {isRunning ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => setK(params.n)}>
          All {params.n} steps
        </button>
        <button type="button" onClick={() => setK(0)}>
          Reset
        </button>
      </div>
      <p className="ds-hint">Click a plot to start from there, or type the start above.</p>
      <div className="ds-pair">
        <RunPanel
          title="Plain gradient descent"
          testId="run-plain"
          surface={surface}
          grid={grid}
          run={plain}
          k={k}
          start={start}
          color={0}
          onPick={pick}
        />
        <RunPanel
          title={`Momentum μ = ${params.mu}`}
          testId="run-momentum"
          surface={surface}
          grid={grid}
          run={heavy}
          k={k}
          start={start}
          color={5}
          onPick={pick}
        />
      </div>
    </div>
  );
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

interface RunPanelProps {
  title: string;
  testId: string;
  surface: Surface;
  grid: ReturnType<typeof lossGrid>;
  run: DescentRun;
  k: number;
  start: [number, number];
  color: number;
  onPick: (x: number, y: number) => void;
}

function RunPanel({ title, testId, surface, grid, run, k, start, color, onPick }: RunPanelProps) {
  const shown = run.points.slice(0, k + 1);
  const now = shown[shown.length - 1];
  const hasDiverged = run.divergedAt !== null && k >= run.divergedAt;
  const isOff =
    now.x < surface.xDomain[0] ||
    now.x > surface.xDomain[1] ||
    now.y < surface.yDomain[0] ||
    now.y > surface.yDomain[1];
  return (
    <section className="ds-run" aria-label={title}>
      <h4>{title}</h4>
      {hasDiverged && (
        <p className="notice notice--error" role="alert" data-testid={`${testId}-diverged`}>
          {run.message}
        </p>
      )}
      <ContourPlot
        grid={grid}
        isLogLevels={surface.isLogLevels}
        paths={[{ id: 'path', label: 'path', points: shown, colorIndex: color }]}
        markers={[
          { x: surface.minimum[0], y: surface.minimum[1], label: 'minimum', kind: 'minimum' },
          { x: start[0], y: start[1], label: 'start', kind: 'start' },
        ]}
        onPick={onPick}
        xLabel="w₁"
        yLabel="w₂"
        ariaLabel={`${title} on the ${surface.label}: ${shown.length - 1} steps`}
      />
      <p
        className="ds-readout"
        data-testid={testId}
        data-x={now.x}
        data-y={now.y}
        data-distance={distanceTo(now, surface.minimum)}
      >
        step {shown.length - 1}: w = ({fmt(now.x)}, {fmt(now.y)}), loss {fmt(now.loss)}, distance to
        minimum {fmt(distanceTo(now, surface.minimum))}
      </p>
      {isOff && !hasDiverged && (
        <p className="notice">The path has left the plot; the loss is growing.</p>
      )}
    </section>
  );
}
