/**
 * The lesson's one MNIST training run, shared by its steps (model, train, draw): a training
 * client owned by this module (so it survives step changes and presenter mode), the curves
 * folded from its snapshots, and the latest weight snapshot, refreshed a few times a second
 * while training runs.
 */
import { useEffect, useSyncExternalStore } from 'react';
import {
  createTrainingClient,
  INITIAL_SNAPSHOT,
  type TrainingClient,
  type TrainingSnapshot,
} from '../../worker/client';
import type { TrainConfig, WeightSnapshot } from '../../worker/protocol';
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

/** Everything the steps read about the run. */
export interface RunState {
  /** The client's latest snapshot. */
  snapshot: TrainingSnapshot;
  /** Loss and accuracy curves. */
  series: RunSeries;
  /** Latest weights [10, 784] and biases, or null before the model exists. */
  weights: WeightSnapshot | null;
  /** Iteration at which `weights` were taken. */
  weightsIteration: number;
  /** The training-set size the built run uses (null before init). */
  builtTrainCount: number | null;
  /** A failed command's message (e.g. loading), shown beside the figure. */
  actionError: string | null;
  /** Set when training blew up; cleared by a reset. */
  divergence: Divergence | null;
}

let client: TrainingClient | null = null;
let state: RunState = {
  snapshot: INITIAL_SNAPSHOT,
  series: EMPTY_SERIES,
  weights: null,
  weightsIteration: 0,
  builtTrainCount: null,
  actionError: null,
  divergence: null,
};
const listeners = new Set<() => void>();
let pollTimer: ReturnType<typeof setInterval> | null = null;

function set(next: Partial<RunState>): void {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Fetches the current weights into the state (errors are ignored: the next poll retries). */
export function refreshWeights(): Promise<void> {
  const c = client;
  const iteration = state.snapshot.progress?.iteration ?? 0;
  if (!c || !state.snapshot.info) return Promise.resolve();
  return c.getWeights(0).then(
    (weights) => set({ weights, weightsIteration: iteration }),
    () => undefined,
  );
}

function onSnapshot(c: TrainingClient): void {
  const snap = c.getSnapshot();
  const prev = state.snapshot;
  set({ snapshot: snap, series: foldSeries(state.series, prev, snap) });
  const divergence = state.divergence ?? divergenceOf(snap);
  if (divergence && !state.divergence) {
    set({ divergence });
    if (snap.status === 'running') void c.pause().catch(() => undefined);
  }
  const isRunning = snap.status === 'running';
  if (isRunning && !pollTimer) pollTimer = setInterval(() => void refreshWeights(), WEIGHT_POLL_MS);
  if (!isRunning && pollTimer) {
    clearInterval(pollTimer);
    pollTimer = null;
  }
  if (prev.status !== snap.status && (snap.status === 'paused' || snap.status === 'ready'))
    void refreshWeights();
}

/** The shared client (created on first use). */
export function getRunClient(): TrainingClient {
  if (client) return client;
  const c = createTrainingClient();
  c.subscribe(() => onSnapshot(c));
  client = c;
  return c;
}

/** Runs a client command, recording its error message instead of throwing. */
export async function runCommand<T>(fn: (c: TrainingClient) => Promise<T>): Promise<T | null> {
  set({ actionError: null });
  try {
    return await fn(getRunClient());
  } catch (err) {
    set({ actionError: messageOf(err) });
    return null;
  }
}

/** Builds the run (loading its data) unless one with the same training-set size exists. */
export async function ensureBuilt(s: RunSettings): Promise<boolean> {
  const status = state.snapshot.status;
  if (
    state.builtTrainCount === s.trainCount &&
    status !== 'idle' &&
    status !== 'error' &&
    status !== 'loading'
  )
    return true;
  if (status === 'loading') return false;
  // NOTE: after an error start from a fresh worker: a worker that failed to start never answers.
  if (status === 'error' && client) client.dispose();
  const info = await runCommand((c) => c.init(runConfig(s)));
  if (!info) return false;
  set({ builtTrainCount: s.trainCount });
  await refreshWeights();
  return true;
}

/** Builds if needed, then trains with the given settings. */
export async function startRun(s: RunSettings): Promise<void> {
  if (!(await ensureBuilt(s))) return;
  await runCommand((c) => c.setHyperparameters({ lr: s.lr, batchSize: s.batchSize }));
  if (state.snapshot.status === 'diverged' || state.divergence) return;
  await runCommand((c) => c.resume());
}

/** Re-initialises the weights (same seed); rebuilds when the training-set size changed. */
export async function resetRun(s: RunSettings): Promise<void> {
  set({ divergence: null });
  if (state.builtTrainCount !== s.trainCount || state.snapshot.status === 'error') {
    await ensureBuilt(s);
    return;
  }
  if (!state.snapshot.info) return;
  await runCommand((c) => c.reset());
  set({ series: EMPTY_SERIES, divergence: null });
  await refreshWeights();
}

/** Subscribes to run changes. */
export function subscribeRun(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current run state. */
export function getRunState(): RunState {
  return state;
}

/** The run state in a component. */
export function useRunState(): RunState {
  return useSyncExternalStore(subscribeRun, getRunState, getRunState);
}

/** One value derived from the run state; the component re-renders only when it changes (return a primitive). */
export function useRunSelector<T>(select: (s: RunState) => T): T {
  const read = () => select(state);
  return useSyncExternalStore(subscribeRun, read, read);
}

/** Builds the run in the background on mount (so weights exist), optionally starting it. */
export function useEnsureRun(s: RunSettings, shouldStart: boolean): void {
  const { lr, batchSize, trainCount } = s;
  useEffect(() => {
    if (state.snapshot.status !== 'idle') return;
    void (shouldStart
      ? startRun({ lr, batchSize, trainCount })
      : ensureBuilt({ lr, batchSize, trainCount }));
  }, [lr, batchSize, trainCount, shouldStart]);
}
