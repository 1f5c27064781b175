/** A lesson model's outputs for a set of inputs, refreshed as training proceeds. */
import { useEffect, useState } from 'react';
import type { TrainingSlice } from './training-slice';

/** Refresh every this many training steps while running. */
const EVERY = 100;

/** A lesson store's selector hook over a state that includes a training slice. */
export type UseTrainingStore = <T>(select: (state: TrainingSlice) => T) => T;

/** Outputs of the current model for `inputs` (null before a model exists). */
export function useModelOutputs(
  useStore: UseTrainingStore,
  inputs: readonly Float32Array[],
): Float32Array[] | null {
  const predict = useStore((s) => s.predict);
  const hasModel = useStore((s) => s.training.info !== null);
  const status = useStore((s) => s.training.status);
  const bucket = useStore((s) => Math.floor((s.training.progress?.iteration ?? 0) / EVERY));
  const [outputs, setOutputs] = useState<Float32Array[] | null>(null);
  useEffect(() => {
    if (!hasModel) return undefined;
    let live = true;
    predict(inputs).then(
      (out) => live && setOutputs(out),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [predict, inputs, hasModel, status, bucket]);
  return hasModel ? outputs : null;
}
