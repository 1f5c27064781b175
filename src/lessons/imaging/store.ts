/** The imaging lesson's store: test digits and the denoiser's training worker (stopped on leave). */
import { createStore } from 'zustand/vanilla';
import { lessonStore, type DisposableStore } from '../../kit/lesson-store';
import { IDLE_DIGITS, loadDigits, type DigitsLoad } from '../../kit/digits-slice';
import { IDLE_TRAINING, ownTraining, predictAll } from '../../kit/training-slice';
import type { TrainingSnapshot } from '../../worker/client';
import { denoiseConfig } from './denoise';

/** State of the lesson (plain data; the worker lives in the closure). */
export interface ImagingState {
  /** The MNIST test digits. */
  digits: DigitsLoad;
  /** The denoiser's training snapshot. */
  training: TrainingSnapshot;
  /** σ and hidden size the current model was built for (null: none yet). */
  trained: { sigma: number; hidden: number } | null;
  /** Starts (or retries) the digits download. */
  load: () => void;
  /** Builds a fresh denoiser for σ and H and trains it until paused. */
  start: (sigma: number, hidden: number) => Promise<void>;
  /** Pauses training. */
  pause: () => Promise<void>;
  /** Continues training. */
  resume: () => Promise<void>;
  /** Trains `count` steps (building the model first when needed). */
  step: (count: number, sigma: number, hidden: number) => Promise<void>;
  /** Forgets the model. */
  reset: () => void;
  /** The denoiser's outputs for these inputs. */
  predict: (inputs: readonly Float32Array[]) => Promise<Float32Array[]>;
}

const ignore = () => undefined;

function create(): DisposableStore<ImagingState> {
  let disposeOwn: () => void = ignore;
  const store = createStore<ImagingState>((set, get) => {
    const own = ownTraining((training) => set({ training }));
    const build = async (sigma: number, hidden: number) => {
      set({ trained: { sigma, hidden } });
      await own.client.init(denoiseConfig(sigma, hidden));
    };
    const fits = (sigma: number, hidden: number) => {
      const t = get().trained;
      return t !== null && t.sigma === sigma && t.hidden === hidden && get().training.info !== null;
    };
    disposeOwn = own.dispose;
    return {
      digits: IDLE_DIGITS,
      training: IDLE_TRAINING,
      trained: null,
      load: () => loadDigits(get().digits, (digits) => set({ digits }), 'test', 200),
      start: async (sigma, hidden) => {
        if (!fits(sigma, hidden)) await build(sigma, hidden);
        await own.client.start().catch(ignore);
      },
      pause: () => own.client.pause().then(ignore, ignore),
      resume: () => own.client.resume().then(ignore, ignore),
      step: async (count, sigma, hidden) => {
        if (!fits(sigma, hidden)) await build(sigma, hidden);
        await own.client.step(count).catch(ignore);
      },
      reset: () => {
        own.dispose();
        set({ trained: null, training: IDLE_TRAINING });
      },
      predict: (inputs) => predictAll(own.client, inputs),
    };
  });
  return Object.assign(store, { dispose: () => disposeOwn() });
}

/** The lesson's store kit: Provider in the layout, hooks in the steps. */
export const imagingStore = lessonStore('imaging', create);
