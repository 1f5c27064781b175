/** Paint a mask on a test digit; see the reconstruction, the per-pixel loss and ∂L/∂ŷ = ŷ − y. */
import { useEffect, useMemo, useState } from 'react';
import { DigitCanvas, formatNumber, WeightTemplate } from '../../components';
import { hiddenCount, maskImage } from '../../data/mask-spec';
import type { MnistDataset } from '../../data/mnist-types';
import { MaskPainter } from './MaskPainter';
import { testDigit } from './measure';
import { reconstructionLoss } from './paint-grad';
import { PAINT_DIGITS } from './params';
import { inpaintStore } from './store';
import { TrainControls } from './TrainControls';
import type { InpaintView } from './useInpaintView';

/** The painter and the three heatmaps. */
export function PaintFigure({ data, view }: { data: MnistDataset; view: InpaintView }) {
  const digit = view.params.d;
  const truth = useMemo(() => testDigit(data, digit), [data, digit]);
  const mask = view.paintStep.mask;
  const input = useMemo(() => maskImage(truth, mask), [truth, mask]);
  const predict = inpaintStore.useLessonStore((s) => s.predict);
  const hasModel = inpaintStore.useLessonStore((s) => s.training.info !== null);
  const trainedKey = inpaintStore.useLessonStore((s) => s.trainedKey);
  const [prediction, setPrediction] = useState<Float32Array | null>(null);
  useEffect(() => {
    if (!hasModel) return undefined;
    let live = true;
    predict([input]).then(
      ([out]) => live && setPrediction(out),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [predict, input, hasModel, trainedKey]);
  const shown = hasModel ? prediction : null;
  const result = useMemo(() => (shown ? reconstructionLoss(shown, truth) : null), [shown, truth]);
  const next = (delta: number) =>
    view.setParams({ d: (digit + delta + PAINT_DIGITS) % PAINT_DIGITS });
  return (
    <div className="ip-paint">
      <div className="ip-paint-left">
        <MaskPainter image={truth} mask={mask} onMask={view.setPaintStep} />
        <div className="ip-row">
          <button type="button" onClick={() => next(-1)} aria-label="Previous test digit">
            ‹
          </button>
          <span>
            test digit {digit} · {hiddenCount(mask)} pixels hidden
          </span>
          <button type="button" onClick={() => next(1)} aria-label="Next test digit">
            ›
          </button>
        </div>
      </div>
      <div className="ip-paint-right">
        <TrainControls modelKey={view.key} config={view.config} claimsClicker={false} />
        {result && shown ? (
          <div className="ip-paint-results">
            <figure>
              <DigitCanvas pixels={input} size={112} ariaLabel="The masked input" />
              <figcaption>input x</figcaption>
            </figure>
            <figure>
              <DigitCanvas pixels={shown} size={112} ariaLabel="The reconstruction" />
              <figcaption>reconstruction ŷ</figcaption>
            </figure>
            <figure>
              <WeightTemplate
                weights={result.perPixel}
                size={112}
                ariaLabel="Per-pixel loss, one half of the squared error"
              />
              <figcaption>½(ŷ − y)² per pixel</figcaption>
            </figure>
            <figure>
              <WeightTemplate
                weights={result.grad}
                size={112}
                ariaLabel="Gradient of the loss with respect to the output"
              />
              <figcaption>∂L/∂ŷ = ŷ − y</figcaption>
            </figure>
            <p className="ip-caption-line" data-testid="ip-paint-loss">
              L = ½‖y − ŷ‖² = {formatNumber(Number(result.loss.toPrecision(4)))} for this digit
              (model: {trainedKey}).
            </p>
          </div>
        ) : (
          <p className="ip-empty-note">
            Train the model (here, or in the Train step) to see its reconstruction.
          </p>
        )}
      </div>
    </div>
  );
}
