/** The learned denoiser's outputs for a set of noisy digits, refreshed as training proceeds. */
import { useEffect, useState } from 'react';
import { imagingStore } from './store';

/** Refresh every this many training steps while running. */
const EVERY = 100;

/** Outputs of the current model for `inputs` (null before a model exists). */
export function useDenoised(inputs: readonly Float32Array[]): Float32Array[] | null {
  const predict = imagingStore.useLessonStore((s) => s.predict);
  const hasModel = imagingStore.useLessonStore((s) => s.training.info !== null);
  const status = imagingStore.useLessonStore((s) => s.training.status);
  const bucket = imagingStore.useLessonStore((s) =>
    Math.floor((s.training.progress?.iteration ?? 0) / EVERY),
  );
  const [outputs, setOutputs] = useState<Float32Array[] | null>(null);
  useEffect(() => {
    if (!hasModel) {
      setOutputs(null);
      return undefined;
    }
    let live = true;
    predict(inputs).then(
      (out) => live && setOutputs(out),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [predict, inputs, hasModel, status, bucket]);
  return outputs;
}
