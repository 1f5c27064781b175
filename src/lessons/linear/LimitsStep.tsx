/** Step 7: the limit: on XOR or circles a linear classifier stalls near chance. */
import { useRef } from 'react';
import { Link } from 'wouter';
import { Transport } from '../../components/controls/Transport';
import type { ToyName } from '../../data/toy';
import { LessonFigure } from '../../kit/LessonFigure';
import Limits from './limits.mdx';
import { ToyPlot } from './ToyPlot';
import { useToyTraining } from './useToyTraining';

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

function LimitsFigure({ name }: { name: ToyName }) {
  const frame = useRef<HTMLDivElement>(null);
  const t = useToyTraining(name, SEED, MAX_STEPS, frame);
  const acc = (100 * t.view.accuracy).toFixed(1);
  return (
    <div ref={frame}>
      <Transport
        label={`Training on ${NAMES[name]}`}
        isPlaying={t.isPlaying}
        onPlayPause={t.playPause}
        onStep={t.step}
        onReset={t.reset}
        isAtEnd={t.isAtEnd}
      />
      <p className="linear-readout" aria-live="polite">
        Step <strong>{t.view.iteration}</strong> of {MAX_STEPS} · test accuracy{' '}
        <strong data-testid="limits-accuracy">{acc}%</strong>
        {t.view.iteration >= 300 ? ` · stalled: two balanced classes, so 50% is a coin flip` : ''}
      </p>
      <ToyPlot
        data={t.run.train}
        regions={t.view.regions}
        ariaLabel={`Regions of a linear classifier on ${NAMES[name]}`}
      />
    </div>
  );
}

/** The limits step. */
export function LimitsStep({ toy, onToy }: LimitsStepProps) {
  const name: ToyName = toy === 'circles' ? 'circles' : 'xor';
  return (
    <>
      <div className="prose">
        <Limits />
      </div>
      <LessonFigure
        title={`A linear classifier on ${NAMES[name]}`}
        caption="Press Play: whatever the line, about half of the points stay on the wrong side."
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
