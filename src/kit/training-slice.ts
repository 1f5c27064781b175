/**
 * A training worker owned by a per-lesson store: the client lives in the store's closure (never
 * in its state), its snapshot is mirrored into the state, and the store's `dispose` terminates
 * the worker when the student leaves the lesson. A model is identified by a key (the lesson's
 * description of its config); commands build a fresh model when the key changed.
 */
import {
  createTrainingClient,
  INITIAL_SNAPSHOT,
  type TrainingClient,
  type TrainingSnapshot,
  type TrainConfig,
} from '../worker';

/** The training part of a lesson store's state. */
export interface TrainingSlice {
  /** The worker's latest snapshot. */
  training: TrainingSnapshot;
  /** Key of the config the current model was built from (null: no model). */
  trainedKey: string | null;
  /** Trains until paused, building the model for `key` first when needed. */
  start: (key: string, config: TrainConfig) => Promise<void>;
  /** Pauses training. */
  pause: () => Promise<void>;
  /** Continues training the current model. */
  resume: () => Promise<void>;
  /** Trains `count` steps, building the model for `key` first when needed. */
  step: (count: number, key: string, config: TrainConfig) => Promise<void>;
  /** Forgets the model and stops the worker. */
  reset: () => void;
  /** The model's outputs for these inputs. */
  predict: (inputs: readonly Float32Array[]) => Promise<Float32Array[]>;
}

const ignore = () => undefined;

/** Runs the network on each input in turn (the worker answers requests in order). */
export function predictAll(
  client: TrainingClient,
  inputs: readonly Float32Array[],
): Promise<Float32Array[]> {
  return Promise.all(inputs.map((x) => client.predict(x).then((r) => r.output)));
}

/** Steps per request when stepping many: each request publishes one point of the loss curve. */
const CHUNK = 25;

/** Trains `count` steps as several requests, so the loss history gets a point per chunk. */
async function stepInChunks(client: TrainingClient, count: number): Promise<void> {
  for (let done = 0; done < count; done += CHUNK) await client.step(Math.min(CHUNK, count - done));
}

/**
 * The slice and its disposer for a zustand store's `set`/`get`. Commands swallow worker
 * rejections: the snapshot's status and message already tell the student what went wrong.
 */
export function trainingSlice(
  set: (patch: Partial<TrainingSlice>) => void,
  get: () => TrainingSlice,
): [TrainingSlice, () => void] {
  const client = createTrainingClient();
  // NOTE: the subscription stays: React's StrictMode disposes and then re-uses a store once.
  client.subscribe(() => set({ training: client.getSnapshot() }));
  const ensure = async (key: string, config: TrainConfig) => {
    if (get().trainedKey === key && get().training.info !== null) return;
    set({ trainedKey: key });
    await client.init(config);
  };
  const slice: TrainingSlice = {
    training: INITIAL_SNAPSHOT,
    trainedKey: null,
    start: (key, config) =>
      ensure(key, config)
        .then(() => client.start())
        .then(ignore, ignore),
    pause: () => client.pause().then(ignore, ignore),
    resume: () => client.resume().then(ignore, ignore),
    step: (count, key, config) =>
      ensure(key, config)
        .then(() => stepInChunks(client, count))
        .then(ignore, ignore),
    reset: () => {
      client.dispose();
      set({ trainedKey: null, training: INITIAL_SNAPSHOT });
    },
    predict: (inputs) => predictAll(client, inputs),
  };
  return [slice, () => client.dispose()];
}
