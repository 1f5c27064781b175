/** The offer shown when the student comes back to the lesson: resume the kept network, or start over. */
import { formatNumber } from '../../components/format';
import { resumeKept, startOver } from './keep-run';
import { architectureOf } from './model-file';
import type { RunSettings } from './run-config';
import { trainingStore, useTrainingStore } from './store';

/** Props of {@link KeptRunOffer}. */
export interface KeptRunOfferProps {
  /** Puts the kept network's settings into the URL. */
  applySettings: (s: RunSettings) => void;
}

const pct = (v: number | null) => (v === null ? 'not measured' : `${(100 * v).toFixed(2)}%`);

/** Offers the run kept from an earlier visit, until the student chooses or builds a network. */
export function KeptRunOffer({ applySettings }: KeptRunOfferProps) {
  const store = useTrainingStore();
  const kept = trainingStore.useLessonStore((s) => s.kept);
  if (!kept) return null;
  const step = formatNumber(kept.step);
  return (
    <div className="notice tr-resume" role="status" data-testid="kept-run">
      <p>
        Welcome back. Your {architectureOf(kept.settings)} network stopped training when you left
        this lesson; it was kept at step {step} (test accuracy {pct(kept.testAccuracy)}).
      </p>
      <button
        type="button"
        data-testid="resume-kept"
        onClick={() => void resumeKept(store.keep, applySettings)}
      >
        Resume from step {step}
      </button>
      <button type="button" data-testid="start-over" onClick={() => startOver(store.keep)}>
        Start over
      </button>
    </div>
  );
}
