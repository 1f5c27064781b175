/**
 * A training worker owned by a per-lesson store: the client lives in the store's closure (never
 * in its state), its snapshot is mirrored into the state, and `dispose` terminates the worker when
 * the student leaves the lesson.
 */
import {
  createTrainingClient,
  INITIAL_SNAPSHOT,
  type TrainingClient,
  type TrainingSnapshot,
} from '../worker/client';

/** What a lesson store gets: the client, and a disposer that stops it. */
export interface OwnedTraining {
  /** The typed client (its worker starts with the first command). */
  client: TrainingClient;
  /** Terminates the worker (a later command starts a fresh one, still reported). */
  dispose: () => void;
}

/** Creates a client whose snapshot changes are reported to `onSnapshot`. */
export function ownTraining(onSnapshot: (snapshot: TrainingSnapshot) => void): OwnedTraining {
  const client = createTrainingClient();
  client.subscribe(() => onSnapshot(client.getSnapshot()));
  return {
    client,
    // NOTE: the subscription stays: React's StrictMode disposes and then re-uses a store once.
    dispose: () => client.dispose(),
  };
}

/** The snapshot before anything ran. */
export const IDLE_TRAINING: TrainingSnapshot = INITIAL_SNAPSHOT;

/** Runs the network on each input in turn (the worker answers one request at a time, in order). */
export async function predictAll(
  client: TrainingClient,
  inputs: readonly Float32Array[],
): Promise<Float32Array[]> {
  return Promise.all(inputs.map((x) => client.predict(x).then((r) => r.output)));
}
