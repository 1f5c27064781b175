/**
 * The loop in four beats: one press reveals one beat of a real step of the student's network
 * (batch, forward, backward, update), computed by the worker's step-inspection job.
 */
import { ImageGrid } from '../../components/digits/ImageGrid';
import { WeightTemplate } from '../../components/digits/WeightTemplate';
import { formatNumber } from '../../components/format';
import { MNIST_PIXELS } from '../../data/mnist-shape';
import { useSubSteps } from '../../kit/substeps';
import type { StepInspection } from '../../worker';
import { RunButtons } from './RunButtons';
import type { RunSettings } from './run-config';
import { nextBeat, prevBeat, trainingStore, useTrainingStore } from './store';

const BEATS = ['Sample a batch', 'Forward pass', 'Backward pass', 'Update'] as const;

function Beat({ n, shown, children }: { n: number; shown: number; children: React.ReactNode }) {
  const isShown = shown >= n;
  return (
    <section className={`tr-beat${isShown ? '' : ' tr-beat--hidden'}`} aria-label={BEATS[n - 1]}>
      <h3 className="tr-beat__title">
        <span className="tr-beat__n">{n}</span> {BEATS[n - 1]}
      </h3>
      {isShown ? children : <p className="muted">Next beat shows it.</p>}
    </section>
  );
}

function BatchBeat({ r }: { r: StepInspection }) {
  const samples = Array.from({ length: r.shown }, (_, i) => ({
    pixels: r.images.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS),
    label: r.labels[i],
  }));
  return (
    <div data-testid="beat-batch">
      <p>
        Step {r.step}: {r.batchSize} random training digits (first {r.shown} shown, with labels).
      </p>
      <ImageGrid
        samples={samples}
        maxValue={1}
        size={40}
        ariaLabel={`The sampled batch of step ${r.step}`}
      />
    </div>
  );
}

function ForwardBeat({ r }: { r: StepInspection }) {
  const correct = r.predicted.reduce((n, p, i) => n + (p === r.labels[i] ? 1 : 0), 0);
  return (
    <div data-testid="beat-loss">
      <p className="tr-big">
        L = <strong>{formatNumber(r.loss)}</strong>
      </p>
      <p>
        Mean cross-entropy over the {r.batchSize} digits; the network gets {correct} of them right
        before this update.
      </p>
    </div>
  );
}

function NormTable({ r, column }: { r: StepInspection; column: 'grad' | 'update' }) {
  return (
    <table className="tr-table">
      <thead>
        <tr>
          <th scope="col">tensor</th>
          <th scope="col">shape</th>
          {column === 'grad' ? (
            <th scope="col">‖∂L/∂θ‖</th>
          ) : (
            <>
              <th scope="col">α·‖∇‖</th>
              <th scope="col">moved</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {r.names.map((name, i) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{r.shapes[i].join('×')}</td>
            {column === 'grad' ? (
              <td>{formatNumber(r.gradNorms[i])}</td>
            ) : (
              <>
                <td>{formatNumber(r.lr * r.gradNorms[i])}</td>
                <td>{formatNumber(r.updateNorms[i])}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BackwardBeat({ r }: { r: StepInspection }) {
  return (
    <div data-testid="beat-grads">
      <NormTable r={r} column="grad" />
      <div className="tr-units">
        {r.units.map((u, i) => (
          <figure key={u} className="tr-unit">
            <WeightTemplate
              weights={r.unitGrads.subarray(i * MNIST_PIXELS, (i + 1) * MNIST_PIXELS)}
              size={64}
              ariaLabel={`Gradient of the loss with respect to W1's row for hidden unit ${u}`}
            />
            <figcaption>∂L/∂W1, unit {u}</figcaption>
          </figure>
        ))}
      </div>
      <p className="muted">
        W1&rsquo;s gradient as 28×28 images for the {r.units.length} hidden units pushed hardest
        this step (blue and orange: opposite signs).
      </p>
    </div>
  );
}

function UpdateBeat({ r }: { r: StepInspection }) {
  const isSgd = r.optimizer === 'sgd';
  return (
    <div data-testid="beat-update">
      <NormTable r={r} column="update" />
      <p className="muted">
        α = {formatNumber(r.lr)}.{' '}
        {isSgd
          ? 'With plain SGD each tensor moves by exactly α·‖∇‖: θ ← θ − α∇.'
          : `“moved” is what ${r.optimizer === 'adam' ? 'Adam' : 'momentum'} actually did; it differs from α·‖∇‖ because the optimiser ${r.optimizer === 'adam' ? 'rescales each number by its running gradient size' : 'adds the previous steps’ velocity'}.`}
      </p>
    </div>
  );
}

/** Props of {@link LoopFigure}. */
export interface LoopFigureProps {
  /** The network and run settings from the URL. */
  settings: RunSettings;
}

/** The four beats of one step, with buttons to step, run 100 steps or an epoch. */
export function LoopFigure({ settings }: LoopFigureProps) {
  const store = useTrainingStore();
  const r = trainingStore.useLessonStore((s) => s.inspection);
  const beat = trainingStore.useLessonStore((s) => s.beat);
  useSubSteps({
    next: () => (beat >= 4 && r && !r.diverged ? false : nextBeat(store, settings)),
    prev: () => prevBeat(store),
    clicker:
      'Each press shows the next beat of one training step (sample a batch, forward, backward, update); Back hides the last beat.',
  });
  return (
    <div className="tr-loop">
      <div className="tr-row">
        <button
          type="button"
          className="tr-primary"
          data-testid="next-beat"
          onClick={() => nextBeat(store, settings)}
        >
          {r && beat < 4 && !r.diverged ? `Next beat: ${BEATS[beat]}` : 'Next beat: sample a batch'}
        </button>
        <RunButtons settings={settings} />
      </div>
      <div className="tr-beats" aria-live="polite">
        {r ? (
          <>
            <Beat n={1} shown={beat}>
              <BatchBeat r={r} />
            </Beat>
            <Beat n={2} shown={beat}>
              <ForwardBeat r={r} />
            </Beat>
            <Beat n={3} shown={beat}>
              <BackwardBeat r={r} />
            </Beat>
            <Beat n={4} shown={beat}>
              <UpdateBeat r={r} />
            </Beat>
          </>
        ) : (
          <p className="muted">Press Next beat to sample the first batch.</p>
        )}
      </div>
    </div>
  );
}
