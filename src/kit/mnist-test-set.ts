/**
 * The MNIST test split, loaded once per page (about 1.6 MB) and shared by every lesson that shows
 * test digits: one download, its progress, its error and its retry. The data is immutable, so it
 * outlives a lesson; training runs, which own workers and timers, are per-lesson stores instead.
 */
import { messageOf } from '../engine/errors';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { loadMnist } from '../data/mnist-loader';
import type { MnistDataset } from '../data/mnist-types';

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
const store = createStore<TestSetState>(() => IDLE);
let loader: TestSetLoader = loadMnist;

/** Starts the download unless it is running or done; after an error, starts it again (retry). */
export function loadTestSet(): void {
  const { status } = store.getState();
  if (status === 'loading' || status === 'ready') return;
  store.setState({ status: 'loading', error: null, loadedBytes: 0 });
  loader('test', {
    onProgress: (p) => store.setState({ loadedBytes: p.loadedBytes, totalBytes: p.totalBytes }),
  }).then(
    (data) => store.setState({ status: 'ready', data }),
    (err: unknown) => store.setState({ status: 'error', error: messageOf(err) }),
  );
}

/** The current state (same object until something changes). */
export function getTestSet(): TestSetState {
  return store.getState();
}

/** Replaces the loader and forgets the state (tests only). */
export function resetTestSetForTests(next: TestSetLoader = loadMnist): void {
  loader = next;
  store.setState(IDLE, true);
}

/** The test set's state in a component; starts the download on first use. */
export function useTestSet(): TestSetState {
  const snapshot = useStore(store);
  useEffect(loadTestSet, []);
  return snapshot;
}
