/** "A new version is ready": shown when a new deployment waits; reloads only when asked. */
import { useUpdateState } from './update-store';

/** The new-version banner (nothing while no update waits or after "Later"). */
export function UpdateBanner() {
  const isShown = useUpdateState((s) => s.isUpdateReady && !s.isDismissed);
  const applyUpdate = useUpdateState((s) => s.applyUpdate);
  const dismiss = useUpdateState((s) => s.dismiss);
  if (!isShown) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      <p>
        <strong>A new version is ready:</strong> reload when convenient. This page keeps working
        until then.
      </p>
      <button type="button" onClick={applyUpdate}>
        Reload now
      </button>
      <button type="button" className="secondary" onClick={dismiss}>
        Later
      </button>
    </div>
  );
}
