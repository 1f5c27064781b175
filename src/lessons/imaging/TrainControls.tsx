/** Play, pause, step and reset for the denoiser, its status, and the clicker's "train 250 steps". */
import { formatNumber, Transport } from '../../components';
import { useSubSteps } from '../../kit/substeps';
import { denoiseConfig } from './denoise';
import { denoiserKey, imagingStore, parseDenoiserKey } from './store';

/** Steps per clicker press, and how many presses the clicker trains before moving on. */
const PRESS_STEPS = 250;
const PRESS_LIMIT = 1000;

/** Props of {@link TrainControls}. */
export interface TrainControlsProps {
  /** Noise σ the next model trains at. */
  sigma: number;
  /** Hidden units of the next model. */
  hidden: number;
}

/** Transport and status of the lesson's denoiser. */
export function TrainControls({ sigma, hidden }: TrainControlsProps) {
  const s = imagingStore.useLessonStore((st) => st);
  const { status, progress, message } = s.training;
  const iteration = progress?.iteration ?? 0;
  const key = denoiserKey(sigma, hidden);
  const config = denoiseConfig(sigma, hidden);
  const trained = parseDenoiserKey(s.trainedKey);
  const isStale = trained !== null && s.trainedKey !== key;
  const busy = status === 'loading';
  useSubSteps({
    next: () => {
      if (status === 'running') return (void s.pause(), true);
      if (iteration >= PRESS_LIMIT || isStale) return false;
      void s.step(PRESS_STEPS, key, config);
      return true;
    },
    prev: () => false,
    clicker: `Each press trains ${PRESS_STEPS} more steps, up to ${PRESS_LIMIT.toLocaleString('en-US')} (a press while it plays pauses it); Back changes step.`,
  });
  const playPause = () => {
    if (status === 'running') void s.pause();
    else if (trained && !isStale && s.training.info) void s.resume();
    else void s.start(key, config);
  };
  return (
    <div className="im-train">
      <Transport
        isPlaying={status === 'running'}
        onPlayPause={playPause}
        onStep={() => void s.step(50, key, config)}
        onReset={s.reset}
        isAtEnd={busy || isStale}
        label="Train the denoiser"
      />
      <p className="im-status" aria-live="polite">
        {busy && 'Loading 10,000 training digits… '}
        {trained
          ? `MLP 784 → ${trained.hidden} → 784, trained at σ = ${trained.sigma}: step ${iteration}` +
            (progress && Number.isFinite(progress.batchLoss)
              ? `, batch loss ${formatNumber(Number(progress.batchLoss.toPrecision(3)))}`
              : '')
          : 'No denoiser yet: press Play (or Step) to train one at this σ.'}
      </p>
      {isStale && (
        <p className="notice" role="status">
          The denoiser was trained for σ = {trained?.sigma} and H = {trained?.hidden}; its numbers
          below are for that model. Reset to train one for σ = {sigma}, H = {hidden}.
        </p>
      )}
      {message && status !== 'running' && (
        <p className="notice" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
