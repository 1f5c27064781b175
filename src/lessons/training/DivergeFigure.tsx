/** The divergence demonstration: the default network with plain SGD at a learning rate the student picks. */
import { NumberInput } from '../../components/controls/NumberInput';
import { useSubSteps } from '../../kit/substeps';
import { TRAINING_PARAMS } from './params';
import { demoConfig } from './run-config';
import { RunCharts } from './TrainFigure';
import { DivergenceReport } from './DivergenceReport';
import { trainingStore, useTrainingStore } from './store';
import { formatNumber } from '../../components/format';

/** Props of {@link DivergeFigure}. */
export interface DivergeFigureProps {
  /** Learning rate of the demo (URL). */
  lr: number;
  /** Changes it. */
  onLr: (lr: number) => void;
}

/** Trains 784-128-10 with SGD at α until it diverges or one epoch ends. */
export function DivergeFigure({ lr, onLr }: DivergeFigureProps) {
  const store = useTrainingStore();
  const demo = store.slots.demo;
  const snap = trainingStore.useLessonStore((s) => s.demo.snapshot);
  const series = trainingStore.useLessonStore((s) => s.demo.series);
  const error = trainingStore.useLessonStore((s) => s.demo.error);
  const key = String(lr);
  const start = () => void demo.run(demoConfig(lr), key);
  const reset = () => void demo.reset(demoConfig(lr), key);
  const isRunning = snap.status === 'running' || snap.status === 'loading';
  useSubSteps({
    next: () => {
      if (snap.status !== 'idle') return false;
      start();
      return true;
    },
    prev: () => false,
    clicker:
      'A press starts training at this learning rate; after that the press, and Back, change step.',
  });
  const p = snap.progress;
  return (
    <div className="tr-diverge">
      <div className="tr-row">
        <NumberInput
          label="Learning rate α (plain SGD)"
          value={lr}
          min={TRAINING_PARAMS.dlr.min}
          max={TRAINING_PARAMS.dlr.max}
          onChange={onLr}
        />
        <button
          type="button"
          className="tr-primary"
          data-testid="diverge-train"
          disabled={isRunning || snap.status === 'diverged'}
          onClick={start}
        >
          Train with α = {formatNumber(lr)}
        </button>
        <button type="button" onClick={reset}>
          Reset
        </button>
      </div>
      <p aria-live="polite">
        <span data-testid="diverge-status">
          {snap.status === 'idle' ? 'not started' : snap.status}
        </span>
        {p && (
          <>
            {' '}
            · step {p.iteration} · batch loss{' '}
            {Number.isFinite(p.batchLoss) ? formatNumber(p.batchLoss) : String(p.batchLoss)}
          </>
        )}
      </p>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <DivergenceReport slot="demo" />
      <RunCharts series={series} showAccuracy={false} />
    </div>
  );
}
