/** Step 8: draw a digit; see the ten scores, the prediction and the pixel-wise contributions. */
import { useMemo, useState } from 'react';
import { NumberInput } from '../../components/controls/NumberInput';
import { DrawingCanvas } from '../../components/digits/DrawingCanvas';
import { WeightTemplate } from '../../components/digits/WeightTemplate';
import { LessonFigure } from '../../kit/LessonFigure';
import Draw from './draw.mdx';
import { useEnsureRun, useRunState, type RunSettings } from './mnist-run';
import { RunStatus } from './RunStatus';
import { contributionsOf, scoresOf, templateOf } from './scores';
import { useTestSet } from '../../kit/mnist-test-set';
import { inputAt } from './variation';
import { ScoresTable } from './ScoresTable';
import { weightsLabel } from './weights-label';

/** Props of {@link DrawStep}. */
export interface DrawStepProps {
  /** The MNIST run's settings (it trains in the background if it has not). */
  settings: RunSettings;
}

function isBlank(x: Float32Array | null): boolean {
  return !x || x.every((v) => v === 0);
}

/** The drawing step. */
export function DrawStep({ settings }: DrawStepProps) {
  useEnsureRun(settings, true);
  const run = useRunState();
  const [input, setInput] = useState<Float32Array | null>(null);
  const scores = useMemo(
    () => (run.weights && input && !isBlank(input) ? scoresOf(run.weights, input) : null),
    [run.weights, input],
  );
  const k = scores?.predicted ?? 0;
  const contributions = useMemo(
    () => (run.weights && input && scores ? contributionsOf(run.weights, k, input) : null),
    [run.weights, input, scores, k],
  );
  const template = useMemo(
    () => (run.weights ? templateOf(run.weights, k) : null),
    [run.weights, k],
  );
  return (
    <>
      <div className="prose">
        <Draw />
      </div>
      <RunStatus settings={settings} />
      <LessonFigure
        title="Draw a digit"
        caption={`Model: ${weightsLabel(run)}.`}
        className="draw-figure"
      >
        <div className="draw-layout">
          <div>
            <DrawingCanvas onChange={setInput} />
            <TestDigitPicker onPick={setInput} />
          </div>
          <div className="draw-result" aria-live="polite">
            {scores ? (
              <p className="draw-prediction" data-testid="linear-prediction">
                The model reads a <strong>{scores.predicted}</strong>.
              </p>
            ) : (
              <p className="muted">
                {run.weights
                  ? 'Draw a digit in the box to see what the model reads.'
                  : 'The model is being built…'}
              </p>
            )}
          </div>
        </div>
        {scores && template && contributions && (
          <div className="draw-explain">
            <ScoresTable scores={scores} caption="Scores of your drawing" />
            <div className="draw-maps">
              <figure className="draw-map">
                <WeightTemplate
                  weights={contributions}
                  size={140}
                  ariaLabel={`Contributions w${k} ⊙ x of each pixel to the score of class ${k}`}
                />
                <figcaption>
                  w<sub>{k}</sub> ⊙ x: what each inked pixel added to score {k}
                </figcaption>
              </figure>
              <figure className="draw-map">
                <WeightTemplate
                  weights={template}
                  size={140}
                  ariaLabel={`Template of class ${k}`}
                />
                <figcaption>
                  the template w<sub>{k}</sub> itself
                </figcaption>
              </figure>
            </div>
          </div>
        )}
      </LessonFigure>
    </>
  );
}

/** A keyboard path into the same figure: feed the model a real test digit instead of a drawing. */
function TestDigitPicker({ onPick }: { onPick: (input: Float32Array) => void }) {
  const testSet = useTestSet();
  const [index, setIndex] = useState(0);
  const data = testSet.status === 'ready' ? testSet.data : null;
  if (!data) return null;
  return (
    <div className="draw-picker">
      <NumberInput
        label="Or use test digit #"
        isInteger
        value={index}
        min={0}
        max={data.count - 1}
        step={1}
        onChange={(v) => setIndex(Math.round(v))}
      />
      <button type="button" onClick={() => onPick(inputAt(data, index))}>
        Use this digit (label {data.labels[index]})
      </button>
    </div>
  );
}
