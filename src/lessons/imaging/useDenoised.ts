/** The learned denoiser's outputs for a set of noisy digits, refreshed as training proceeds. */
import { useModelOutputs } from '../../kit/useModelOutputs';
import { imagingStore } from './store';

/** Outputs of the current denoiser for `inputs` (null before a model exists). */
export function useDenoised(inputs: readonly Float32Array[]): Float32Array[] | null {
  return useModelOutputs(imagingStore.useLessonStore, inputs);
}
