/**
 * An MNIST split loaded into a per-lesson store (lessonStore): its download progress, its error
 * and a retry. The loader caches files per page, so lessons that load the same split share bytes.
 */
import { messageOf } from '../engine/errors';
import { loadMnist } from '../data/mnist-loader';
import type { MnistDataset, MnistSplit } from '../data/mnist-types';

/** State of one split's download. */
export interface DigitsLoad {
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

/** Nothing asked yet. */
export const IDLE_DIGITS: DigitsLoad = {
  status: 'idle',
  loadedBytes: 0,
  totalBytes: 0,
  data: null,
  error: null,
};

/**
 * Starts loading `count` digits of `split` unless already loading or loaded; reports every change
 * through `update`. `isAlive` lets a disposed store ignore a late answer.
 */
export function loadDigits(
  current: DigitsLoad,
  update: (next: DigitsLoad) => void,
  split: MnistSplit,
  count: number,
  isAlive: () => boolean = () => true,
): void {
  if (current.status === 'loading' || current.status === 'ready') return;
  let state: DigitsLoad = { ...IDLE_DIGITS, status: 'loading' };
  const set = (patch: Partial<DigitsLoad>) => {
    state = { ...state, ...patch };
    if (isAlive()) update(state);
  };
  update(state);
  loadMnist(split, {
    count,
    onProgress: (p) => set({ loadedBytes: p.loadedBytes, totalBytes: p.totalBytes }),
  }).then(
    (data) => set({ status: 'ready', data }),
    (err: unknown) => set({ status: 'error', error: messageOf(err) }),
  );
}
