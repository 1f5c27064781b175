/**
 * The lesson's one MNIST training run, shared by its steps (model, train, draw): a per-lesson
 * store created by the lesson's layout (so it survives step changes and presenter mode) and
 * disposed when the student leaves (the worker is terminated, the weight poll stops). It holds
 * the curves folded from the client's snapshots and the latest weight snapshot, refreshed a few
 * times a second while training runs.
 */
import { messageOf } from '../../engine/errors';
import { useEffect } from 'react';
import { createStore } from 'zustand/vanilla';
import { lessonStore, type DisposableStore } from '../../kit/lesson-store';
import { useIsPrinting } from '../../kit/print';
import {
  createTrainingClient,
  INITIAL_SNAPSHOT,
  type TrainingClient,
  type TrainingSnapshot,
  type EvalResult,
  type TrainConfig,
  type WeightSnapshot,
} from '../../worker';
import { EMPTY_SERIES, foldSeries, type RunSeries } from './run-series';

/** Hyperparameters the student controls. */
export interface RunSettings {
  /** Learning rate. */
  lr: number;
  /** Mini-batch size. */
  batchSize: number;
  /** Training digits. */
  trainCount: number;
}

/** Seed of the run's initial weights and shuffling. */
export const RUN_SEED = 1;
/** The run pauses itself (and evaluates) after this many steps. */
export const RUN_STEPS = 1500;
/** Test evaluations happen every this many steps. */
export const EVAL_EVERY = 100;
/** Weight snapshots are fetched this often while training (ms). */
export const WEIGHT_POLL_MS = 250;
/** Loss of a uniform guess over ten classes, ln 10 ≈ 2.30: where training starts. */
export const CHANCE_LOSS = Math.log(10);
/** How many times the chance loss a batch loss may reach before training counts as diverged. */
export const DIVERGED_FACTOR = 4;
/**
 * A batch loss above four times chance (≈ 9.2) counts as diverged; the worker stops at the first
 * such batch (its `divergeAbove`), as it does for NaN. NOTE: the fused softmax cross-entropy is
 * numerically stable, so a too-large learning rate makes the loss explode (to tens or hundreds)
 * and oscillate rather than turn into NaN. Measured on MNIST, batch 64: α ≤ 1 never crosses it;
 * α = 50 does on more than half of its steps.
 */
export const DIVERGED_LOSS = DIVERGED_FACTOR * CHANCE_LOSS;

/** Where and how training blew up. */
export interface Divergence {
  /** The step whose batch loss was past the threshold (or not finite). */
  step: number;
  /** That batch loss. */
  loss: number;
}

/** The divergence the worker reported, if any, with the batch loss it stopped on. */
export function divergenceOf(snap: TrainingSnapshot): Divergence | null {
  if (snap.status !== 'diverged') return null;
  return {
    step: snap.divergedAtStep ?? snap.progress?.iteration ?? 0,
    loss: snap.progress?.batchLoss ?? Number.NaN,
  };
}

/** The run's configuration: a linear model 784 → 10 with softmax cross-entropy and plain SGD. */
export function runConfig(s: RunSettings): TrainConfig {
  return {
    model: { kind: 'linear' },
    task: { kind: 'classification' },
    dataset: { kind: 'mnist', trainCount: s.trainCount },
    optimizer: 'sgd',
    hyper: {
      lr: s.lr,
      momentum: 0,
      batchSize: s.batchSize,
      evalEvery: EVAL_EVERY,
      divergeAbove: DIVERGED_LOSS,
    },
    seed: RUN_SEED,
    maxSteps: RUN_STEPS,
  };
}

/** Everything the steps read about the run (plain data; the client lives in the store's closure). */
export interface RunState {
  /** The client's latest snapshot. */
  snapshot: TrainingSnapshot;
  /** Loss and accuracy curves. */
  series: RunSeries;
  /** Latest weights [10, 784] and biases, or null before the model exists. */
  weights: WeightSnapshot | null;
  /** Iteration at which `weights` were taken. */
  weightsIteration: number;
  /** The random initial weights (seed RUN_SEED), kept after training starts; null before the model exists. */
  initialWeights: WeightSnapshot | null;
  /** The training-set size the built run uses (null before init). */
  builtTrainCount: number | null;
  /** A failed command's message (e.g. loading), shown beside the figure. */
  actionError: string | null;
  /** Set when training blew up; cleared by a reset. */
  divergence: Divergence | null;
  /**
   * The latest test evaluation of the run on screen: null after a reset or rebuild until the
   * new run is evaluated (the client's snapshot keeps the old run's evaluation).
   */
  lastEval: EvalResult | null;
}

/** What the steps can do with the run. */
export interface RunActions {
  /** Builds the run (loading its data) unless one with the same training-set size exists. */
  ensureBuilt: (s: RunSettings) => Promise<boolean>;
  /** Builds if needed, then trains with the given settings. */
  startRun: (s: RunSettings) => Promise<void>;
  /** Re-initialises the weights (same seed); rebuilds when the training-set size changed. */
  resetRun: (s: RunSettings) => Promise<void>;
  /** Runs a client command, recording its error message instead of throwing. */
  runCommand: <T>(fn: (c: TrainingClient) => Promise<T>) => Promise<T | null>;
  /** Fetches the current weights into the state (errors are ignored: the next poll retries). */
  refreshWeights: () => Promise<void>;
}

/** The run's store: its state, its actions, and dispose (terminates the worker, stops the poll). */
export type RunStore = DisposableStore<RunState> & RunActions;

const INITIAL_RUN: RunState = {
  snapshot: INITIAL_SNAPSHOT,
  series: EMPTY_SERIES,
  weights: null,
  weightsIteration: 0,
  initialWeights: null,
  builtTrainCount: null,
  actionError: null,
  divergence: null,
  lastEval: null,
};

/** Only the defined values: an explicit undefined must never overwrite a hyperparameter. */
export function definedHyper(s: Partial<RunSettings>): { lr?: number; batchSize?: number } {
  const out: { lr?: number; batchSize?: number } = {};
  if (s.lr !== undefined) out.lr = s.lr;
  if (s.batchSize !== undefined) out.batchSize = s.batchSize;
  return out;
}

/** Creates a run store; `createClient` is replaceable in tests. */
export function createRunStore(
  createClient: () => TrainingClient = createTrainingClient,
): RunStore {
  const store = createStore<RunState>(() => INITIAL_RUN);
  const get = store.getState;
  const set = (next: Partial<RunState>) => store.setState(next);
  let client: TrainingClient | null = null;
  let pollTimer: ReturnType<typeof setInterval> | null = null;
  let isDisposed = false;

  const stopPoll = () => {
    if (pollTimer) clearInterval(pollTimer);
    pollTimer = null;
  };
  const refreshWeights = (): Promise<void> => {
    const c = client;
    const iteration = get().snapshot.progress?.iteration ?? 0;
    if (!c || !get().snapshot.info) return Promise.resolve();
    return c.getWeights(0).then(
      (weights) => {
        if (isDisposed) return;
        set({ weights, weightsIteration: iteration });
        if (iteration === 0) set({ initialWeights: weights });
      },
      () => undefined,
    );
  };
  const onSnapshot = (c: TrainingClient) => {
    if (isDisposed) return;
    const snap = c.getSnapshot();
    const prev = get().snapshot;
    const lastEval = snap.lastEval !== prev.lastEval ? snap.lastEval : get().lastEval;
    set({ snapshot: snap, series: foldSeries(get().series, prev, snap), lastEval });
    const divergence = get().divergence ?? divergenceOf(snap);
    if (divergence && !get().divergence) {
      set({ divergence });
      if (snap.status === 'running') void c.pause().catch(() => undefined);
    }
    const isRunning = snap.status === 'running';
    if (isRunning && !pollTimer)
      pollTimer = setInterval(() => void refreshWeights(), WEIGHT_POLL_MS);
    if (!isRunning) stopPoll();
    // NOTE: a diverged run stops without pausing; its weights at the stop are fetched too.
    const isStopped = ['paused', 'ready', 'diverged'].includes(snap.status);
    if (prev.status !== snap.status && isStopped) void refreshWeights();
  };
  const getClient = (): TrainingClient => {
    if (client) return client;
    const c = createClient();
    c.subscribe(() => onSnapshot(c));
    client = c;
    return c;
  };
  const runCommand = async <T>(fn: (c: TrainingClient) => Promise<T>): Promise<T | null> => {
    set({ actionError: null });
    try {
      return await fn(getClient());
    } catch (err) {
      if (!isDisposed) set({ actionError: messageOf(err) });
      return null;
    }
  };
  const ensureBuilt = async (s: RunSettings): Promise<boolean> => {
    const status = get().snapshot.status;
    set({ actionError: null });
    if (get().builtTrainCount === s.trainCount && !['idle', 'error', 'loading'].includes(status))
      return true;
    if (status === 'loading') return false;
    // NOTE: after an error start from a fresh worker: a worker that failed to start never answers.
    if (status === 'error' && client) {
      client.dispose();
      client = null;
    }
    set({ lastEval: null });
    const info = await runCommand((c) => c.init(runConfig(s)));
    if (!info) return false;
    set({ builtTrainCount: s.trainCount });
    await refreshWeights();
    return true;
  };
  const startRun = async (s: RunSettings): Promise<void> => {
    if (!(await ensureBuilt(s))) return;
    await runCommand((c) => c.setHyperparameters(definedHyper(s)));
    if (get().snapshot.status === 'diverged' || get().divergence) return;
    await runCommand((c) => c.resume());
  };
  const resetRun = async (s: RunSettings): Promise<void> => {
    set({ divergence: null });
    if (get().builtTrainCount !== s.trainCount || get().snapshot.status === 'error') {
      await ensureBuilt(s);
      return;
    }
    if (!get().snapshot.info) return;
    await runCommand((c) => c.reset());
    set({ series: EMPTY_SERIES, divergence: null, lastEval: null });
    await refreshWeights();
  };
  const dispose = () => {
    isDisposed = true;
    stopPoll();
    client?.dispose();
    client = null;
  };
  return Object.assign(store, {
    dispose,
    ensureBuilt,
    startRun,
    resetRun,
    runCommand,
    refreshWeights,
  });
}

const run = lessonStore<RunState>('linear training run', () => createRunStore());

/** Provides the lesson's run; the lesson's layout mounts it, so leaving the lesson disposes it. */
export const RunProvider = run.Provider;

/** The run state in a component. */
export function useRunState(): RunState {
  return run.useLessonStore((s) => s);
}

/** One value derived from the run state; the component re-renders only when it changes (return a primitive). */
export function useRunSelector<T>(select: (s: RunState) => T): T {
  return run.useLessonStore(select);
}

/** The run's actions. */
export function useRunActions(): RunActions {
  return run.useLessonStoreApi() as RunStore;
}

/** Builds the run in the background on mount (so weights exist), optionally starting it. */
export function useEnsureRun(s: RunSettings, shouldStart: boolean): void {
  const { lr, batchSize, trainCount } = s;
  const api = run.useLessonStoreApi() as RunStore;
  const isPrinting = useIsPrinting();
  useEffect(() => {
    if (isPrinting || api.getState().snapshot.status !== 'idle') return;
    void (shouldStart
      ? api.startRun({ lr, batchSize, trainCount })
      : api.ensureBuilt({ lr, batchSize, trainCount }));
  }, [api, isPrinting, lr, batchSize, trainCount, shouldStart]);
}
