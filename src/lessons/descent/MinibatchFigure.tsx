/**
 * Batch sizes 1, 16, 256 and the full set on the two-weight model, from the same start with the
 * same α and seed: the paths on the loss contours and the full-data loss after every step.
 */
import { useMemo } from 'react';
import { ContourPlot } from '../../components/charts/ContourPlot';
import { LineChart, Slider } from '../../components';
import { AlphaSlider } from './AlphaSlider';
import { useCounterSubSteps, type DescentParams, type SetDescentParams } from './hooks';
import { BATCH_SIZES, runBatches } from './minibatch';
import { DATA_COUNT, lossGrid, makeSurface, regressionData } from './surfaces';
import { DESCENT_PARAMS } from './params';
import { fmt } from './format';

const STEPS = DESCENT_PARAMS.kb.max;
const START: [number, number] = [-1.5, 2.5];

/** Props of the figure. */
export interface MinibatchFigureProps {
  /** URL state. */
  params: DescentParams;
  /** URL setter. */
  setParams: SetDescentParams;
}

const nameOf = (b: number) => (b === DATA_COUNT ? `full set (${b})` : `batch ${b}`);

/** The figure. */
export function MinibatchFigure({ params, setParams }: MinibatchFigureProps) {
  const surface = useMemo(() => makeSurface('data'), []);
  const grid = useMemo(() => lossGrid(surface, 41), [surface]);
  const data = useMemo(() => regressionData(), []);
  const runs = useMemo(
    () =>
      BATCH_SIZES.map((b) =>
        runBatches(b, { alpha: params.ab, steps: STEPS, seed: params.seed, start: START }, data),
      ),
    [params.ab, params.seed, data],
  );
  const k = params.kb;
  useCounterSubSteps(k, STEPS, (v) => setParams({ kb: v }), 'step of every batch size');
  const paths = runs.map((r, i) => ({
    id: String(r.batchSize),
    label: nameOf(r.batchSize),
    points: r.points.slice(0, k + 1),
    colorIndex: [5, 2, 4, 0][i],
    dashed: i === 3,
  }));
  const series = runs.map((r, i) => ({
    id: String(r.batchSize),
    label: nameOf(r.batchSize),
    y: r.points.slice(0, k + 1).map((p) => p.loss),
    colorIndex: [5, 2, 4, 0][i],
    dashed: i === 3,
  }));
  return (
    <div className="ds-minibatch">
      <div className="ds-controls">
        <AlphaSlider
          label="step size α"
          value={params.ab}
          min={0.001}
          max={2}
          onChange={(v) => setParams({ ab: v, kb: 0 })}
        />
        <Slider
          label="shuffle seed"
          value={params.seed}
          min={0}
          max={50}
          step={1}
          onChange={(v) => setParams({ seed: v, kb: 0 })}
        />
      </div>
      <div className="ds-buttons">
        <button
          type="button"
          onClick={() => setParams({ kb: Math.max(0, k - 1) })}
          disabled={k === 0}
        >
          ← Back
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => setParams({ kb: Math.min(STEPS, k + 1) })}
          disabled={k >= STEPS}
        >
          One step →
        </button>
        <button
          type="button"
          onClick={() => setParams({ kb: Math.min(STEPS, k + 10) })}
          disabled={k >= STEPS}
        >
          +10 steps
        </button>
        <button type="button" onClick={() => setParams({ kb: 0 })}>
          Reset
        </button>
      </div>
      <div className="ds-pair">
        <section className="ds-run" aria-label="Paths">
          <h4>Paths after {k} steps</h4>
          <ContourPlot
            grid={grid}
            paths={paths}
            markers={[
              {
                x: surface.minimum[0],
                y: surface.minimum[1],
                label: 'minimum of the full loss',
                kind: 'minimum',
              },
            ]}
            xLabel="w₁ (slope)"
            yLabel="w₂ (intercept)"
            ariaLabel="Mini-batch paths on the full loss"
          />
        </section>
        <section className="ds-run" aria-label="Loss curves">
          <h4>Full-data loss after each step</h4>
          {k > 0 ? (
            <LineChart
              series={series}
              logY
              xLabel="step"
              yLabel="loss"
              ariaLabel="Full-data loss per step for each batch size"
            />
          ) : (
            <p className="ds-hint">Take a step to start the curves.</p>
          )}
          <ul className="ds-list" data-testid="batch-losses">
            {runs.map((r) => (
              <li key={r.batchSize}>
                {nameOf(r.batchSize)}: loss {fmt(r.points[Math.min(k, r.points.length - 1)].loss)}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
