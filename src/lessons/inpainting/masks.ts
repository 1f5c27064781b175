/** The inpainting lesson's masks and training config, from its URL parameters. */
import { createRng } from '../../engine';
import {
  buildMask,
  decodeMask,
  encodeMask,
  maskProblem,
  type MaskSpec,
} from '../../data/mask-spec';
import { MNIST_PIXELS, MNIST_SIDE } from '../../data/mnist-shape';
import type { TrainConfig } from '../../worker';

/** A default painted mask: a diagonal stroke three pixels wide across the middle of the digit. */
export function defaultStroke(): Uint8Array {
  const mask = new Uint8Array(MNIST_PIXELS);
  for (let r = 6; r < 22; r++) for (let c = r - 1; c <= r + 1; c++) mask[r * MNIST_SIDE + c] = 1;
  return mask;
}

/** The painted mask a link holds, or the default stroke (with the reason it was not used). */
export function readPainted(text: string): { mask: Uint8Array; problem: string | null } {
  if (text === '') return { mask: defaultStroke(), problem: null };
  const mask = decodeMask(text);
  if (!mask)
    return {
      mask: defaultStroke(),
      problem: 'The painted mask in the link is unreadable; the default stroke is used.',
    };
  const problem = maskProblem(mask);
  return problem
    ? { mask: defaultStroke(), problem: `${problem} The default stroke is used instead.` }
    : { mask, problem: null };
}

/** What the mask parameters say. */
export interface MaskParams {
  /** Kind. */
  m: string;
  /** Fraction. */
  f: number;
  /** Box side. */
  b: number;
  /** Band height. */
  bh: number;
  /** Painted bits. */
  pm: string;
}

/** The chosen training mask as a spec. */
export function specOf(p: MaskParams): MaskSpec {
  if (p.m === 'pixels') return { kind: 'pixels', fraction: p.f };
  if (p.m === 'band') return { kind: 'band', height: p.bh };
  if (p.m === 'painted') return { kind: 'painted', bits: encodeMask(readPainted(p.pm).mask) };
  return { kind: 'box', size: p.b };
}

/** A short description, also the model's key: "box 12", "pixels 0.5", "band 8", "painted". */
export function describeSpec(spec: MaskSpec): string {
  if (spec.kind === 'pixels') return `random pixels, fraction ${spec.fraction}`;
  if (spec.kind === 'box') return `box ${spec.size}×${spec.size}`;
  if (spec.kind === 'band') return `band of ${spec.height} rows`;
  return `painted mask ${spec.bits.slice(0, 6)}…`;
}

/** The mask of test digit `i` (a random-pixel mask is drawn from the digit's own seed). */
export function testMask(spec: MaskSpec, i: number): Uint8Array {
  return buildMask(spec, createRng(1000 + i));
}

/** The inpainting run: MLP 784 → H → 784 (ReLU), Adam, ½‖y − ŷ‖² summed over pixels, batch mean. */
export function inpaintConfig(spec: MaskSpec, hidden: number, seed = 1): TrainConfig {
  return {
    model: { kind: 'mlp', hidden: [hidden], activation: 'relu' },
    task: { kind: 'inpainting', mask: spec },
    dataset: { kind: 'mnist', trainCount: 10000, testCount: 500 },
    optimizer: 'adam',
    hyper: { lr: 1e-3, momentum: 0, batchSize: 32, evalEvery: 0 },
    seed,
  };
}
