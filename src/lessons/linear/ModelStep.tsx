/** Step 4: f(x) = Wx + b on the digit at hand: ten inner products, the highest wins. */
import { useMemo } from 'react';
import { Tex } from '../../components/Tex';
import { DigitCanvas } from '../../components/digits/DigitCanvas';
import { MNIST_MAX_GREY } from '../../data/mnist-shape';
import type { MnistDataset } from '../../data/mnist-types';
import { LessonFigure } from '../../kit/LessonFigure';
import { useSubSteps } from '../../kit/substeps';
import { DataGate } from './DataGate';
import { DigitPicker } from './DigitPicker';
import { Link } from 'wouter';
import { lessonHref } from '../../kit/links';
import { useHashSearch } from '../../kit/hash-location';
import { stepIndex } from '../../kit/lesson';
import linearLesson from './lesson';
import { RUN_SEED, useEnsureRun, useRunState, type RunSettings, type RunState } from './mnist-run';
import Model from './model.mdx';
import { RunStatus } from './RunStatus';
import { scoresOf } from './scores';
import { ScoresTable } from './ScoresTable';
import { imageAt, inputAt } from './variation';
import { weightsLabel } from './weights-label';

/** Props of {@link ModelStep}. */
export interface ModelStepProps {
  /** Test digit on screen. */
  digit: number;
  /** Picks another test digit. */
  onDigit: (index: number) => void;
  /** The MNIST run's settings (the run starts in the background if it has not). */
  settings: RunSettings;
  /** Presenter mode: larger images. */
  isPresenting?: boolean;
  /** Score with the random start or the latest trained weights. */
  weightsKind: WeightsKind;
  /** Picks which weights to score with. */
  onWeightsKind: (kind: WeightsKind) => void;
}

/** Which weights the model step scores with. */
export type WeightsKind = 'random' | 'trained';

/** The weights on screen and their caption, or null before the model exists. */
export function chosenWeights(run: RunState, kind: WeightsKind) {
  const isTrained = kind === 'trained' && run.weightsIteration > 0;
  if (isTrained) return { weights: run.weights, label: weightsLabel(run) };
  return {
    weights: run.initialWeights,
    label: run.initialWeights ? `untrained: random weights (seed ${RUN_SEED})` : 'not built yet',
  };
}

function WeightsToggle({
  kind,
  onKind,
  trainedSteps,
  trainHref,
}: {
  kind: WeightsKind;
  onKind: (kind: WeightsKind) => void;
  trainedSteps: number;
  trainHref: string;
}) {
  return (
    <fieldset className="linear-controls model-weights">
      <legend>Weights W and b</legend>
      <label className="linear-select">
        <input
          type="radio"
          name="model-w"
          checked={kind === 'random'}
          onChange={() => onKind('random')}
        />{' '}
        random start
      </label>
      <label className="linear-select">
        <input
          type="radio"
          name="model-w"
          checked={kind === 'trained'}
          disabled={trainedSteps === 0}
          onChange={() => onKind('trained')}
        />{' '}
        trained{trainedSteps > 0 ? ` (${trainedSteps} steps)` : ''}
      </label>
      {trainedSteps === 0 && (
        <span className="muted">
          Not trained yet: <Link href={trainHref}>train it in the next step</Link>.
        </span>
      )}
    </fieldset>
  );
}

const TRAIN_STEP = stepIndex(linearLesson, 'train');

function ScoresFigure({
  data,
  digit,
  onDigit,
  isPresenting,
  weightsKind,
  onWeightsKind,
}: Omit<ModelStepProps, 'settings'> & { data: MnistDataset }) {
  const run = useRunState();
  const search = useHashSearch();
  const chosen = chosenWeights(run, weightsKind);
  const weights = chosen.weights;
  const index = Math.min(digit, data.count - 1);
  const label = data.labels[index];
  const x = useMemo(() => inputAt(data, index), [data, index]);
  const pixels = useMemo(() => imageAt(data, index), [data, index]);
  const scores = useMemo(() => (weights ? scoresOf(weights, x) : null), [weights, x]);
  const canTrained = run.weightsIteration > 0;
  // The clicker swaps the random start for the trained weights (when there are some), and back.
  useSubSteps({
    next: () => (weightsKind === 'random' && canTrained ? (onWeightsKind('trained'), true) : false),
    prev: () => (weightsKind === 'trained' ? (onWeightsKind('random'), true) : false),
    position: () => [weightsKind === 'trained' ? 1 : 0, canTrained ? 1 : 0],
    clicker: canTrained
      ? 'A press swaps the random weights for the trained ones; Back swaps back.'
      : 'No trained weights yet (train on the training step), so presses change step.',
  });
  return (
    <LessonFigure
      title={
        <span>
          Ten scores <Tex tex="s = Wx + b" /> for test digit #{index}
        </span>
      }
      caption={`Weights: ${chosen.label}. Computed by the engine in this page.`}
      className="model-figure"
    >
      <WeightsToggle
        kind={weightsKind}
        onKind={onWeightsKind}
        trainedSteps={run.weightsIteration}
        trainHref={lessonHref('linear', TRAIN_STEP, search)}
      />
      <DigitPicker index={index} count={data.count} label={label} onChange={onDigit} />
      <div className="model-layout">
        <DigitCanvas
          pixels={pixels}
          maxValue={MNIST_MAX_GREY}
          size={isPresenting ? 224 : 112}
          ariaLabel={`Test digit ${index}, a handwritten ${label}`}
        />
        {scores ? (
          <ScoresTable
            scores={scores}
            label={label}
            caption={`Scores of digit #${index} (true label ${label})`}
          />
        ) : (
          <p className="muted">The model is being built; its scores appear here in a moment.</p>
        )}
      </div>
    </LessonFigure>
  );
}

/** The model step. */
export function ModelStep({ settings, ...rest }: ModelStepProps) {
  useEnsureRun(settings, false);
  return (
    <>
      <div className="prose">
        <Model />
        <Tex
          display
          tex="f(x) = Wx + b = \begin{bmatrix} w_0 \cdot x + b_0 \\ \vdots \\ w_9 \cdot x + b_9 \end{bmatrix}"
        />
        <Tex
          display
          tex="W \in \mathbb{R}^{10 \times 784},\quad x \in \mathbb{R}^{784},\quad b \in \mathbb{R}^{10}"
        />
      </div>
      <RunStatus settings={settings} />
      <DataGate>{(data) => <ScoresFigure data={data} {...rest} />}</DataGate>
    </>
  );
}
