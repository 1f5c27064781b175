/** Step 5: train the linear classifier live in the worker: controls, curves and templates. */
import { NumberInput } from '../../components/controls/NumberInput';
import { Slider } from '../../components/controls/Slider';
import { Transport } from '../../components/controls/Transport';
import { LessonFigure } from '../../kit/LessonFigure';
import { useSubSteps } from '../../kit/substeps';
import { Curves } from './Curves';
import {
  CHANCE_LOSS,
  DIVERGED_FACTOR,
  definedHyper,
  RUN_STEPS,
  useRunActions,
  useRunState,
  type RunSettings,
} from './mnist-run';
import { LINEAR_PARAMS } from './params';
import { RunStatus } from './RunStatus';
import { Templates } from './Templates';
import Train from './train.mdx';

/** Props of {@link TrainStep}. */
export interface TrainStepProps {
  /** Current settings (from the URL). */
  settings: RunSettings;
  /** Stores new settings (in the URL). */
  onSettings: (next: Partial<RunSettings>) => void;
  /** Presenter mode: templates sized with the presenter's type, beside the curves. */
  isPresenting?: boolean;
}

/** Training steps per clicker press (the run stops after RUN_STEPS, 15 presses). */
export const PRESS_STEPS = 100;

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : `${(100 * v).toFixed(1)}%`;

function StatusLine() {
  const run = useRunState();
  const snap = run.snapshot;
  const p = snap.progress;
  const d = run.divergence;
  if (d) {
    const what = Number.isFinite(d.loss)
      ? `the batch loss was ${d.loss.toFixed(1)}, more than ${DIVERGED_FACTOR} times the ${CHANCE_LOSS.toFixed(2)} of a uniform guess`
      : 'the loss stopped being a finite number';
    return (
      <p className="error-box" role="alert" data-testid="linear-diverged">
        <strong>Diverged at step {d.step}:</strong> {what}. Training is paused. The learning rate is
        too large: lower it and press Reset (your settings are kept).
      </p>
    );
  }
  return (
    <p className="linear-readout" aria-live="polite" data-testid="linear-train-status">
      {snap.status === 'running' ? 'Training' : snap.status === 'idle' ? 'Not started' : 'Paused'} ·
      step <strong>{p?.iteration ?? 0}</strong> of {RUN_STEPS} · epoch {(p?.epoch ?? 0).toFixed(2)}{' '}
      · train accuracy {pct(p?.trainAccuracy)} · test accuracy{' '}
      <strong data-testid="linear-test-accuracy">{pct(run.lastEval?.testAccuracy)}</strong>
      {p && p.samplesPerSecond > 0
        ? ` · ${Math.round(p.samplesPerSecond).toLocaleString('en')} digits/s`
        : ''}
    </p>
  );
}

function Controls({ settings, onSettings }: TrainStepProps) {
  const run = useRunState();
  const { runCommand } = useRunActions();
  const isBuilt = run.snapshot.info !== null;
  const setHyper = (next: Partial<RunSettings>) => {
    onSettings(next);
    const hyper = definedHyper(next);
    if (isBuilt && Object.keys(hyper).length > 0)
      void runCommand((c) => c.setHyperparameters(hyper));
  };
  return (
    <div className="train-controls">
      <Slider
        label="Learning rate α"
        value={settings.lr}
        min={LINEAR_PARAMS.lr.min}
        max={LINEAR_PARAMS.lr.max}
        log
        onChange={(lr) => setHyper({ lr })}
      />
      <NumberInput
        label="Batch size"
        isInteger
        value={settings.batchSize}
        min={LINEAR_PARAMS.batch.min}
        max={LINEAR_PARAMS.batch.max}
        step={1}
        onChange={(batchSize) => setHyper({ batchSize })}
      />
      <NumberInput
        label="Training digits"
        isInteger
        value={settings.trainCount}
        min={LINEAR_PARAMS.n.min}
        max={LINEAR_PARAMS.n.max}
        step={1000}
        onChange={(trainCount) => onSettings({ trainCount })}
      />
      {run.builtTrainCount !== null && run.builtTrainCount !== settings.trainCount && (
        <p className="cr-control__note">
          The run trains on {run.builtTrainCount.toLocaleString('en')} digits; press Reset to use{' '}
          {settings.trainCount.toLocaleString('en')}.
        </p>
      )}
    </div>
  );
}

function TrainFigure({ settings, onSettings, isPresenting }: TrainStepProps) {
  const run = useRunState();
  const { runCommand, startRun, ensureBuilt, resetRun } = useRunActions();
  const status = run.snapshot.status;
  const isPlaying = status === 'running' || status === 'loading';
  const iteration = run.snapshot.progress?.iteration ?? 0;
  const onPlayPause = () => {
    if (status === 'running') void runCommand((c) => c.pause());
    else void startRun(settings);
  };
  const stepBy = (count: number) => {
    if (status === 'running') void runCommand((c) => c.pause());
    else if (run.snapshot.info) void runCommand((c) => c.step(count));
    else
      void ensureBuilt(settings).then(async (ok) => {
        if (ok) await runCommand((c) => c.step(count));
      });
  };
  // The clicker trains PRESS_STEPS steps per press (a press while playing pauses), then moves on.
  useSubSteps({
    next: () => {
      if (run.divergence !== null || iteration >= RUN_STEPS) return false;
      if (status !== 'loading') stepBy(PRESS_STEPS);
      return true;
    },
    prev: () => false,
    position: () => [Math.ceil(iteration / PRESS_STEPS), Math.ceil(RUN_STEPS / PRESS_STEPS)],
    clicker: `Each press trains ${PRESS_STEPS} more steps, up to ${RUN_STEPS.toLocaleString('en-US')} (a press while it plays pauses it); Back changes step.`,
  });
  return (
    <LessonFigure
      title="Training f(x) = Wx + b on MNIST"
      caption="Loss and accuracy on training batches (moving average) and on the 10,000 test digits."
      className="train-figure"
      onReset={() => void resetRun(settings)}
    >
      <Controls settings={settings} onSettings={onSettings} />
      <Transport
        label="Training"
        isPlaying={isPlaying}
        onPlayPause={onPlayPause}
        onStep={() => stepBy(1)}
        onReset={() => void resetRun(settings)}
        isAtEnd={(!isPlaying && iteration >= RUN_STEPS) || run.divergence !== null}
      />
      <RunStatus settings={settings} />
      <StatusLine />
      <div className="train-results">
        <Curves series={run.series} divergence={run.divergence} />
        {run.weights ? (
          <Templates weights={run.weights} size={isPresenting ? '3.3em' : 72} />
        ) : (
          <p className="muted">The templates appear once the model is built.</p>
        )}
      </div>
    </LessonFigure>
  );
}

/** The training step. */
export function TrainStep(props: TrainStepProps) {
  return (
    <>
      <div className="prose">
        <Train />
      </div>
      <TrainFigure {...props} />
    </>
  );
}
