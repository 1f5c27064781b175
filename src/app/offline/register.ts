/**
 * Registers the service worker from the bundle (the CSP allows no inline script). Updates wait:
 * a new deployment only raises the "new version" banner, and the page reloads when asked.
 */
import { registerSW } from 'virtual:pwa-register';
import { useUpdateState } from './update-store';

/** How often an open page asks the server whether a new version was deployed (ms). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Activates the waiting version, then reloads once it controls the page. */
function applyUpdate(update: (reload?: boolean) => Promise<void>): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  void update(true);
}

/** Registers the service worker in a production build; does nothing where it is unsupported. */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => useUpdateState.getState().setUpdateReady(() => applyUpdate(update)),
    // NOTE: the library reloads only pages that had a controller when they loaded; a first
    // visit's page would not reload. applyUpdate reloads in every case.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // NOTE: a page left open for a lecture is never navigated, so it asks now and then.
      setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) =>
      console.warn(
        '[chain-rule] offline support is off:',
        error instanceof Error ? error.message : error,
      ),
  });
}
