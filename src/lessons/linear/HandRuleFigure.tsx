/** Step 2's "write your own rule": two sliders pick a band of rows and an ink threshold. */
import { useMemo, useState } from 'react';
import { Slider } from '../../components/controls/Slider';
import { MNIST_SIDE } from '../../data/mnist-shape';
import type { MnistDataset } from '../../data/mnist-types';
import { LessonFigure } from '../../kit/LessonFigure';
import { BAND_ROWS, scoreRule } from './hand-rule';

/** Props of {@link HandRuleFigure}. */
export interface HandRuleFigureProps {
  /** The test set. */
  data: MnistDataset;
  /** One class (the variation step's digit). */
  digit: number;
  /** The class it is confused with. */
  other: number;
}

/** The rule's controls and its accuracy on the test digits of the two classes. */
export function HandRuleFigure({ data, digit, other }: HandRuleFigureProps) {
  const [row0, setRow0] = useState(4);
  const [threshold, setThreshold] = useState(15);
  const [isOtherMore, setIsOtherMore] = useState(true);
  const whenMore = isOtherMore ? other : digit;
  const whenLess = isOtherMore ? digit : other;
  const score = useMemo(
    () => scoreRule(data, { row0, threshold, whenMore, whenLess }),
    [data, row0, threshold, whenMore, whenLess],
  );
  const same = digit === other;
  return (
    <LessonFigure
      title={`Your own rule: ${digit} or ${other}?`}
      caption={`Ink = sum of grey levels / 255 over the ${BAND_ROWS} rows of the band. Scored on every test digit labelled ${digit} or ${other}.`}
    >
      <div className="train-controls">
        <Slider
          label={`Band: rows ${row0}–${row0 + BAND_ROWS - 1}`}
          value={row0}
          min={0}
          max={MNIST_SIDE - BAND_ROWS}
          step={1}
          onChange={setRow0}
        />
        <Slider
          label="Ink threshold"
          value={threshold}
          min={0}
          max={60}
          step={0.5}
          onChange={setThreshold}
        />
      </div>
      <fieldset className="linear-controls hand-rule__dir">
        <legend>At least that much ink in the band means</legend>
        {[other, digit].map((d) => (
          <label key={d} className="linear-select">
            <input
              type="radio"
              name="hand-rule-more"
              checked={whenMore === d}
              onChange={() => setIsOtherMore(d === other)}
            />{' '}
            a {d}
          </label>
        ))}
      </fieldset>
      {same ? (
        <p className="muted">Pick two different classes above to write a rule between them.</p>
      ) : (
        <p className="linear-readout" aria-live="polite" data-testid="hand-rule-score">
          Rule: a {whenMore} if rows {row0}–{row0 + BAND_ROWS - 1} hold at least {threshold} full
          pixels of ink, else a {whenLess}. On the test set it labels{' '}
          <strong>{score.correct}</strong> of {score.total} right:{' '}
          <strong>{(100 * score.accuracy).toFixed(1)}%</strong>, where a coin flip gets about 50%.
        </p>
      )}
    </LessonFigure>
  );
}
