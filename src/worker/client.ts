/**
 * Typed client of the training worker. Lessons call its methods (promises for replies) and read
 * state through subscribe/getSnapshot (useSyncExternalStore- and zustand-friendly); they never touch
 * postMessage.
 */
import type { LoadProgress } from '../data/mnist-types';
import { getKernelBackend, messageOf } from '../engine';
import type {
  Commands,
  CommandName,
  EvalResult,
  Hyperparameters,
  Progress,
  RunInfo,
  TrainConfig,
  TrainingStatus,
  WorkerMessage,
  WorkerRequest,
} from './protocol';
import { definedHyperparameters } from './hyper';

/** Immutable state of the training run; a new object after every message that changes it. */
export interface TrainingSnapshot {
  /** Lifecycle status. */
  readonly status: TrainingStatus;
  /** Error or divergence explanation, else null. */
  readonly message: string | null;
  /** Step at which training diverged, else null. */
  readonly divergedAtStep: number | null;
  /** Latest progress, null before the first. */
  readonly progress: Progress | null;
  /** Latest evaluation, null before the first. */
  readonly lastEval: EvalResult | null;
  /** Data download progress of the latest init, null before. */
  readonly loading: LoadProgress | null;
  /** Facts of the built run, null before init finishes. */
  readonly info: RunInfo | null;
  /** Recent (iteration, loss) points, oldest first, at most HISTORY_LIMIT. */
  readonly history: readonly { readonly iteration: number; readonly loss: number }[];
}

/** Maximum number of points kept in `history`. */
export const HISTORY_LIMIT = 1000;

/** The part of a Worker the client uses (a real Worker, or a fake in tests). */
export interface WorkerLike {
  /** Sends a message to the worker. */
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  /** Receives worker messages and errors. */
  addEventListener(
    type: 'message' | 'error',
    listener: (event: MessageEvent | ErrorEvent) => void,
  ): void;
  /** Stops the worker. */
  terminate(): void;
}

/** Options of {@link createTrainingClient}. */
export interface TrainingClientOptions {
  /** Creates the worker on the first command (default: a module worker running train.worker.ts). */
  createWorker?: () => WorkerLike;
}

/** The lesson-facing training API. */
export interface TrainingClient {
  /** Loads data and builds the model without running. */
  init(config: TrainConfig): Promise<RunInfo>;
  /** Optionally (re)builds from `config`, then trains until paused, diverged or a limit. */
  start(config?: TrainConfig): Promise<RunInfo>;
  /** Stops the loop. */
  pause(): Promise<Progress>;
  /** Continues the loop. */
  resume(): Promise<Progress>;
  /** Runs `count` batches (default 1) while paused. */
  step(count?: number): Promise<Progress>;
  /** Re-initialises weights and optimizer (optionally with a new seed). */
  reset(seed?: number): Promise<RunInfo>;
  /** Changes hyperparameters, also while running. */
  setHyperparameters(hyper: Partial<Hyperparameters>): Promise<Hyperparameters>;
  /** Evaluates on the test split. */
  evaluate(): Promise<EvalResult>;
  /** Runs the network on one input; the input array is copied, not transferred. */
  predict(input: Float32Array): Promise<Commands['predict']['result']>;
  /** Classifies `points.length / 2` 2D points. */
  predictGrid(points: Float32Array): Promise<Commands['predictGrid']['result']>;
  /** Every hidden layer's activations and the output scores over 2D points. */
  gridActivations(points: Float32Array): Promise<Commands['gridActivations']['result']>;
  /** The network against the product of its weight matrices on `count` test examples. */
  collapseCheck(count: number): Promise<Commands['collapseCheck']['result']>;
  /** Copy of one Linear layer's parameters (default the first). */
  getWeights(layer?: number): Promise<Commands['getWeights']['result']>;
  /** The model's parameter file (JSON-serialisable). */
  exportWeights(): Promise<unknown>;
  /** Loads a parameter file; rejects with a clear message when it does not fit. */
  importWeights(file: unknown): Promise<RunInfo>;
  /** Sends any protocol command (the typed methods above cover the common ones). */
  call<K extends CommandName>(type: K, args: Commands[K]['args']): Promise<Commands[K]['result']>;
  /** Registers a change listener; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current immutable snapshot (same object until something changes). */
  getSnapshot(): TrainingSnapshot;
  /** Terminates the worker, rejects pending requests and resets the snapshot; a later command starts a fresh worker. */
  dispose(): void;
}

/** Snapshot before anything happened. */
export const INITIAL_SNAPSHOT: TrainingSnapshot = Object.freeze({
  status: 'idle',
  message: null,
  divergedAtStep: null,
  progress: null,
  lastEval: null,
  loading: null,
  info: null,
  history: Object.freeze([]) as readonly never[],
});

/** Folds one worker message into the snapshot; returns the same object when nothing changed. */
export function reduceSnapshot(s: TrainingSnapshot, msg: WorkerMessage): TrainingSnapshot {
  switch (msg.type) {
    case 'status':
      return {
        ...s,
        status: msg.status,
        message: msg.message ?? null,
        divergedAtStep: msg.status === 'diverged' ? (msg.step ?? null) : null,
      };
    case 'progress': {
      const p = msg.progress;
      const last = s.history[s.history.length - 1];
      const isNewPoint = Number.isFinite(p.batchLoss) && (!last || last.iteration !== p.iteration);
      const history = isNewPoint
        ? [...s.history.slice(-(HISTORY_LIMIT - 1)), { iteration: p.iteration, loss: p.batchLoss }]
        : s.history;
      return { ...s, progress: p, history: p.iteration === 0 ? [] : history };
    }
    case 'loading':
      return { ...s, loading: msg.progress };
    case 'evaluated':
      return { ...s, lastEval: msg.result };
    case 'reply':
      if (
        msg.ok &&
        (msg.command === 'init' ||
          msg.command === 'start' ||
          msg.command === 'reset' ||
          msg.command === 'importWeights')
      ) {
        return { ...s, info: msg.result };
      }
      return s;
    default:
      return s;
  }
}

function defaultWorker(): WorkerLike {
  // NOTE: the worker's name carries the page's kernel backend (the worker cannot see the page's URL).
  return new Worker(new URL('./train.worker.ts', import.meta.url), {
    type: 'module',
    name: `kernels=${getKernelBackend()}`,
  }) as unknown as WorkerLike;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

type Send = <K extends CommandName>(
  type: K,
  args: Commands[K]['args'],
) => Promise<Commands[K]['result']>;

/** The command half of the client: one method per protocol command. */
function commandMethods(
  send: Send,
): Omit<TrainingClient, 'subscribe' | 'getSnapshot' | 'dispose' | 'call'> {
  const none = {} as Record<string, never>;
  return {
    init: (config) => send('init', { config }),
    start: (config) => send('start', config ? { config } : {}),
    pause: () => send('pause', none),
    resume: () => send('resume', none),
    step: (count) => send('step', count === undefined ? {} : { count }),
    reset: (seed) => send('reset', seed === undefined ? {} : { seed }),
    setHyperparameters: (hyper) =>
      send('setHyperparameters', { hyper: definedHyperparameters(hyper) }),
    evaluate: () => send('evaluate', none),
    predict: (input) => send('predict', { input }),
    predictGrid: (points) => send('predictGrid', { points }),
    gridActivations: (points) => send('gridActivations', { points }),
    collapseCheck: (count) => send('collapseCheck', { count }),
    getWeights: (layer) => send('getWeights', layer === undefined ? {} : { layer }),
    exportWeights: () => send('exportWeights', none),
    importWeights: (file) => send('importWeights', { file }),
  };
}

/** Creates a typed client; its worker starts lazily with the first command. */
export function createTrainingClient(options: TrainingClientOptions = {}): TrainingClient {
  const createWorker = options.createWorker ?? defaultWorker;
  const pending = new Map<number, Pending>();
  const listeners = new Set<() => void>();
  let snapshot = INITIAL_SNAPSHOT;
  let nextId = 1;
  let worker: WorkerLike | null = null;
  let hasFailed = false;

  const publish = (next: TrainingSnapshot) => {
    if (next === snapshot) return;
    snapshot = next;
    listeners.forEach((l) => l());
  };

  const rejectAll = (message: string) => {
    pending.forEach((p) => p.reject(new Error(message)));
    pending.clear();
  };

  const onMessage = (msg: WorkerMessage) => {
    publish(reduceSnapshot(snapshot, msg));
    if (msg.type !== 'reply') return;
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.ok) p?.resolve(msg.result);
    else p?.reject(new Error(msg.error));
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    // The failed worker's run is gone with it: start the fresh one from a clean snapshot.
    if (hasFailed) publish(INITIAL_SNAPSHOT);
    hasFailed = false;
    const w = createWorker();
    w.addEventListener(
      'message',
      (event) => w === worker && onMessage((event as MessageEvent<WorkerMessage>).data),
    );
    w.addEventListener('error', (event) => {
      if (w !== worker) return;
      const text = `Training worker error: ${(event as ErrorEvent).message || 'the worker failed to start'}`;
      // A worker that raised an error may never answer again: drop it, so the next command
      // (a retry) starts a fresh one instead of waiting forever.
      w.terminate();
      worker = null;
      hasFailed = true;
      publish({ ...snapshot, status: 'error', message: text });
      rejectAll(text);
    });
    worker = w;
    return w;
  };

  function send<K extends CommandName>(
    type: K,
    args: Commands[K]['args'],
  ): Promise<Commands[K]['result']> {
    let w: WorkerLike;
    try {
      w = ensureWorker();
    } catch (err) {
      const text = messageOf(err);
      return Promise.reject(
        new Error(`Could not start the training worker: ${text}`, { cause: err }),
      );
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ type, id, ...args } as WorkerRequest);
    });
  }

  return {
    ...commandMethods(send),
    call: send,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    dispose() {
      worker?.terminate();
      worker = null;
      rejectAll('The training client was disposed.');
      publish(INITIAL_SNAPSHOT);
    },
  };
}
