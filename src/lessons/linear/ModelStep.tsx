/** Step 4: f(x) = Wx + b on the digit at hand: ten inner products, the highest wins. */
import { useMemo } from 'react';
import { Tex } from '../../components/Tex';
import { DigitCanvas } from '../../components/digits/DigitCanvas';
import type { MnistDataset } from '../../data/mnist-types';
import { LessonFigure } from '../../kit/LessonFigure';
import { DataGate } from './DataGate';
import { DigitPicker } from './DigitPicker';
import { useEnsureRun, useRunState, type RunSettings } from './mnist-run';
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
}

function ScoresFigure({
  data,
  digit,
  onDigit,
  isPresenting,
}: Omit<ModelStepProps, 'settings'> & { data: MnistDataset }) {
  const run = useRunState();
  const index = Math.min(digit, data.count - 1);
  const label = data.labels[index];
  const x = useMemo(() => inputAt(data, index), [data, index]);
  const pixels = useMemo(() => imageAt(data, index), [data, index]);
  const scores = useMemo(() => (run.weights ? scoresOf(run.weights, x) : null), [run.weights, x]);
  return (
    <LessonFigure
      title={
        <span>
          Ten scores <Tex tex="s = Wx + b" /> for test digit #{index}
        </span>
      }
      caption={`Weights: ${weightsLabel(run)}. Computed by the engine in this page from the latest weights.`}
    >
      <DigitPicker index={index} count={data.count} label={label} onChange={onDigit} />
      <div className="model-layout">
        <DigitCanvas
          pixels={pixels}
          maxValue={255}
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
export function ModelStep({ digit, onDigit, settings, isPresenting }: ModelStepProps) {
  useEnsureRun(settings, true);
  return (
    <>
      <div className="prose">
        <Model />
        <Tex
          display
          tex="f(x) = Wx + b = \begin{bmatrix} w_0 \cdot x + b_0 \\ \vdots \\ w_9 \cdot x + b_9 \end{bmatrix},\qquad W \in \mathbb{R}^{10 \times 784},\; x \in \mathbb{R}^{784},\; b \in \mathbb{R}^{10}"
        />
      </div>
      <RunStatus settings={settings} />
      <DataGate>
        {(data) => (
          <ScoresFigure data={data} digit={digit} onDigit={onDigit} isPresenting={isPresenting} />
        )}
      </DataGate>
    </>
  );
}
