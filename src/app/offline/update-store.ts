/**
 * What the page knows about the service worker: whether a new deployment is waiting. The page
 * never reloads by itself (a presenter may be mid-lecture); the banner asks, and reloads only
 * when the reader presses its button.
 */
import { create } from 'zustand';

/** Service-worker state shown by the app. */
export interface UpdateState {
  /** A new version of the course is installed and waits for a reload. */
  isUpdateReady: boolean;
  /** The reader chose "Later": the banner stays hidden until the next new version. */
  isDismissed: boolean;
  /** Activates the waiting version and reloads the page (set by the registration). */
  applyUpdate: () => void;
  /** Records a waiting version and how to activate it. */
  setUpdateReady: (apply: () => void) => void;
  /** Hides the banner until the next new version. */
  dismiss: () => void;
}

/** The app's service-worker state. */
export const useUpdateState = create<UpdateState>()((set) => ({
  isUpdateReady: false,
  isDismissed: false,
  applyUpdate: () => undefined,
  setUpdateReady: (apply) => set({ isUpdateReady: true, isDismissed: false, applyUpdate: apply }),
  dismiss: () => set({ isDismissed: true }),
}));
