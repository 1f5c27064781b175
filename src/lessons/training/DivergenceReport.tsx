/** What the worker said when a run diverged: where, which tensor's gradient blew up first, and what to do. */
import { formatNumber } from '../../components/format';
import { trainingStore, type SlotId } from './store';

/** Shows a run's divergence (nothing while it trains normally). */
export function DivergenceReport({ slot }: { slot: SlotId }) {
  const snap = trainingStore.useLessonStore((s) => s[slot].snapshot);
  const blowUp = trainingStore.useLessonStore((s) => s[slot].blowUp);
  if (snap.status !== 'diverged') return null;
  const step = snap.divergedAtStep ?? (snap.progress?.iteration ?? 0) + 1;
  return (
    <div className="notice tr-diverged" role="alert" data-testid="divergence">
      <p>
        <strong>Stopped before the update of step {step}.</strong> The network keeps the weights it
        had after step {step - 1}, the last good ones.
      </p>
      <p>{snap.message}</p>
      {blowUp && (
        <p>
          Blow-up: <strong data-testid="blowup-tensor">{blowUp.name}</strong> at step {blowUp.step},
          ‖∇{blowUp.name}‖ = {formatNumber(blowUp.norm)}
          {blowUp.typical !== null && <> against a typical {formatNumber(blowUp.typical)}</>}. Try a
          learning rate ten times smaller, then Reset.
        </p>
      )}
    </div>
  );
}
