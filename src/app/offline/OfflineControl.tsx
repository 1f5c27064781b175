/** The course map's "Make the course available offline" control, with progress and space used. */
import { ProgressBar } from '../../components/controls/ProgressBar';
import { formatBytes } from '../../components/format';
import { useOfflineStatus } from './useOfflineStatus';
import './offline.css';

/** Offline readiness of this browser, and the button that completes it. */
export function OfflineControl() {
  const s = useOfflineStatus();
  if (s.phase === 'unsupported') {
    return (
      <section className="offline-control" aria-labelledby="offline-title">
        <h2 id="offline-title">Offline use</h2>
        <p className="muted">
          This browser cannot keep the course for offline use here: it needs a secure (https)
          address and service workers.
        </p>
      </section>
    );
  }
  const missingBytes = s.missing.reduce((sum, f) => sum + f.bytes, 0);
  return (
    <section className="offline-control" aria-labelledby="offline-title">
      <h2 id="offline-title">Offline use</h2>
      <ul className="offline-status" data-testid="offline-status">
        <li>
          Lessons, styles and fonts:{' '}
          {s.isAppSaved ? 'saved in this browser.' : 'being saved in this browser…'}
        </li>
        <li>
          MNIST digits ({formatBytes(s.totalBytes)}):{' '}
          {s.phase === 'checking'
            ? 'checking…'
            : s.missing.length === 0
              ? 'saved in this browser.'
              : `${formatBytes(missingBytes)} still to download (they are also saved the first time a lesson uses them).`}
        </li>
        {s.usedBytes !== null && (
          <li data-testid="offline-space">
            Space used by the course in this browser: {formatBytes(s.usedBytes)}.
          </li>
        )}
      </ul>
      {s.phase === 'downloading' && s.progress && (
        <ProgressBar
          label="Downloading the MNIST digits"
          value={s.progress.loaded}
          max={s.progress.total}
          isBytes
        />
      )}
      {s.phase === 'error' && (
        <p className="error-box" role="alert">
          The download stopped: {s.error} Check the connection and press the button again; the files
          already saved are kept.
        </p>
      )}
      {(s.phase === 'idle' || s.phase === 'error') && s.missing.length > 0 && (
        <button type="button" className="primary" onClick={() => void s.download()}>
          Make the course available offline
        </button>
      )}
      {s.phase === 'done' && s.isAppSaved && (
        <p className="offline-ready" role="status">
          ✓ The whole course works offline in this browser, training included.
        </p>
      )}
    </section>
  );
}
