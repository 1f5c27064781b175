/** Step 6: the geometric view: a linear classifier's regions on 2D blobs, trained live, then dragged by hand. */
import { useRef } from 'react';
import { Slider } from '../../components/controls/Slider';
import { Transport } from '../../components/controls/Transport';
import { Tex } from '../../components/Tex';
import { LessonFigure } from '../../kit/LessonFigure';
import Geometry from './geometry.mdx';
import { ToyPlot } from './ToyPlot';
import type { ToyWeights } from './toy-run';
import { useToyClicker, useToyTraining } from './useToyTraining';

/** Props of {@link GeometryStep}. */
export interface GeometryStepProps {
  /** Class whose weights the sliders move. */
  cls: number;
  /** Picks that class. */
  onClass: (k: number) => void;
}

const SEED = 7;
const MAX_STEPS = 400;
const LIMIT = 8;
const f2 = (v: number) => v.toFixed(2);

type WeightPart = 0 | 1 | 'b';

/** The three numbers of one class's score s_k = w_k,1 x₁ + w_k,2 x₂ + b_k, one slider each. */
const WEIGHT_PARTS: { part: WeightPart; label: (k: number) => string }[] = [
  { part: 0, label: (k) => `w${k},1 (x₁ weight)` },
  { part: 1, label: (k) => `w${k},2 (x₂ weight)` },
  { part: 'b', label: (k) => `b${k} (bias)` },
];

function withWeight(w: ToyWeights, k: number, part: WeightPart, value: number): ToyWeights {
  const next = { w: w.w.map((row) => [...row]), b: [...w.b] };
  if (part === 'b') next.b[k] = value;
  else next.w[k][part] = value;
  return next;
}

function GeometryFigure({ cls, onClass }: GeometryStepProps) {
  const frame = useRef<HTMLDivElement>(null);
  const t = useToyTraining('blobs', SEED, MAX_STEPS, frame);
  useToyClicker(t, 50, MAX_STEPS);
  const { w, b } = t.view.weights;
  const k = Math.min(cls, w.length - 1);
  const set = (part: WeightPart) => (value: number) =>
    t.setWeights(withWeight(t.view.weights, k, part, value));
  const clamp = (v: number) => Math.max(-LIMIT, Math.min(LIMIT, v));
  return (
    <div ref={frame}>
      <Transport
        label="Training the 2D classifier"
        isPlaying={t.isPlaying}
        onPlayPause={t.playPause}
        onStep={() => t.step()}
        onReset={t.reset}
        isAtEnd={t.isAtEnd}
      />
      <p className="linear-readout" aria-live="polite">
        Step <strong>{t.view.iteration}</strong> of {MAX_STEPS} · test accuracy{' '}
        <strong data-testid="geometry-accuracy">{(100 * t.view.accuracy).toFixed(1)}%</strong>
      </p>
      <div className="geometry-layout">
        <ToyPlot
          data={t.run.train}
          regions={t.view.regions}
          scores={t.view.scores}
          ariaLabel="Regions of the linear classifier on three blobs, with the training points"
        />
        <div className="geometry-controls" role="group" aria-label={`Weights of class ${k}`}>
          <label className="linear-select">
            Class to move{' '}
            <select value={k} onChange={(e) => onClass(Number(e.currentTarget.value))}>
              {w.map((_, i) => (
                <option key={i} value={i}>
                  class {i}
                </option>
              ))}
            </select>
          </label>
          {WEIGHT_PARTS.map(({ part, label }) => (
            <Slider
              key={String(part)}
              label={label(k)}
              value={clamp(part === 'b' ? b[k] : w[k][part])}
              min={-LIMIT}
              max={LIMIT}
              step={0.05}
              onChange={set(part)}
              format={f2}
            />
          ))}
          <p>
            <Tex
              tex={`s_${k} = ${f2(w[k][0])}\\,x_1 ${w[k][1] < 0 ? '-' : '+'} ${f2(Math.abs(w[k][1]))}\\,x_2 ${b[k] < 0 ? '-' : '+'} ${f2(Math.abs(b[k]))}`}
            />
          </p>
        </div>
      </div>
    </div>
  );
}

/** The geometry step. */
export function GeometryStep(props: GeometryStepProps) {
  return (
    <>
      <div className="prose">
        <Geometry />
      </div>
      <LessonFigure
        title="A linear classifier on three blobs: regions and decision lines"
        className="geometry-figure"
        caption="Each cell of the background is coloured by the class with the highest score there (computed by the engine); points are the training data. Moving a slider pauses training."
      >
        <GeometryFigure {...props} />
      </LessonFigure>
    </>
  );
}
