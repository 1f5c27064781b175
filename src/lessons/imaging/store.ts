/** The imaging lesson's store: test digits and the denoiser's training worker (stopped on leave). */
import { createStore } from 'zustand/vanilla';
import { lessonStore, type DisposableStore } from '../../kit/lesson-store';
import { IDLE_DIGITS, loadDigits, type DigitsLoad } from '../../kit/digits-slice';
import { trainingSlice, type TrainingSlice } from '../../kit/training-slice';

/** State of the lesson (plain data; the worker lives in the closure). */
export interface ImagingState extends TrainingSlice {
  /** The MNIST test digits. */
  digits: DigitsLoad;
  /** Starts (or retries) the digits download. */
  load: () => void;
}

/** The key of a denoiser's config, also shown to the student: "σ = 0.3, H = 128". */
export function denoiserKey(sigma: number, hidden: number): string {
  return `${sigma}|${hidden}`;
}

/** σ and H of a key (null for none). */
export function parseDenoiserKey(key: string | null): { sigma: number; hidden: number } | null {
  if (!key) return null;
  const [sigma, hidden] = key.split('|').map(Number);
  return { sigma, hidden };
}

function create(): DisposableStore<ImagingState> {
  let dispose = () => undefined as void;
  const store = createStore<ImagingState>((set, get) => {
    const [training, stop] = trainingSlice(set, get);
    dispose = stop;
    return {
      ...training,
      digits: IDLE_DIGITS,
      load: () => loadDigits(get().digits, (digits) => set({ digits }), 'test', 200),
    };
  });
  return Object.assign(store, { dispose: () => dispose() });
}

/** The lesson's store kit: Provider in the layout, hooks in the steps. */
export const imagingStore = lessonStore('imaging', create);
