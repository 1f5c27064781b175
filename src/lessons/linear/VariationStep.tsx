/** Step 2: variation within a class and similarity between classes, picked from the real test set. */
import { useMemo } from 'react';
import { DigitCanvas } from '../../components/digits/DigitCanvas';
import { ImageGrid, type DigitSample } from '../../components/digits/ImageGrid';
import { MNIST_MAX_GREY } from '../../data/mnist-shape';
import type { MnistDataset } from '../../data/mnist-types';
import { LessonFigure } from '../../kit/LessonFigure';
import { DataGate } from './DataGate';
import { useRunActions, useRunState, type RunSettings } from './mnist-run';
import { predictImages } from './scores';
import { useLinearStore } from './store';
import Variation from './variation.mdx';
import { HandRuleFigure } from './HandRuleFigure';
import { usePresenterPages } from './usePresenterPages';
import { classExtremes, imageAt, indicesOf, meanImage, nearestToMeanOf } from './variation';

/** Digits shown per group. */
const PER_GROUP = 6;
const DIGITS = Array.from({ length: 10 }, (_, d) => d);

function samplesOf(data: MnistDataset, indices: number[]): DigitSample[] {
  return indices.map((i) => ({ pixels: imageAt(data, i), label: data.labels[i] }));
}

function ClassSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (d: number) => void;
}) {
  return (
    <label className="linear-select">
      {label}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {DIGITS.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
  );
}

function WithinClass({ data, digit }: { data: MnistDataset; digit: number }) {
  const ext = useMemo(() => classExtremes(data, digit, PER_GROUP), [data, digit]);
  const groups: [string, number[]][] = [
    ['Thinnest strokes (least ink)', ext.thinnest],
    ['Thickest strokes (most ink)', ext.thickest],
    ['Leaning furthest left', ext.leftLeaning],
    ['Leaning furthest right', ext.rightLeaning],
  ];
  return (
    <div className="variation-groups">
      {groups.map(([title, indices]) => (
        <div key={title} className="variation-group">
          <h3 className="variation-title">{title}</h3>
          <ImageGrid
            samples={samplesOf(data, indices)}
            size={48}
            ariaLabel={`${title}: ${PER_GROUP} test digits labelled ${digit}`}
          />
        </div>
      ))}
    </div>
  );
}

function BetweenClasses({
  data,
  digit,
  other,
}: {
  data: MnistDataset;
  digit: number;
  other: number;
}) {
  const nearest = useMemo(
    () => nearestToMeanOf(data, digit, other, PER_GROUP * 2),
    [data, digit, other],
  );
  const mean = useMemo(() => meanImage(data, indicesOf(data, other)), [data, other]);
  return (
    <div className="variation-between">
      <div className="variation-mean">
        <DigitCanvas
          pixels={mean}
          maxValue={MNIST_MAX_GREY}
          size={96}
          ariaLabel={`The average of all test digits labelled ${other}`}
        />
        <span className="muted">average {other}</span>
      </div>
      <ImageGrid
        samples={samplesOf(data, nearest)}
        size={48}
        ariaLabel={`The ${nearest.length} test digits labelled ${digit} closest to the average ${other}`}
      />
    </div>
  );
}

function ModelConfusions({
  data,
  digit,
  other,
  settings,
}: {
  data: MnistDataset;
  digit: number;
  other: number;
  settings: RunSettings;
}) {
  const run = useRunState();
  const { startRun } = useRunActions();
  const weights = run.weightsIteration > 0 ? run.weights : null;
  const confused = useMemo(() => {
    if (!weights) return null;
    const indices = indicesOf(data, digit);
    const predicted = predictImages(weights, data.images, indices);
    return indices.flatMap((img, r) =>
      predicted[r] === other ? [{ img, predicted: predicted[r] }] : [],
    );
  }, [weights, data, digit, other]);
  if (!confused) {
    const isBusy = run.snapshot.status === 'loading' || run.snapshot.status === 'running';
    return (
      <p>
        {isBusy
          ? 'The linear model is training in the background; its confusions appear here when its first weights arrive. '
          : 'Once the linear model of this lesson has trained, this figure shows which of these digits it gets wrong. '}
        {!isBusy && (
          <button type="button" onClick={() => void startRun(settings)}>
            Train it in the background
          </button>
        )}
      </p>
    );
  }
  const samples = confused
    .slice(0, PER_GROUP * 2)
    .map((c) => ({ pixels: imageAt(data, c.img), label: digit, predicted: c.predicted }));
  return (
    <>
      <p className="linear-readout">
        After {run.weightsIteration} training steps the linear model calls{' '}
        <strong>{confused.length}</strong> of the {indicesOf(data, digit).length} test {digit}s a{' '}
        {other}
        {confused.length > samples.length
          ? `; the first ${samples.length} in the test set:`
          : confused.length > 0
            ? ':'
            : '.'}
      </p>
      {samples.length > 0 && (
        <ImageGrid
          samples={samples}
          size={48}
          ariaLabel={`Test digits labelled ${digit} that the model predicts as ${other}`}
        />
      )}
    </>
  );
}

function Figures({
  data,
  settings,
  isPresenting,
}: {
  data: MnistDataset;
  settings: RunSettings;
  isPresenting: boolean;
}) {
  const isShown = usePresenterPages(4, isPresenting);
  const digit = useLinearStore((s) => s.variationDigit);
  const other = useLinearStore((s) => s.confusedWith);
  const setVariation = useLinearStore((s) => s.setVariation);
  const count = indicesOf(data, digit).length;
  return (
    <>
      <div className="linear-controls" role="group" aria-label="Classes to compare">
        <ClassSelect label="Digit class" value={digit} onChange={(d) => setVariation(d, other)} />
        <ClassSelect label="Confused with" value={other} onChange={(d) => setVariation(digit, d)} />
      </div>
      {isShown(0) && (
        <LessonFigure
          title={`Within one class: ${count} test digits are labelled ${digit}`}
          caption="Ink = sum of grey levels / 255. Slant = sideways drift of the ink per row (from its second moments)."
        >
          <WithinClass data={data} digit={digit} />
        </LessonFigure>
      )}
      {isShown(1) && (
        <LessonFigure
          title={`Between classes: the ${digit}s nearest to the average ${other}`}
          caption={`Every test ${digit}, ranked by its pixel-wise (Euclidean) distance to the mean image of the test ${other}s; the closest are shown. The label under each image is the true one.`}
        >
          <BetweenClasses data={data} digit={digit} other={other} />
        </LessonFigure>
      )}
      {isShown(2) && <HandRuleFigure data={data} digit={digit} other={other} />}
      {isShown(3) && (
        <LessonFigure
          title={`Between classes: the ${digit}s the trained linear model calls ${other}`}
          caption="Predictions of the lesson's linear model f(x) = Wx + b (trained on training digits only) for every test digit of the class, computed by the engine in this page."
        >
          <ModelConfusions data={data} digit={digit} other={other} settings={settings} />
        </LessonFigure>
      )}
    </>
  );
}

/** Props of {@link VariationStep}. */
export interface VariationStepProps {
  /** Settings of the lesson's MNIST run (trained on request to show its confusions). */
  settings: RunSettings;
  /** Presenter mode: one figure at a time, the clicker reveals the next. */
  isPresenting?: boolean;
}

/** The variation step. */
export function VariationStep({ settings, isPresenting = false }: VariationStepProps) {
  return (
    <>
      <div className="prose">
        <Variation />
      </div>
      <DataGate>
        {(data) => <Figures data={data} settings={settings} isPresenting={isPresenting} />}
      </DataGate>
    </>
  );
}
