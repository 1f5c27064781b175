/** A line under a failed data download saying what to do when the browser is offline. */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says it is online, kept current by its online/offline events. */
export function useIsOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Nothing while online. Offline, says that the files are not saved in this browser yet and how
 * to fix that: reconnect and retry, and save the course for offline use from the course map.
 */
export function OfflineHint() {
  if (useIsOnline()) return null;
  return (
    <p data-testid="offline-hint">
      This browser is offline and has not saved these files yet. Reconnect and press Retry; to use
      them offline next time, press “Make the course available offline” on the course map.
    </p>
  );
}
