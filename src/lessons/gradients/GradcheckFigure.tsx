/** Gradcheck of a small MLP: per-parameter relative errors as a histogram, with a choice of Multiply. */
import { useMemo } from 'react';
import { useSubSteps } from '../../kit/substeps';
import { Choice } from './Choice';
import { checkMlp, histogram, worst, SIZES, type MultiplyChoice } from './gradcheck-run';
import { sci } from './format';

/** Props of {@link GradcheckFigure}. */
export interface GradcheckFigureProps {
  /** Which Multiply layer 1 uses. */
  choice: MultiplyChoice;
  /** Changes it. */
  onChoice: (choice: MultiplyChoice) => void;
}

const OPTIONS = [
  ['correct', 'correct Multiply'],
  ['swap', 'bug: x · grad for both'],
  ['no-upstream', 'bug: forgets the upstream'],
] as const;

const THRESHOLD = 1e-7;

/** The gradcheck figure. */
export function GradcheckFigure({ choice, onChoice }: GradcheckFigureProps) {
  const errors = useMemo(() => checkMlp(choice), [choice]);
  const bins = useMemo(() => histogram(errors), [errors]);
  const w = worst(errors);
  const failing = errors.filter((e) => e.relError >= THRESHOLD).length;
  const max = Math.max(...bins.map((b) => b.count));
  const at = OPTIONS.findIndex(([id]) => id === choice);
  useSubSteps({
    next: () => (at < OPTIONS.length - 1 ? (onChoice(OPTIONS[at + 1][0]), true) : false),
    prev: () => (at > 0 ? (onChoice(OPTIONS[at - 1][0]), true) : false),
    position: () => [Math.max(0, at), OPTIONS.length - 1],
    clicker:
      'Each press swaps in the next Multiply (the correct one, then each bug) and reruns the check; Back the previous one.',
  });
  return (
    <div className="gr-gradcheck">
      <Choice
        legend="First layer's Multiply"
        name="gr-op"
        options={OPTIONS}
        value={choice}
        onChange={onChoice}
      />
      <p className="gr-muted">
        MLP {SIZES.input}-{SIZES.hidden}-{SIZES.output} (tanh), float64, {errors.length} parameters;
        relative error |a − n| / max(|a|, |n|, 1), central differences with h = 1e-6.
      </p>
      <div
        className="gr-hist"
        role="img"
        // NOTE: focusable, so keyboard users can scroll it when large type makes it overflow.
        tabIndex={0}
        aria-label={`Histogram of ${errors.length} relative errors; largest ${sci(w.relError)} at ${w.name}`}
      >
        {bins.map((b) => (
          <div
            key={String(b.lo)}
            className={`gr-hist__bar${b.lo !== null && b.lo >= -7 ? ' gr-hist__bar--bad' : ''}`}
          >
            <span className="gr-hist__count">{b.count || ''}</span>
            <span
              className="gr-hist__fill"
              style={{ height: `${(b.count / Math.max(max, 1)) * 100}%` }}
            />
            <span className="gr-hist__label">{b.lo === null ? '0' : `1e${b.lo}`}</span>
          </div>
        ))}
      </div>
      <p className="gr-muted">relative error (decade) · bars at 1e-7 and above are failures</p>
      <p
        className={`gr-verdict ${failing ? 'gr-verdict--bad' : 'gr-verdict--ok'}`}
        data-testid="gradcheck-verdict"
      >
        {failing === 0
          ? `All ${errors.length} relative errors are below 1e-7 (largest ${sci(w.relError)}, at ${w.name}).`
          : `Gradcheck fails: ${failing} of ${errors.length} parameters have relative errors ≥ 1e-7. Largest: ${w.name}, backward ${sci(w.analytic, 4)} vs numerical ${sci(w.numeric, 4)} (relative error ${sci(w.relError)}).`}
      </p>
    </div>
  );
}
