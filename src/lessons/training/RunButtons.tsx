/** Buttons and status line of the student's run: run 100 steps, an epoch, train, pause, reset. */
import { formatNumber } from '../../components/format';
import { liveHyper, trainingStore, useTrainingStore } from './store';
import { mlpConfig, runKey, stepsPerEpoch, type RunSettings } from './run-config';

/** Props of {@link RunButtons}. */
export interface RunButtonsProps {
  /** The network and run settings. */
  settings: RunSettings;
  /** Also show Train (until the chosen epochs) and Pause. */
  showTrain?: boolean;
}

/** The run's buttons; every one of them works from the keyboard. */
export function RunButtons({ settings, showTrain = false }: RunButtonsProps) {
  const store = useTrainingStore();
  const status = trainingStore.useLessonStore((s) => s.main.snapshot.status);
  const isStepping = trainingStore.useLessonStore((s) => s.main.isStepping);
  const main = store.slots.main;
  const config = mlpConfig(settings);
  const key = runKey(settings);
  const isBusy = status === 'running' || isStepping || status === 'loading';
  const isDiverged = status === 'diverged';
  const stepFor = (n: number) => {
    store.setState({ inspection: null, beat: 0, predictions: null });
    void main.stepFor(config, key, n, liveHyper(settings));
  };
  const reset = () => {
    store.setState({ inspection: null, beat: 0, predictions: null, interruptedAt: null });
    void main.reset(config, key);
  };
  return (
    <>
      {showTrain &&
        (isBusy ? (
          <button type="button" className="tr-primary" onClick={() => void main.pause()}>
            Pause
          </button>
        ) : (
          <button
            type="button"
            className="tr-primary"
            data-testid="train"
            disabled={isDiverged}
            onClick={() => {
              store.setState({ inspection: null, beat: 0, predictions: null, interruptedAt: null });
              void main.run(config, key, liveHyper(settings));
            }}
          >
            Train
          </button>
        ))}
      <button
        type="button"
        data-testid="run-100"
        disabled={isBusy || isDiverged}
        onClick={() => stepFor(100)}
      >
        Run 100 steps
      </button>
      <button
        type="button"
        data-testid="run-epoch"
        disabled={isBusy || isDiverged}
        onClick={() => stepFor(stepsPerEpoch(settings.bs))}
      >
        Run an epoch
      </button>
      {!showTrain && isStepping && (
        <button type="button" onClick={() => void main.pause()}>
          Stop
        </button>
      )}
      <button type="button" data-testid="reset-run" onClick={reset}>
        Reset network
      </button>
    </>
  );
}

const pct = (v: number | null | undefined) => (v == null ? '–' : `${(100 * v).toFixed(2)}%`);

/** One line: step, epoch, batch loss, test accuracy, status, and any error. */
export function RunStatusLine() {
  const snap = trainingStore.useLessonStore((s) => s.main.snapshot);
  const error = trainingStore.useLessonStore((s) => s.main.error);
  const p = snap.progress;
  const loading = snap.loading;
  return (
    <div className="tr-status" aria-live="polite">
      <p>
        <span data-testid="run-status">{snap.status === 'idle' ? 'not started' : snap.status}</span>
        {snap.status === 'loading' && loading && loading.totalBytes > 0 && (
          <> ({Math.round((100 * loading.loadedBytes) / loading.totalBytes)}% of MNIST)</>
        )}
        {' · '}step <span data-testid="run-step">{p?.iteration ?? 0}</span> · epoch{' '}
        {formatNumber(p?.epoch ?? 0)} · batch loss{' '}
        {p && Number.isFinite(p.batchLoss) ? formatNumber(p.batchLoss) : '–'} · test accuracy{' '}
        <span data-testid="test-accuracy">{pct(snap.lastEval?.testAccuracy)}</span>
        {snap.lastEval && <> (at step {snap.lastEval.iteration})</>}
      </p>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
