/**
 * The training lesson's store (created in its layout, disposed when the student leaves): three
 * runs (the student's MLP, the divergence demo, the linear baseline), the stepped loop's beats,
 * the test-set predictions the interrogation step reads, and the save/load message. Workers and
 * timers live in the runs' closures; the state is plain data.
 */
import { createStore } from 'zustand/vanilla';
import { lessonStore, type DisposableStore } from '../../kit/lesson-store';
import type { StepInspection, TestPredictions } from '../../worker';
import { initialKept, watchAndKeep, type KeepDeps } from './keep-run';
import { mlpConfig, runKey, type RunSettings } from './run-config';
import { sessionStore, type SavedRunSummary } from './saved-run';
import { EMPTY_SLOT, RunSlot, type SlotState } from './slot';

/** Which run. */
export type SlotId = 'main' | 'demo' | 'linear';

/** A message about the model file. */
export interface ModelMessage {
  /** What happened. */
  text: string;
  /** True for a refusal (nothing changed). */
  isError: boolean;
}

/** Plain state of the lesson. */
export interface TrainingState {
  /** The student's MLP. */
  main: SlotState;
  /** The divergence demonstration. */
  demo: SlotState;
  /** The linear baseline of the draw step. */
  linear: SlotState;
  /** The latest observed step of the main run. */
  inspection: StepInspection | null;
  /** Beats of `inspection` revealed (1 batch, 2 forward, 3 backward, 4 update). */
  beat: number;
  /** Test-set predictions of the main run. */
  predictions: TestPredictions | null;
  /** Step of the main run when the student left its step while it trained, else null. */
  interruptedAt: number | null;
  /** The latest save/load message. */
  modelMessage: ModelMessage | null;
  /** The network settings in the URL (kept in step by the layout). */
  settings: RunSettings | null;
  /** A run kept from an earlier visit to the lesson, offered until the student chooses (keep-run.ts). */
  kept: SavedRunSummary | null;
  /** True when the browser refused to keep the latest checkpoint. */
  keepFailed: boolean;
}

/** The store with the runs it owns. */
export interface TrainingStore extends DisposableStore<TrainingState> {
  /** The runs, by id. */
  slots: Record<SlotId, RunSlot>;
  /** What keeping the main run across visits needs. */
  keep: KeepDeps;
}

/** Creates the lesson's store and its runs; `storage` keeps the student's run across visits. */
export function createTrainingStore(storage: Storage | null = sessionStore()): TrainingStore {
  const store = createStore<TrainingState>(() => ({
    main: EMPTY_SLOT,
    demo: EMPTY_SLOT,
    linear: EMPTY_SLOT,
    inspection: null,
    beat: 0,
    predictions: null,
    interruptedAt: null,
    modelMessage: null,
    settings: null,
    kept: initialKept(storage),
    keepFailed: false,
  }));
  const slot = (id: SlotId) =>
    new RunSlot(
      () => store.getState()[id],
      (next) => store.setState((s) => ({ [id]: { ...s[id], ...next } })),
    );
  const slots = { main: slot('main'), demo: slot('demo'), linear: slot('linear') };
  const keep: KeepDeps = { store, main: slots.main, storage };
  const stopKeeping = watchAndKeep(keep);
  return {
    ...store,
    slots,
    keep,
    dispose: () => {
      stopKeeping();
      Object.values(slots).forEach((s) => s.dispose());
    },
  };
}

/** The lesson store kit: Provider (in the layout) and hooks. */
export const trainingStore = lessonStore<TrainingState>('training', () => createTrainingStore());

/** The store with its runs (inside the layout). */
export function useTrainingStore(): TrainingStore {
  return trainingStore.useLessonStoreApi() as TrainingStore;
}

/** Live hyperparameters of the settings. */
export function liveHyper(s: RunSettings) {
  return { lr: s.lr, batchSize: s.bs };
}

/** Pauses every run; remembers where the student's run was if it was training. */
export async function pauseAll(store: TrainingStore): Promise<void> {
  const wasRunning = await store.slots.main.pause();
  await Promise.all([store.slots.demo.pause(), store.slots.linear.pause()]);
  const at = store.getState().main.snapshot.progress?.iteration ?? 0;
  if (wasRunning) store.setState({ interruptedAt: at });
}

/** Observes one step of the main run (the four beats) and shows its first beat. */
export async function inspectStep(store: TrainingStore, s: RunSettings): Promise<void> {
  const main = store.slots.main;
  if (!(await main.build(mlpConfig(s), runKey(s)))) return;
  await main.pause();
  await main.attempt((c) => c.setHyperparameters(liveHyper(s)));
  const inspection = await main.attempt((c) => c.call('inspectStep', { units: 4, show: 16 }));
  if (inspection) store.setState({ inspection, beat: 1, predictions: null });
}

/** Advances the beats: reveals the next one, or takes a new step after the update. */
export function nextBeat(store: TrainingStore, s: RunSettings): boolean {
  const { inspection, beat, main } = store.getState();
  // NOTE: a press while the data loads or steps run is swallowed, so the clicker never skips the slide.
  if (main.snapshot.status === 'loading' || main.isStepping) return true;
  if (inspection && beat < 4 && !inspection.diverged) {
    store.setState({ beat: beat + 1 });
    return true;
  }
  if (main.snapshot.status === 'diverged') return false;
  void inspectStep(store, s);
  return true;
}

/** Hides the last revealed beat; false at the first. */
export function prevBeat(store: TrainingStore): boolean {
  const { beat } = store.getState();
  if (beat <= 1) return false;
  store.setState({ beat: beat - 1 });
  return true;
}

/** Fetches the main run's predictions on the whole test set. */
export async function fetchPredictions(store: TrainingStore): Promise<void> {
  const p = await store.slots.main.attempt((c) => c.call('testPredictions', {}));
  if (p) store.setState({ predictions: p });
}
