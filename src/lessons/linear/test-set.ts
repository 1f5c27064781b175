/**
 * The MNIST test split, loaded once by the page (about 1.6 MB): the lesson's pictures, its
 * variation browser and its scores all read it. An external store (subscribe / getSnapshot) so
 * every step shares one download, its progress, its error and its retry.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { loadMnist } from '../../data/mnist-loader';
import type { MnistDataset } from '../../data/mnist-types';

/** State of the page's test-set download. */
export interface TestSetState {
  /** idle (not asked yet), loading, ready or error. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** Compressed bytes received. */
  loadedBytes: number;
  /** Compressed bytes needed (0 until known). */
  totalBytes: number;
  /** The digits once loaded. */
  data: MnistDataset | null;
  /** A user-facing message when loading failed. */
  error: string | null;
}

/** The loader the store uses (replaceable in tests). */
export type TestSetLoader = typeof loadMnist;

const IDLE: TestSetState = {
  status: 'idle',
  loadedBytes: 0,
  totalBytes: 0,
  data: null,
  error: null,
};
let state: TestSetState = IDLE;
let loader: TestSetLoader = loadMnist;
const listeners = new Set<() => void>();

function set(next: Partial<TestSetState>): void {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

/** Starts the download unless it is running or done; after an error, starts it again (retry). */
export function loadTestSet(): void {
  if (state.status === 'loading' || state.status === 'ready') return;
  set({ status: 'loading', error: null, loadedBytes: 0 });
  loader('test', {
    onProgress: (p) => set({ loadedBytes: p.loadedBytes, totalBytes: p.totalBytes }),
  }).then(
    (data) => set({ status: 'ready', data }),
    (err: unknown) =>
      set({ status: 'error', error: err instanceof Error ? err.message : String(err) }),
  );
}

/** Subscribes to changes; returns the unsubscribe function. */
export function subscribeTestSet(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current state (same object until something changes). */
export function getTestSet(): TestSetState {
  return state;
}

/** Replaces the loader and forgets the state (tests only). */
export function resetTestSetForTests(next: TestSetLoader = loadMnist): void {
  loader = next;
  state = IDLE;
}

/** The test set's state in a component; starts the download on first use. */
export function useTestSet(): TestSetState {
  const snapshot = useSyncExternalStore(subscribeTestSet, getTestSet, getTestSet);
  useEffect(loadTestSet, []);
  return snapshot;
}
