/** The inpainting lesson's store: test digits, the training digits' mean image, and the worker. */
import { createStore } from 'zustand/vanilla';
import { lessonStore, type DisposableStore } from '../../kit/lesson-store';
import { IDLE_DIGITS, loadDigits, type DigitsLoad } from '../../kit/digits-slice';
import { trainingSlice, type TrainingSlice } from '../../kit/training-slice';

/** Training digits the model sees (and the mean image averages). */
export const TRAIN_COUNT = 10000;

/** State of the lesson (plain data; the worker lives in the closure). */
export interface InpaintState extends TrainingSlice {
  /** The MNIST test digits. */
  digits: DigitsLoad;
  /** The training digits (for the mean-image baseline). */
  trainDigits: DigitsLoad;
  /** Starts (or retries) both downloads. */
  load: () => void;
}

function create(): DisposableStore<InpaintState> {
  let dispose = () => undefined as void;
  const store = createStore<InpaintState>((set, get) => {
    const [training, stop] = trainingSlice(set, get);
    dispose = stop;
    return {
      ...training,
      digits: IDLE_DIGITS,
      trainDigits: IDLE_DIGITS,
      load: () => {
        loadDigits(get().digits, (digits) => set({ digits }), 'test', 200);
        loadDigits(get().trainDigits, (trainDigits) => set({ trainDigits }), 'train', TRAIN_COUNT);
      },
    };
  });
  return Object.assign(store, { dispose: () => dispose() });
}

/** The lesson's store kit: Provider in the layout, hooks in the steps. */
export const inpaintStore = lessonStore('inpainting', create);
