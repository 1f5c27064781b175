/**
 * Lazy components from a lesson's loaders, created once per loader. A failed download stays
 * failed (so the error boundary can say so) until the reader resets: {@link retryFailedDownloads}
 * then makes the next render download it again.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Loader } from './lesson';

// NOTE: keyed by the loader function itself, which a lesson definition creates once.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;
const CACHE = new Map<unknown, LazyExoticComponent<AnyComponent>>();
const FAILED = new Set<unknown>();

/**
 * The lazy component of a loader. If its download fails, every render shows that failure until
 * {@link retryFailedDownloads}; forgetting it at once would re-download on the very render that
 * should show the error, leaving the page "Loading…" for as long as the network is down.
 */
export function lazyFrom<P>(
  loader: Loader<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  const key: unknown = loader;
  let component = CACHE.get(key);
  if (!component) {
    component = lazy(() =>
      loader().catch((error: unknown) => {
        FAILED.add(key);
        throw error;
      }),
    ) as LazyExoticComponent<AnyComponent>;
    CACHE.set(key, component);
  }
  return component as unknown as LazyExoticComponent<ComponentType<P>>;
}

/**
 * Forgets every failed download, so the next render fetches it again, and re-requests each
 * stylesheet that failed to load (a lesson chunk's CSS, which Vite would otherwise skip).
 * Error boundaries call it on "Reset".
 */
export function retryFailedDownloads(): void {
  for (const key of FAILED) CACHE.delete(key);
  FAILED.clear();
  if (typeof document === 'undefined') return;
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    if (link.sheet === null) link.replaceWith(link.cloneNode() as HTMLLinkElement);
  }
}

/** True when an error is a failed download of code or styles (offline, server gone), not a bug. */
export function isDownloadError(error: Error): boolean {
  return /dynamically imported module|Unable to preload CSS|Importing a module script failed|error loading dynamically imported module/i.test(
    error.message,
  );
}

/** A loader for one named export of a module (several steps sharing one chunk). */
export function pick<M, K extends keyof M>(load: () => Promise<M>, name: K): Loader<M[K]> {
  return () => load().then((m) => ({ default: m[name] }));
}
