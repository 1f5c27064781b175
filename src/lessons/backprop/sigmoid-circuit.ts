/**
 * CS231n's sigmoid neuron f = 1 / (1 + e^{−(w0 + w1·x1 + w2·x2)}), built with the engine either
 * gate by gate (×, +, ×−1, exp, +1, 1/x) or with one fused sigmoid node.
 */
import { scalar, type Tensor } from '../../engine';

/** The circuit's default inputs (CS231n's numbers, in the naming: w0 is the bias). */
export const SIGMOID_INPUTS = { w0: -3, w1: 2, x1: -1, w2: -3, x2: -2 } as const;

/** Leaf names of the circuit, in display order. */
export const SIGMOID_LEAVES = ['w0', 'w1', 'x1', 'w2', 'x2'] as const;

/** One of the circuit's leaves. */
export type SigmoidLeaf = (typeof SIGMOID_LEAVES)[number];

/** The built circuit: its output and its leaves by name. */
export interface SigmoidCircuit {
  /** The neuron's output σ(z). */
  output: Tensor;
  /** The five leaves. */
  leaves: Record<SigmoidLeaf, Tensor>;
}

/** TeX name of each leaf. */
export const SIGMOID_LEAF_TEX: Record<SigmoidLeaf, string> = {
  w0: 'w_0',
  w1: 'w_1',
  x1: 'x_1',
  w2: 'w_2',
  x2: 'x_2',
};

/** Builds the circuit; `fused` uses the engine's sigmoid op instead of the four gates. */
export function buildSigmoidCircuit(fused: boolean): SigmoidCircuit {
  const leaves = Object.fromEntries(
    SIGMOID_LEAVES.map((name) => [
      name,
      scalar(SIGMOID_INPUTS[name], {
        dtype: 'float64',
        requiresGrad: true,
        label: name,
        labelTex: SIGMOID_LEAF_TEX[name],
      }),
    ]),
  ) as Record<SigmoidLeaf, Tensor>;
  const a = leaves.w1.mul(leaves.x1).setLabel('w1·x1', 'w_1 x_1');
  const b = leaves.w2.mul(leaves.x2).setLabel('w2·x2', 'w_2 x_2');
  const s = a.add(b).setLabel('sum', 'w_1 x_1 + w_2 x_2');
  const z = s.add(leaves.w0).setLabel('z', 'z');
  if (fused) return { output: z.sigmoid().setLabel('σ', '\\sigma'), leaves };
  const negZ = z.mul(-1).setLabel('−z', '-z');
  const e = negZ.exp().setLabel('e^−z', 'e^{-z}');
  const d = e.add(1).setLabel('1+e^−z', '1 + e^{-z}');
  return { output: d.reciprocal().setLabel('σ', '\\sigma'), leaves };
}
