/**
 * A wouter location hook that keeps the whole app state inside the URL hash:
 * `#/lesson/backprop/3?x=-1&present=1`. Static hosts (GitHub Pages) never see the route,
 * so reloads and shared links work without server rewrites, and lesson parameters travel
 * with the hash instead of leaking into `location.search`.
 */
import { useSyncExternalStore } from 'react';

type Listener = () => void;
const listeners = new Set<Listener>();

function emit(): void {
  listeners.forEach((l) => l());
}

function subscribe(listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', emit);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', emit);
  };
}

/** Splits a hash such as `#/a/b?x=1` into its path (`/a/b`) and search (`x=1`). */
export function splitHash(hash: string): { path: string; search: string } {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const pathPart = q < 0 ? raw : raw.slice(0, q);
  const search = q < 0 ? '' : raw.slice(q + 1);
  const path = '/' + pathPart.replace(/^\/+/, '');
  return { path: safeDecode(path), search };
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

const currentPath = (): string => splitHash(window.location.hash).path;
const currentSearch = (): string => splitHash(window.location.hash).search;

/** Navigation options shared by the location hook and `setHashParams`. */
export interface NavigateOptions {
  /** Replace the history entry instead of pushing a new one. */
  replace?: boolean;
}

/** Navigates to `to` (a path, optionally with `?search`) inside the hash. */
export function navigate(to: string, { replace = false }: NavigateOptions = {}): void {
  const target = '#' + (to.startsWith('/') ? to : '/' + to);
  if (target === window.location.hash) return;
  const url = new URL(window.location.href);
  url.hash = target;
  if (replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(null, '', url);
  emit();
}

/** The location hook for wouter's `<Router hook>`. */
export function useHashPathLocation(): [string, (to: string, opts?: NavigateOptions) => void] {
  const path = useSyncExternalStore(subscribe, currentPath, () => '/');
  return [path, navigate];
}

/** The search hook for wouter (`useSearch`). */
export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

useHashPathLocation.searchHook = useHashSearch;
useHashPathLocation.hrefs = (href: string): string => '#' + href;

/** Current hash params as a URLSearchParams (a fresh copy). */
export function readHashParams(): URLSearchParams {
  return new URLSearchParams(currentSearch());
}

/**
 * Merges `updates` into the hash's search params (a null value deletes the key) and replaces
 * the history entry, so dragging a slider does not flood the back button.
 */
export function setHashParams(
  updates: Record<string, string | null>,
  opts: NavigateOptions = { replace: true },
): void {
  const params = readHashParams();
  for (const [key, value] of Object.entries(updates)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const search = params.toString();
  navigate(currentPath() + (search ? `?${search}` : ''), opts);
}
