/** The closing lesson's 3×3 kernels: presets, and reading a kernel from a link. */

/** Kernel side. */
export const K = 3;
/** Largest |value| of a kernel entry; larger ones are clamped with a notice. */
export const MAX_ENTRY = 10;

/** Named kernels the student can start from. */
export const PRESETS = {
  blur: [1, 2, 1, 2, 4, 2, 1, 2, 1].map((v) => v / 16),
  edge: [-1, -1, -1, -1, 8, -1, -1, -1, -1],
  sharpen: [0, -1, 0, -1, 5, -1, 0, -1, 0],
  identity: [0, 0, 0, 0, 1, 0, 0, 0, 0],
} as const;

/** A preset's name. */
export type PresetName = keyof typeof PRESETS;

/** Preset names in display order. */
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** A kernel as it goes in the URL: nine numbers, comma-separated, shortest form. */
export function formatKernel(kernel: readonly number[]): string {
  return kernel.map((v) => String(Number(v.toPrecision(4)))).join(',');
}

/** What reading a kernel from a link found. */
export interface KernelReading {
  /** The nine values (the blur preset when the text is malformed). */
  kernel: number[];
  /** 'malformed': not nine numbers, default used; 'clamped': some entries were out of range. */
  problem: 'malformed' | 'clamped' | null;
}

/** Reads nine comma-separated numbers; malformed → the blur preset, out-of-range → clamped. */
export function readKernel(text: string): KernelReading {
  const parts = text.split(',');
  const values = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (values.length !== K * K || values.some((v) => !Number.isFinite(v)))
    return { kernel: [...PRESETS.blur], problem: 'malformed' };
  const kernel = values.map((v) => Math.max(-MAX_ENTRY, Math.min(MAX_ENTRY, v)));
  return { kernel, problem: kernel.some((v, i) => v !== values[i]) ? 'clamped' : null };
}

/** The preset these values equal, or null. */
export function presetOf(kernel: readonly number[]): PresetName | null {
  return (
    PRESET_NAMES.find((name) => PRESETS[name].every((v, i) => Math.abs(v - kernel[i]) < 1e-9)) ??
    null
  );
}
