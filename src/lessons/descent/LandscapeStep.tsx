/**
 * A real network's loss landscape (Li et al. 2018): the worker trains a small MNIST MLP, then
 * evaluates its loss on a grid over two planes through the trained weights. Progress bar, cancel,
 * and the result as a shaded heatmap with contours, the minimum marked.
 */
import { ContourPlot } from '../../components/charts/ContourPlot';
import { NumberInput, ProgressBar } from '../../components';
import { LessonFigure } from '../../kit/LessonFigure';
import { useSubSteps } from '../../kit/substeps';
import type { LandscapeRequest, LandscapeResult } from '../../worker';
import { useDescentParams } from './hooks';
import { landscapeKit } from './landscape-store';
import { GRID_RANGE, SUBSET_RANGE } from './params';
import { fmt } from './format';
import LandscapeProse from './landscape.mdx';

/** Network and training settings of the landscape job (the grid and subset come from the URL). */
export const LANDSCAPE_NET = { hidden: 64, epochs: 8, seed: 1, span: 1 } as const;

const PHASES = {
  loading: 'Loading training digits',
  training: 'Training the network (epochs)',
  random: 'Random plane (grid rows)',
  trajectory: 'Trajectory plane (grid rows)',
} as const;

/** Step content: the landscape. */
export function LandscapeContent() {
  const [params, setParams] = useDescentParams();
  const { status, progress, result, message, compute, cancel } = landscapeKit.useLessonStore(
    (s) => s,
  );
  const request: LandscapeRequest = { ...LANDSCAPE_NET, grid: params.grid, subset: params.sub };
  useSubSteps({
    next: () => {
      if (status !== 'idle') return false;
      compute(request);
      return true;
    },
    prev: () => false,
    clicker:
      'A press computes the landscape when none is shown or computing; otherwise the press, and Back, change step.',
  });
  const isRunning = status === 'running';
  return (
    <>
      <p className="lead">
        A 2-D slice through a trained MNIST network’s loss, computed in the worker.
      </p>
      <div className="prose">
        <LandscapeProse />
      </div>
      <LessonFigure
        title="Loss landscape of a 784-64-10 MLP on MNIST digits"
        onReset={() => setParams({ grid: 31, sub: 2000 })}
      >
        <div className="ds-landscape">
          <div className="ds-controls">
            <NumberInput
              label="grid points per side"
              value={params.grid}
              min={GRID_RANGE.min}
              max={GRID_RANGE.max}
              step={2}
              onChange={(grid) => setParams({ grid })}
              disabled={isRunning}
            />
            <NumberInput
              label="training digits"
              value={params.sub}
              min={SUBSET_RANGE.min}
              max={SUBSET_RANGE.max}
              step={100}
              onChange={(sub) => setParams({ sub })}
              disabled={isRunning}
            />
          </div>
          <div className="ds-buttons">
            <button
              type="button"
              className="primary"
              onClick={() => compute(request)}
              disabled={isRunning}
            >
              {result ? 'Compute again' : 'Compute the landscape'}
            </button>
            <button type="button" onClick={cancel} disabled={!isRunning}>
              Cancel
            </button>
          </div>
          {isRunning && (
            <div data-testid="landscape-progress">
              <ProgressBar
                value={progress?.done ?? 0}
                max={progress?.total ?? 0}
                label={progress ? PHASES[progress.phase] : 'Starting the worker'}
              />
            </div>
          )}
          {status === 'cancelled' && (
            <p className="notice" role="status" data-testid="landscape-cancelled">
              Cancelled. The worker is ready: press Compute to start again.
            </p>
          )}
          {status === 'error' && (
            <p className="notice notice--error" role="alert">
              {message}
            </p>
          )}
          {result && <LandscapeResultView result={result} />}
        </div>
      </LessonFigure>
    </>
  );
}

function LandscapeResultView({ result }: { result: LandscapeResult }) {
  const { random, trajectory } = result;
  const cell = (random.xDomain[1] - random.xDomain[0]) / (random.n - 1);
  const path = [];
  for (let i = 0; i < trajectory.path.length; i += 2)
    path.push({ x: trajectory.path[i], y: trajectory.path[i + 1] });
  return (
    <>
      <p
        className="ds-readout"
        data-testid="landscape-summary"
        data-ms-train={result.ms.train}
        data-ms-slice={result.ms.slice}
        data-ms-trajectory={result.ms.trajectory}
      >
        {result.paramCount.toLocaleString('en')} weights trained on{' '}
        {result.subset.toLocaleString('en')} digits ({fmt(100 * result.trainAccuracy)}% right); loss
        at the trained weights {fmt(random.centreLoss)}. Computed in{' '}
        {fmt((result.ms.train + result.ms.slice + result.ms.trajectory) / 1000)} s.
      </p>
      <div className="ds-pair">
        <section className="ds-run" aria-label="Random directions">
          <h4>Random filter-normalised directions δ, η</h4>
          <ContourPlot
            grid={random}
            showHeatmap
            isLogLevels
            markers={[
              {
                x: random.minimum.x,
                y: random.minimum.y,
                label: `lowest grid value ${fmt(random.minimum.loss)}`,
                kind: 'minimum',
              },
              { x: 0, y: 0, label: 'trained weights θ*', kind: 'start' },
            ]}
            xLabel="a (along δ)"
            yLabel="b (along η)"
            ariaLabel={`Loss on the plane θ* + aδ + bη, ${random.n} by ${random.n} grid`}
          />
          <p
            className="ds-readout"
            data-testid="landscape-min"
            data-x={random.minimum.x}
            data-y={random.minimum.y}
            data-cell={cell}
          >
            lowest value {fmt(random.minimum.loss)} at a = {fmt(random.minimum.x)}, b ={' '}
            {fmt(random.minimum.y)} (grid cell {fmt(cell)})
          </p>
        </section>
        <section className="ds-run" aria-label="Training trajectory">
          <h4>Training path on its top two principal directions</h4>
          <ContourPlot
            grid={trajectory}
            showHeatmap
            isLogLevels
            paths={[{ id: 'path', label: 'weights during training', points: path, colorIndex: 2 }]}
            markers={[{ x: 0, y: 0, label: 'trained weights', kind: 'minimum' }]}
            xLabel={`PC 1 (${fmt(100 * trajectory.explained[0])}% of the movement)`}
            yLabel={`PC 2 (${fmt(100 * trajectory.explained[1])}%)`}
            ariaLabel="Training trajectory projected on its top two principal directions, over the loss on that plane"
          />
        </section>
      </div>
    </>
  );
}
