/** The MLP lesson's own store: the table of finished overfitting runs (plain data, not shared in links). */
import { createStore } from 'zustand/vanilla';
import { lessonStore, type DisposableStore } from '../../kit/lesson-store';

/** One finished overfitting run. */
export interface FinishedRun {
  /** Training digits. */
  n: number;
  /** Hidden units. */
  h: number;
  /** Running training accuracy at the end. */
  trainAccuracy: number;
  /** Test accuracy at the end. */
  testAccuracy: number;
}

/** State of the lesson store. */
export interface MlpState {
  /** Finished runs, newest first. */
  runs: FinishedRun[];
  /** Adds a finished run (the same n and H replace the older row). */
  addRun: (run: FinishedRun) => void;
  /** Empties the table. */
  clearRuns: () => void;
}

/** Most rows kept. */
export const MAX_RUNS = 8;

/** Creates the lesson's store (nothing to dispose: runs live in their figures' clients). */
export function createMlpStore(): DisposableStore<MlpState> {
  const store = createStore<MlpState>()((set) => ({
    runs: [],
    addRun: (run) =>
      set((s) => ({
        runs: [run, ...s.runs.filter((r) => r.n !== run.n || r.h !== run.h)].slice(0, MAX_RUNS),
      })),
    clearRuns: () => set({ runs: [] }),
  }));
  return { ...store, dispose: () => undefined };
}

/** The lesson store's provider and hooks. */
export const mlpStore = lessonStore('mlp', createMlpStore);
