/**
 * A small typed client for the worker's landscape job: run (a promise of the result), progress
 * events, cancel, dispose. It talks to the same training worker as client.ts, through its own
 * Worker instance, so a long landscape never blocks a lesson's training run.
 */
import type {
  LandscapeProgress,
  LandscapeRequest,
  LandscapeResult,
  WorkerMessage,
  WorkerRequest,
} from './protocol';
import type { WorkerLike } from './client';

/** The landscape job's client. */
export interface LandscapeClient {
  /** Starts a job; resolves with the result, rejects with the worker's message (or on cancel). */
  run(
    request: LandscapeRequest,
    onProgress: (p: LandscapeProgress) => void,
  ): Promise<LandscapeResult>;
  /** Asks the worker to stop the running job at its next slice. */
  cancel(): void;
  /** Terminates the worker; a later run starts a fresh one. */
  dispose(): void;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./train.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

/** Creates the client; the worker starts with the first run. */
export function createLandscapeClient(
  createWorker: () => WorkerLike = defaultWorker,
): LandscapeClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (r: LandscapeResult) => void; reject: (e: Error) => void }
  >();
  let progress: ((p: LandscapeProgress) => void) | null = null;
  const ensure = (): WorkerLike => {
    if (worker) return worker;
    const w = createWorker();
    w.addEventListener('message', (event) => {
      const msg = (event as MessageEvent<WorkerMessage>).data;
      if (msg.type === 'landscape-progress') progress?.(msg.progress);
      if (msg.type !== 'reply' || msg.command !== 'landscape') return;
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.ok) p?.resolve(msg.result as LandscapeResult);
      else p?.reject(new Error(msg.error));
    });
    w.addEventListener('error', (event) => {
      const text = `Landscape worker error: ${(event as ErrorEvent).message || 'the worker failed'}`;
      pending.forEach((p) => p.reject(new Error(text)));
      pending.clear();
    });
    worker = w;
    return w;
  };
  return {
    run(request, onProgress) {
      const w = ensure();
      progress = onProgress;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ type: 'landscape', id, request } as WorkerRequest);
      });
    },
    cancel() {
      worker?.postMessage({ type: 'cancelLandscape', id: nextId++ } as WorkerRequest);
    },
    dispose() {
      worker?.terminate();
      worker = null;
      pending.forEach((p) => p.reject(new Error('The landscape client was disposed.')));
      pending.clear();
    },
  };
}
