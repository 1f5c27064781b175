/** Overfitting: a subset of MNIST and a hidden size, train and test curves together, the gap, and a table of finished runs. */
import { useEffect } from 'react';
import { LineChart } from '../../components/charts/LineChart';
import { Slider } from '../../components/controls/Slider';
import { useSubSteps } from '../../kit/substeps';
import { OVERFIT_STEPS, overfitConfig } from './mnist-configs';
import { mlpStore } from './store';
import { useMnistRun, type EvalPoint } from './useMnistRun';

/** Props of {@link OverfitFigure}. */
export interface OverfitFigureProps {
  /** Training digits. */
  n: number;
  /** Hidden units. */
  h: number;
  /** Changes n. */
  onN: (n: number) => void;
  /** Changes H. */
  onH: (h: number) => void;
}

const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : '…');

/** One chart: a measure of the run on the training batches and on the test set. */
interface ChartSpec {
  /** Series id stem ('loss' gives 'train-loss' and 'test-loss'). */
  id: string;
  /** What is measured, in words. */
  measure: string;
  /** Y-axis label. */
  yLabel: string;
  /** The measure on recent training batches. */
  train: (p: EvalPoint) => number;
  /** The measure on the test set. */
  test: (p: EvalPoint) => number;
}

const CHARTS: readonly ChartSpec[] = [
  {
    id: 'loss',
    measure: 'loss',
    yLabel: 'cross-entropy',
    train: (p) => p.trainLoss,
    test: (p) => p.testLoss,
  },
  {
    id: 'acc',
    measure: 'accuracy',
    yLabel: 'accuracy',
    train: (p) => p.trainAccuracy,
    test: (p) => p.testAccuracy,
  },
];

/** Training (solid) and test (dashed) curves of one measure. */
function TrainTestChart({ chart, evals }: { chart: ChartSpec; evals: readonly EvalPoint[] }) {
  const x = evals.map((p) => p.iteration);
  return (
    <LineChart
      series={[
        {
          id: `train-${chart.id}`,
          label: `training ${chart.measure} (recent batches)`,
          x,
          y: evals.map(chart.train),
          colorIndex: 0,
        },
        {
          id: `test-${chart.id}`,
          label: `test ${chart.measure}`,
          x,
          y: evals.map(chart.test),
          colorIndex: 1,
          dashed: true,
        },
      ]}
      xLabel="step"
      yLabel={chart.yLabel}
      height={200}
      ariaLabel={`Training and test ${chart.measure}`}
    />
  );
}

/** The overfitting figure. */
export function OverfitFigure({ n, h, onN, onH }: OverfitFigureProps) {
  const run = useMnistRun();
  const runs = mlpStore.useLessonStore((s) => s.runs);
  const addRun = mlpStore.useLessonStore((s) => s.addRun);
  const last = run.evals[run.evals.length - 1];
  const status = run.snapshot.status;
  const isFinished = status === 'paused' && last?.iteration === OVERFIT_STEPS;
  useEffect(() => {
    if (isFinished && last)
      addRun({ n, h, trainAccuracy: last.trainAccuracy, testAccuracy: last.testAccuracy });
  }, [isFinished]); // eslint-disable-line react-hooks/exhaustive-deps
  const train = () => run.start(overfitConfig(n, h));
  useSubSteps({
    next: () => {
      if (status !== 'idle') return false;
      train();
      return true;
    },
    prev: () => false,
    clicker:
      'A press trains the network once with these settings; after that the press, and Back, change step.',
  });
  const gap = last ? last.trainAccuracy - last.testAccuracy : Number.NaN;
  return (
    <div className="mlp-overfit">
      <div className="mlp-controls">
        <Slider
          label="Training digits n"
          value={n}
          min={100}
          max={60000}
          log
          onChange={(v) => onN(Math.round(v))}
        />
        <Slider
          label="Hidden units H"
          value={h}
          min={10}
          max={800}
          log
          onChange={(v) => onH(Math.round(v))}
        />
        <button
          type="button"
          className="mlp-button"
          onClick={train}
          disabled={status === 'running' || status === 'loading'}
        >
          Train {OVERFIT_STEPS} steps
        </button>
      </div>
      {status === 'diverged' && (
        <p className="notice" role="alert">
          {run.snapshot.message}
        </p>
      )}
      <p className="mlp-stats" aria-live="polite" data-testid="overfit-gap">
        {status === 'loading' && 'Loading digits… '}
        step {run.snapshot.progress?.iteration ?? 0} of {OVERFIT_STEPS} · train accuracy{' '}
        {last ? pct(last.trainAccuracy) : '…'} · test accuracy {last ? pct(last.testAccuracy) : '…'}{' '}
        · gap <strong>{Number.isFinite(gap) ? `${(100 * gap).toFixed(1)} points` : '…'}</strong>
      </p>
      <div className="mlp-overfit__charts">
        {CHARTS.map((c) => (
          <TrainTestChart key={c.id} chart={c} evals={run.evals} />
        ))}
      </div>
      <table className="mlp-table" aria-label="Finished runs">
        <thead>
          <tr>
            <th scope="col">n</th>
            <th scope="col">H</th>
            <th scope="col">train acc.</th>
            <th scope="col">test acc.</th>
            <th scope="col">gap</th>
          </tr>
        </thead>
        <tbody>
          {runs.length === 0 ? (
            <tr>
              <td colSpan={5}>No finished run yet.</td>
            </tr>
          ) : (
            runs.map((r) => (
              <tr key={`${r.n}-${r.h}`}>
                <td>{r.n.toLocaleString('en-US')}</td>
                <td>{r.h}</td>
                <td>{pct(r.trainAccuracy)}</td>
                <td>{pct(r.testAccuracy)}</td>
                <td>{(100 * (r.trainAccuracy - r.testAccuracy)).toFixed(1)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
