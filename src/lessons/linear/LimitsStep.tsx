/** Step 7: the limit: on XOR or circles a linear classifier stalls near chance. */
import { useRef } from 'react';
import { Link } from 'wouter';
import { Transport } from '../../components/controls/Transport';
import type { ToyName } from '../../data/toy';
import { LessonFigure } from '../../kit/LessonFigure';
import Limits from './limits.mdx';
import { ToyPlot } from './ToyPlot';
import { useToyClicker, useToyTraining } from './useToyTraining';

/** Props of {@link LimitsStep}. */
export interface LimitsStepProps {
  /** Dataset: 'xor' or 'circles'. */
  toy: string;
  /** Picks the dataset. */
  onToy: (name: ToyName) => void;
}

const SEED = 11;
const MAX_STEPS = 1500;
const NAMES: Record<string, string> = { xor: 'XOR', circles: 'two circles' };

/** Why no single line does well on each set (the live readout shows what training reaches). */
export const WHY_NO_LINE: Record<'xor' | 'circles', string> = {
  xor: 'One line splits the plane in two, but XOR’s four quadrants alternate classes: any line leaves at least one quadrant, a quarter of the points, on the wrong side, so the best line gets about 75%. Training with softmax cross-entropy does not even find that line (on XOR the loss is lowest when both classes get probability ½ everywhere), so the trained line wanders around 50%.',
  circles:
    'One class is a disk and the other the ring around it: a line can only cut a slice off the ring, so the best line gets little more than half the points right, and training wanders around 50%.',
};

function LimitsFigure({ name }: { name: ToyName }) {
  const frame = useRef<HTMLDivElement>(null);
  const t = useToyTraining(name, SEED, MAX_STEPS, frame);
  useToyClicker(t, 150, MAX_STEPS);
  const acc = (100 * t.view.accuracy).toFixed(1);
  return (
    <div ref={frame}>
      <Transport
        label={`Training on ${NAMES[name]}`}
        isPlaying={t.isPlaying}
        onPlayPause={t.playPause}
        onStep={() => t.step()}
        onReset={t.reset}
        isAtEnd={t.isAtEnd}
      />
      <p className="linear-readout" aria-live="polite">
        Step <strong>{t.view.iteration}</strong> of {MAX_STEPS} · test accuracy{' '}
        <strong data-testid="limits-accuracy">{acc}%</strong>
        {t.view.iteration >= 300 ? ' · two balanced classes: a coin flip gets 50%' : ''}
      </p>
      <ToyPlot
        data={t.run.train}
        regions={t.view.regions}
        scores={t.view.scores}
        ariaLabel={`Regions of a linear classifier on ${NAMES[name]}`}
      />
    </div>
  );
}

/** The limits step. */
export function LimitsStep({ toy, onToy }: LimitsStepProps) {
  const name: 'xor' | 'circles' = toy === 'circles' ? 'circles' : 'xor';
  return (
    <>
      <div className="prose">
        <Limits />
      </div>
      <LessonFigure
        title={`A linear classifier on ${NAMES[name]}`}
        caption={`Press Play and watch the test accuracy. ${WHY_NO_LINE[name]}`}
        className="limits-figure"
      >
        <div className="linear-controls" role="radiogroup" aria-label="Dataset">
          {(['xor', 'circles'] as const).map((n) => (
            <label key={n} className="linear-select">
              <input
                type="radio"
                name="linear-toy"
                value={n}
                checked={name === n}
                onChange={() => onToy(n)}
              />{' '}
              {NAMES[n]}
            </label>
          ))}
        </div>
        <LimitsFigure key={name} name={name} />
      </LessonFigure>
      <p className="prose">
        Multilayer perceptrons are the next part of the course (see the{' '}
        <Link href="/">course map</Link>).
      </p>
    </>
  );
}
