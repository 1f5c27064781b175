/**
 * The lesson's landscape store: the state of the worker job (plain data) and, in its closure, the
 * client that owns the worker. Created by the lesson's layout; disposing it terminates the worker.
 */
import { messageOf } from '../../engine/errors';
import { createStore } from 'zustand/vanilla';
import { lessonStore, type DisposableStore } from '../../kit/lesson-store';
import {
  createLandscapeClient,
  type LandscapeProgress,
  type LandscapeRequest,
  type LandscapeResult,
} from '../../worker';

/** Lifecycle of the job as the page sees it. */
export type LandscapeStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** State of the landscape store. */
export interface LandscapeState {
  /** Where the job is. */
  status: LandscapeStatus;
  /** Latest progress event. */
  progress: LandscapeProgress | null;
  /** The last result. */
  result: LandscapeResult | null;
  /** Why it stopped (cancel, error). */
  message: string | null;
  /** Starts a job (cancelling any running one). */
  compute: (request: LandscapeRequest) => void;
  /** Cancels the running job. */
  cancel: () => void;
}

function create(): DisposableStore<LandscapeState> {
  const client = createLandscapeClient();
  let generation = 0;
  const store = createStore<LandscapeState>()((set, get) => ({
    status: 'idle',
    progress: null,
    result: null,
    message: null,
    compute(request) {
      if (get().status === 'running') client.cancel();
      const mine = ++generation;
      set({ status: 'running', progress: null, message: null });
      client
        .run(request, (progress) => mine === generation && set({ progress }))
        .then((result) => mine === generation && set({ status: 'done', result }))
        .catch((err: unknown) => {
          if (mine !== generation) return;
          const text = messageOf(err);
          set({ status: /cancel/i.test(text) ? 'cancelled' : 'error', message: text });
        });
    },
    cancel() {
      if (get().status === 'running') client.cancel();
    },
  }));
  return Object.assign(store, { dispose: () => client.dispose() });
}

/** The landscape store's provider and hooks. */
export const landscapeKit = lessonStore('descent landscape', create);
