/** The clicker steps the kernel through its presets (blur, edge, sharpen…), one per press. */
import { useSubSteps } from '../../kit/substeps';
import { PRESET_NAMES, PRESETS, presetOf } from './kernel';

/** Claims the clicker: → the next preset kernel, ← the previous one; off the list, → starts it. */
export function usePresetClicker(kernel: readonly number[], onKernel: (k: number[]) => void): void {
  const preset = presetOf(kernel);
  const at = preset ? PRESET_NAMES.indexOf(preset) : -1;
  useSubSteps({
    next: () =>
      at < PRESET_NAMES.length - 1 ? (onKernel([...PRESETS[PRESET_NAMES[at + 1]]]), true) : false,
    prev: () => (at > 0 ? (onKernel([...PRESETS[PRESET_NAMES[at - 1]]]), true) : false),
    position: () => [Math.max(0, at), PRESET_NAMES.length - 1],
    clicker: `Each press loads the next preset kernel (${PRESET_NAMES.join(', ')}); Back the previous one.`,
  });
}
