/**
 * Keeping the student's run across visits. While the lesson is open, the main run is checkpointed
 * (weights, counters, curves) into the tab's sessionStorage at a test evaluation while it trains
 * (at most once every RUNNING_KEEP_GAP_MS) and whenever it stops at a new step; a reset forgets it. Leaving the lesson terminates
 * the worker at once (nothing waits for a last checkpoint), so coming back offers the network as
 * it was at its latest checkpoint: resume from there, or start over.
 */
import type { RunCheckpoint } from '../../worker';
import { mlpConfig, runKey, type RunSettings } from './run-config';
import {
  forgetRun,
  keepRun,
  readKeptRun,
  type SavedRunSummary,
  type SavedRun,
  summaryOf,
} from './saved-run';
import type { SlotState } from './slot';
import type { StoreApi } from 'zustand/vanilla';
import type { RunSlot } from './slot';

/**
 * Least time between two checkpoints kept while the run trains. Encoding and storing a checkpoint
 * (about 0.5 MB for the default network) blocks the page's thread for a few hundred ms; at every
 * evaluation (four an epoch) it took a third of the page's time and its frame rate below 55 fps.
 */
export const RUNNING_KEEP_GAP_MS = 15_000;

/** The part of the lesson state the keeper reads and writes. */
export interface KeepState {
  /** The student's run. */
  main: SlotState;
  /** The settings in the URL (set by the layout). */
  settings: RunSettings | null;
  /** A run kept from an earlier visit, offered until the student chooses or builds a network. */
  kept: SavedRunSummary | null;
  /** True when the browser refused to keep the latest checkpoint (a network too large). */
  keepFailed: boolean;
}

/** What the keeper needs: the store, the main run and the storage. */
export interface KeepDeps {
  /** The lesson store. */
  store: StoreApi<KeepState>;
  /** The student's run. */
  main: RunSlot;
  /** sessionStorage (null: keep nothing). */
  storage: Storage | null;
  /** Clock in ms (default performance.now). */
  now?: () => number;
}

/** The kept run's summary at the lesson's start (for the store's initial state). */
export function initialKept(storage: Storage | null): SavedRunSummary | null {
  const run = readKeptRun(storage);
  return run ? summaryOf(run) : null;
}

/** Watches the main run and keeps checkpoints; returns the function that stops watching. */
export function watchAndKeep({
  store,
  main,
  storage,
  now = () => performance.now(),
}: KeepDeps): () => void {
  let busy = false;
  let keptAt = -Infinity;
  let isStopped = false;
  let keptStep = -1;
  let keptEval = -1;
  const keep = async (settings: RunSettings) => {
    busy = true;
    try {
      const checkpoint: RunCheckpoint = await main.c.call('checkpoint', {});
      if (isStopped) return;
      const run: SavedRun = { settings, checkpoint, series: store.getState().main.series };
      keptStep = checkpoint.iteration;
      keptAt = now();
      keptEval = checkpoint.lastEval?.iteration ?? -1;
      store.setState({ keepFailed: !keepRun(storage, run) });
    } catch {
      // NOTE: a checkpoint racing a rebuild fails harmlessly; the next due one is taken.
    } finally {
      busy = false;
    }
  };
  const unsubscribe = store.subscribe((s) => {
    const { snapshot, key, isStepping } = s.main;
    if (busy || !s.settings || key === null || key !== runKey(s.settings)) return;
    if (s.kept) store.setState({ kept: null });
    const step = snapshot.progress?.iteration ?? 0;
    if (snapshot.status === 'ready' && step === 0 && keptStep !== 0) {
      keptStep = 0;
      forgetRun(storage);
      return;
    }
    const evalStep = snapshot.lastEval?.iteration ?? -1;
    const isDue =
      (snapshot.status === 'paused' &&
        !isStepping &&
        step > 0 &&
        (step !== keptStep || evalStep !== keptEval)) ||
      (snapshot.status === 'running' &&
        evalStep > 0 &&
        evalStep !== keptEval &&
        now() - keptAt >= RUNNING_KEEP_GAP_MS);
    if (isDue) void keep(s.settings);
  });
  return () => {
    isStopped = true;
    unsubscribe();
  };
}

/**
 * Rebuilds the kept network (its settings go back into the URL through `applySettings`), restores
 * its weights, counters and curves, and evaluates it; the run is then paused at its step.
 */
export async function resumeKept(
  deps: KeepDeps,
  applySettings: (s: RunSettings) => void,
): Promise<void> {
  const { store, main, storage } = deps;
  const run = readKeptRun(storage);
  store.setState({ kept: null });
  if (!run) return;
  applySettings(run.settings);
  store.setState({ settings: run.settings });
  if (!(await main.build(mlpConfig(run.settings), runKey(run.settings)))) return;
  const restored = await main.attempt((c) =>
    c.call('restoreCheckpoint', { checkpoint: run.checkpoint }),
  );
  if (!restored) return;
  store.setState((s) => ({ main: { ...s.main, series: run.series } }));
  await main.attempt((c) => c.evaluate());
}

/** Declines the kept run: forgets it. */
export function startOver({ store, storage }: KeepDeps): void {
  forgetRun(storage);
  store.setState({ kept: null });
}
