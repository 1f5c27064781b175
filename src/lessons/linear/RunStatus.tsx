/** The MNIST run's loading progress, errors (with Retry) and divergence, for any step that uses it. */
import { ProgressBar } from '../../components/controls/ProgressBar';
import { OfflineHint } from '../../kit/OfflineHint';
import { useRunActions, useRunState, type RunSettings } from './mnist-run';

/** Props of {@link RunStatus}. */
export interface RunStatusProps {
  /** Settings to rebuild with on Retry. */
  settings: RunSettings;
}

/** Progress while the worker loads its digits; an alert with Retry when loading or building failed. */
export function RunStatus({ settings }: RunStatusProps) {
  const run = useRunState();
  const { ensureBuilt } = useRunActions();
  const snap = run.snapshot;
  const error = snap.status === 'error' ? snap.message : run.actionError;
  if (error) {
    return (
      <div className="error-box" role="alert">
        <strong>The training run could not start.</strong>
        <p>{error}</p>
        <OfflineHint />
        <button type="button" className="primary" onClick={() => void ensureBuilt(settings)}>
          Retry
        </button>
      </div>
    );
  }
  if (snap.status === 'loading') {
    return (
      <ProgressBar
        label="Loading the training digits into the training thread"
        value={snap.loading?.loadedBytes ?? 0}
        max={snap.loading?.totalBytes ?? 0}
        isBytes
      />
    );
  }
  return null;
}
