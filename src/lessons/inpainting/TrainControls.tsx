/** Play, pause, step and reset for the inpainting MLP, its status, and the clicker's "train 250 steps". */
import { formatNumber, Transport } from '../../components';
import { useSubSteps } from '../../kit/substeps';
import type { TrainConfig } from '../../worker';
import { inpaintStore } from './store';

const PRESS_STEPS = 250;
const PRESS_LIMIT = 1000;

/** Props of {@link TrainControls}. */
export interface TrainControlsProps {
  /** Key of the chosen task ("box 12×12 · H = 128"). */
  modelKey: string;
  /** Its training config. */
  config: TrainConfig;
  /** Whether the clicker trains (one press = 250 steps, up to 1,000). */
  claimsClicker?: boolean;
}

/** Transport and status of the lesson's model. */
export function TrainControls({ modelKey, config, claimsClicker = true }: TrainControlsProps) {
  const s = inpaintStore.useLessonStore((st) => st);
  const { status, progress, message } = s.training;
  const iteration = progress?.iteration ?? 0;
  const isStale = s.trainedKey !== null && s.trainedKey !== modelKey;
  useSubSteps({
    next: () => {
      if (!claimsClicker) return false;
      if (status === 'running') return (void s.pause(), true);
      if (iteration >= PRESS_LIMIT || isStale) return false;
      void s.step(PRESS_STEPS, modelKey, config);
      return true;
    },
    prev: () => false,
    clicker: claimsClicker
      ? `Each press trains ${PRESS_STEPS} more steps, up to ${PRESS_LIMIT.toLocaleString('en-US')} (a press while it plays pauses it); Back changes step.`
      : undefined,
  });
  const playPause = () => {
    if (status === 'running') void s.pause();
    else if (s.trainedKey === modelKey && s.training.info) void s.resume();
    else void s.start(modelKey, config);
  };
  return (
    <div className="ip-train">
      <div className="ip-row">
        <Transport
          isPlaying={status === 'running'}
          onPlayPause={playPause}
          onStep={() => void s.step(50, modelKey, config)}
          onReset={s.reset}
          isAtEnd={status === 'loading' || isStale}
          label="Train the inpainting MLP"
        />
        <button
          type="button"
          onClick={() => void s.step(PRESS_STEPS, modelKey, config)}
          disabled={status === 'running' || status === 'loading' || isStale}
        >
          Train {PRESS_STEPS} steps
        </button>
      </div>
      <p
        className="ip-status"
        aria-live="polite"
        data-testid="ip-status"
        data-iteration={iteration}
      >
        {status === 'loading' && 'Loading 10,000 training digits… '}
        {s.trainedKey
          ? `Model: ${s.trainedKey}; step ${iteration}` +
            (progress && Number.isFinite(progress.batchLoss)
              ? `, batch loss ${formatNumber(Number(progress.batchLoss.toPrecision(3)))}`
              : '')
          : `No model yet: press Play (or Step) to train one for ${modelKey}.`}
      </p>
      {isStale && (
        <p className="notice" role="status">
          The model was trained for {s.trainedKey}; its numbers are for that task. Reset to train
          one for {modelKey}.
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
