/**
 * Draw a digit: the lesson pad (MNIST-style centring) feeds the student's MLP and a linear model
 * trained in its own worker; both show their ten probabilities side by side.
 */
import { useEffect, useState } from 'react';
import { NumberInput } from '../../components/controls/NumberInput';
import { DigitCanvas } from '../../components/digits/DigitCanvas';
import { DrawingCanvas } from '../../components/digits/DrawingCanvas';
import { linearConfig } from './run-config';
import { trainingStore, useTrainingStore } from './store';
import type { RunSlot } from './slot';

function Probabilities({
  title,
  probs,
  testId,
}: {
  title: string;
  probs: Float32Array | null;
  testId: string;
}) {
  if (!probs) return null;
  let best = 0;
  probs.forEach((v, i) => {
    if (v > probs[best]) best = i;
  });
  return (
    <section className="tr-probs" data-testid={testId}>
      <h3>
        {title}: <strong>{best}</strong>
      </h3>
      <ul aria-label={`${title}: probability of each digit`}>
        {Array.from(probs, (v, c) => (
          <li key={c} className={c === best ? 'tr-probs__best' : undefined}>
            <span className="tr-probs__class">{c}</span>
            <span className="tr-probs__bar" style={{ width: `${(100 * v).toFixed(1)}%` }} />
            <span className="tr-probs__value">{(100 * v).toFixed(1)}%</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

async function predict(slot: RunSlot, input: Float32Array, isReady: boolean) {
  if (!isReady) return null;
  const r = await slot.attempt((c) => c.predict(input));
  return r?.probabilities ?? null;
}

/** The drawing figure. */
export function DrawFigure() {
  const store = useTrainingStore();
  const { main, linear } = store.slots;
  const linearStatus = trainingStore.useLessonStore((s) => s.linear.snapshot.status);
  const linearAcc = trainingStore.useLessonStore((s) => s.linear.snapshot.lastEval?.testAccuracy);
  const mainReady = trainingStore.useLessonStore((s) => s.main.snapshot.info !== null);
  const mainStep = trainingStore.useLessonStore((s) => s.main.snapshot.progress?.iteration ?? 0);
  const mainAcc = trainingStore.useLessonStore((s) => s.main.snapshot.lastEval?.testAccuracy);
  const [input, setInput] = useState<Float32Array | null>(null);
  /** Which test digit the models read, or null for the drawing. */
  const [testDigit, setTestDigit] = useState<number | null>(null);
  const [probs, setProbs] = useState<{ mlp: Float32Array | null; linear: Float32Array | null }>({
    mlp: null,
    linear: null,
  });
  const [index, setIndex] = useState(0);
  const linearReady = linearStatus === 'paused' || linearStatus === 'ready';
  useEffect(() => {
    if (linearStatus === 'idle') void linear.run(linearConfig(), 'linear');
  }, [linear, linearStatus]);
  useEffect(() => {
    if (!input || input.every((v) => v === 0)) return undefined;
    let live = true;
    void Promise.all([predict(main, input, mainReady), predict(linear, input, linearReady)]).then(
      ([mlp, lin]) => live && setProbs({ mlp, linear: lin }),
    );
    return () => {
      live = false;
    };
  }, [input, main, linear, mainReady, linearReady, mainStep]);
  const pickTestDigit = async () => {
    const r = await linear.attempt((c) => c.call('testImages', { indices: [index] }));
    if (r) {
      setInput(r.pixels);
      setTestDigit(index);
    }
  };
  const onDraw = (pixels: Float32Array) => {
    setInput(pixels);
    setTestDigit(null);
  };
  const isBlank = !input || input.every((v) => v === 0);
  const pct = (v: number | null | undefined) =>
    v == null ? '' : ` (test accuracy ${(100 * v).toFixed(1)}%)`;
  return (
    <div className="tr-draw">
      <div>
        <DrawingCanvas onChange={onDraw} />
        <div className="tr-row">
          <NumberInput
            label="Or test digit #"
            value={index}
            min={0}
            max={9999}
            step={1}
            onChange={(v) => setIndex(Math.round(v))}
          />
          <button type="button" disabled={!linearReady} onClick={() => void pickTestDigit()}>
            Use this test digit
          </button>
        </div>
      </div>
      <div className="tr-draw__results" aria-live="polite">
        {!mainReady && (
          <p className="muted">
            Your network is not built yet: train it first (Train step). The linear model answers
            alone.
          </p>
        )}
        {!linearReady && <p className="muted">The linear model is training (one epoch)…</p>}
        {isBlank ? (
          <p className="muted">Draw a digit in the box, or pick a test digit.</p>
        ) : (
          <div className="tr-draw__pair">
            {testDigit !== null && input && (
              <figure className="tr-draw__digit" data-testid="test-digit-read">
                <DigitCanvas pixels={input} size={84} ariaLabel={`Test digit #${testDigit}`} />
                <figcaption>Both read test digit #{testDigit}, not the drawing.</figcaption>
              </figure>
            )}
            <Probabilities
              title={`Your MLP after ${mainStep} steps${pct(mainAcc)}`}
              probs={mainReady ? probs.mlp : null}
              testId="mlp-probs"
            />
            <Probabilities
              title={`Linear 784→10${pct(linearAcc)}`}
              probs={linearReady ? probs.linear : null}
              testId="linear-probs"
            />
          </div>
        )}
      </div>
    </div>
  );
}
