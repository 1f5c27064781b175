/** Lazy components from a lesson's loaders, created once per loader; a failed download is retried. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Loader } from './lesson';

// NOTE: keyed by the loader function itself, which a lesson definition creates once.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;
const CACHE = new Map<unknown, LazyExoticComponent<AnyComponent>>();

/**
 * The lazy component of a loader. If its download fails, the entry is forgotten, so the next
 * render after "Reset" (or a retry) downloads it again instead of replaying the failure.
 */
export function lazyFrom<P>(
  loader: Loader<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  const key: unknown = loader;
  let component = CACHE.get(key);
  if (!component) {
    component = lazy(() =>
      loader().catch((error: unknown) => {
        CACHE.delete(key);
        throw error;
      }),
    ) as LazyExoticComponent<AnyComponent>;
    CACHE.set(key, component);
  }
  return component as unknown as LazyExoticComponent<ComponentType<P>>;
}

/** A loader for one named export of a module (several steps sharing one chunk). */
export function pick<M, K extends keyof M>(load: () => Promise<M>, name: K): Loader<M[K]> {
  return () => load().then((m) => ({ default: m[name] }));
}
