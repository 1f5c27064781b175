/** The closing lesson's store: the test digits it filters (loaded on open, dropped on leave). */
import { createStore } from 'zustand/vanilla';
import { lessonStore, type DisposableStore } from '../../kit/lesson-store';
import { IDLE_DIGITS, loadDigits, type DigitsLoad } from '../../kit/digits-slice';
import { DIGIT_COUNT } from './params';

/** State of the lesson. */
export interface NextState {
  /** The MNIST test digits. */
  digits: DigitsLoad;
  /** Starts (or retries) the download. */
  load: () => void;
}

function create(): DisposableStore<NextState> {
  const store = createStore<NextState>((set, get) => ({
    digits: IDLE_DIGITS,
    load: () => loadDigits(get().digits, (digits) => set({ digits }), 'test', DIGIT_COUNT),
  }));
  // NOTE: nothing to release: a late download only updates a store nobody reads any more.
  return Object.assign(store, { dispose: () => undefined });
}

/** The lesson's store kit: Provider in the layout, hooks in the steps. */
export const nextStore = lessonStore('next', create);
