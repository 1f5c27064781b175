/** Layer shapes and parameter counts of f = W₂ max(0, W₁x) (and the 3-layer form), computed from engine models. */
import { createRng, Linear, mlp } from '../../engine';

/** One layer's matrix and its counts. */
export interface LayerCount {
  /** TeX name of the matrix, e.g. W_1. */
  name: string;
  /** Rows (outputs). */
  rows: number;
  /** Columns (inputs). */
  cols: number;
  /** rows × cols. */
  weights: number;
  /** rows (one bias per output). */
  biases: number;
}

/** Counts of a whole network. */
export interface NetworkCount {
  /** Per layer, input side first. */
  layers: LayerCount[];
  /** Sum of the weights (the lecture's count, no biases). */
  weights: number;
  /** Weights plus biases. */
  withBiases: number;
}

/** Builds the engine's MLP [D, H(, H), C] and reads its parameter tensors' shapes and sizes. */
export function countParameters(d: number, h: number, c: number, isDeep: boolean): NetworkCount {
  const sizes = isDeep ? [d, h, h, c] : [d, h, c];
  const net = mlp(sizes, { activation: 'relu', rng: createRng(0) });
  const linears = net.modules.filter((m): m is Linear => m instanceof Linear);
  const layers = linears.map((l, i) => ({
    name: `W_${i + 1}`,
    rows: l.weight.shape[0],
    cols: l.weight.shape[1],
    weights: l.weight.size,
    biases: l.bias?.size ?? 0,
  }));
  const weights = layers.reduce((s, l) => s + l.weights, 0);
  const withBiases = net.parameters().reduce((s, p) => s + p.size, 0);
  return { layers, weights, withBiases };
}
