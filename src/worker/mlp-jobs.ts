/**
 * Worker jobs of the MLP lesson: every hidden neuron's activation over a grid of 2-D points
 * (the playground's small heatmaps), and the identity-collapse check (the deep network against
 * the single matrix W_L ⋯ W₁ on test digits).
 */
import {
  applyCollapsed,
  collapseLinear,
  Identity,
  Linear,
  noGrad,
  Tensor,
  type Sequential,
} from '../engine';
import type { SampleSet } from './samples';

/** Hidden activations and output scores over a grid of points. */
export interface GridActivations {
  /** Width of each hidden layer. */
  widths: number[];
  /**
   * Per hidden layer, its outputs after the activation, neuron after neuron (`width * n`: neuron j's
   * value at point i is at `j * n + i`), so each neuron's map is one contiguous run for the page.
   */
  hidden: Float32Array[];
  /** Output scores (logits), point after point (`n * classes`). */
  logits: Float32Array;
}

/** A copy of `rows` × `width` values (row after row) laid out column after column. */
function byNeuron(values: ArrayLike<number>, rows: number, width: number): Float32Array {
  const out = new Float32Array(rows * width);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < width; j++) out[j * rows + i] = values[i * width + j];
  return out;
}

/** Runs `points` (`n * 2` numbers) through the network, keeping each hidden layer's output. */
export function gridActivations(model: Sequential, points: Float32Array): GridActivations {
  if (points.length % 2 !== 0)
    throw new Error(`gridActivations expects x, y pairs, got ${points.length} numbers.`);
  const n = points.length / 2;
  const hidden: Float32Array[] = [];
  const widths: number[] = [];
  const out = noGrad(() => {
    let h = new Tensor(Float32Array.from(points), [n, 2]);
    model.modules.forEach((m, i) => {
      h = m.forward(h);
      const isLast = i === model.modules.length - 1;
      if (!(m instanceof Linear) && !isLast) {
        hidden.push(byNeuron(h.data, n, h.shape[1]));
        widths.push(h.shape[1]);
      }
    });
    return h;
  });
  return { widths, hidden, logits: Float32Array.from(out.data) };
}

/** The deep network against the product of its weight matrices, on test examples. */
export interface CollapseCheck {
  /** True when every activation is the identity (the product then IS the network). */
  isLinearStack: boolean;
  /** Shape [out, in] of the product matrix. */
  shape: [number, number];
  /** Largest |deep − single matrix| over all outputs of the examples. */
  maxDifference: number;
  /** Largest |deep output| (for scale). */
  maxOutput: number;
  /** Examples compared. */
  count: number;
  /** Share of examples where both give the same predicted class. */
  sameClass: number;
}

/** Compares the network with the product of its Linear layers on the first `count` examples of `set`. */
export function collapseCheck(model: Sequential, set: SampleSet, count: number): CollapseCheck {
  const n = Math.max(1, Math.min(count, set.count));
  const x = new Float32Array(n * set.inputSize);
  const labels = new Int32Array(n);
  set.fill(
    Int32Array.from({ length: n }, (_, i) => i),
    x,
    labels,
    null,
  );
  const input = new Tensor(x, [n, set.inputSize]);
  const isLinearStack = model.modules.every((m) => m instanceof Linear || m instanceof Identity);
  const collapsed = collapseLinear(model, { ignoreActivations: true });
  const deep = noGrad(() => model.forward(input)).data;
  const flat = applyCollapsed(collapsed, input).data;
  const c = deep.length / n;
  let maxDifference = 0;
  let maxOutput = 0;
  let same = 0;
  for (let b = 0; b < n; b++) {
    let ad = 0;
    let af = 0;
    for (let j = 0; j < c; j++) {
      const k = b * c + j;
      maxDifference = Math.max(maxDifference, Math.abs(deep[k] - flat[k]));
      maxOutput = Math.max(maxOutput, Math.abs(deep[k]));
      if (deep[k] > deep[b * c + ad]) ad = j;
      if (flat[k] > flat[b * c + af]) af = j;
    }
    if (ad === af) same++;
  }
  const [rows, cols] = collapsed.weight.shape;
  return {
    isLinearStack,
    shape: [rows, cols],
    maxDifference,
    maxOutput,
    count: n,
    sameClass: same / n,
  };
}
