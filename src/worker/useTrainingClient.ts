/** React binding of the training client: one client per component, disposed on unmount. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { createTrainingClient, type TrainingClient, type TrainingSnapshot } from './client';

/** Returns a training client owned by the calling component and its live snapshot. */
export function useTrainingClient(): [TrainingClient, TrainingSnapshot] {
  const [client] = useState(() => createTrainingClient());
  useEffect(() => () => client.dispose(), [client]);
  const snapshot = useSyncExternalStore(client.subscribe, client.getSnapshot, client.getSnapshot);
  return [client, snapshot];
}
