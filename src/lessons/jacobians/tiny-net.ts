/**
 * The lesson's tiny two-layer network (D = 3 inputs, H = 4 hidden units, C = 2 outputs), built by
 * the engine in float64 from a fixed seed: f = W₁x, g = max(0, f), ŷ = W₂g, L = ½‖ŷ − y‖².
 */
import {
  backwardSteps,
  createRng,
  exportGraph,
  randn,
  tensor,
  type BackwardStep,
  type GraphData,
  type Tensor,
} from '../../engine';

/** Input size. */
export const D = 3;
/** Hidden size. */
export const H = 4;
/** Output size. */
export const C = 2;

const F64 = { dtype: 'float64' as const };

/** Rounds to one decimal so the matrices are readable on a slide. */
function tidy(t: Tensor): Tensor {
  for (let k = 0; k < t.size; k++) t.data[k] = Math.round(t.data[k] * 10) / 10;
  return t;
}

/** The network's tensors after one forward and backward pass. */
export interface TinyNet {
  /** First weight matrix [H, D]. */
  w1: Tensor;
  /** Input [D]. */
  x: Tensor;
  /** Second weight matrix [C, H]. */
  w2: Tensor;
  /** Target [C]. */
  y: Tensor;
  /** Pre-activation f = W₁x [H]. */
  f: Tensor;
  /** Hidden activation g = max(0, f) [H]. */
  g: Tensor;
  /** Prediction ŷ = W₂g [C]. */
  yhat: Tensor;
  /** Loss L = ½‖ŷ − y‖². */
  loss: Tensor;
}

/** Seed whose hidden layer has both active and inactive units (so the ReLU's mask matters). */
export const NET_SEED = 4;

/** Builds the network with gradients filled in (W₁ and W₂ are the parameters). */
export function buildTinyNet(seed = NET_SEED): TinyNet {
  const rng = createRng(seed);
  const w1 = tidy(randn([H, D], rng, { ...F64, requiresGrad: true, label: 'W1', labelTex: 'W_1' }));
  const x = tidy(randn([D], rng, { ...F64, label: 'x' }));
  const w2 = tidy(randn([C, H], rng, { ...F64, requiresGrad: true, label: 'W2', labelTex: 'W_2' }));
  const y = tensor([1, -1], { ...F64, label: 'y' });
  const f = w1.matmul(x).setLabel('f');
  const g = f.relu().setLabel('g');
  const yhat = w2.matmul(g).setLabel('ŷ', '\\hat y');
  const loss = yhat.halfSquaredError(y).setLabel('L');
  loss.backward();
  return { w1, x, w2, y, f, g, yhat, loss };
}

/** A backward pass recorded step by step: graphs[k] is the graph after k steps. */
export interface BackwardTrace {
  /** The engine's backward steps, in order. */
  steps: BackwardStep[];
  /** The exported graph before any step (values only) and after each step. */
  graphs: GraphData[];
}

/** Runs the engine's backward pass from `output` one op at a time, exporting the graph after each. */
export function traceBackward(output: Tensor, seed?: Tensor): BackwardTrace {
  const steps: BackwardStep[] = [];
  const graphs: GraphData[] = [];
  const before = exportGraph(output);
  // NOTE: before the first step only the output's own gradient (the seed) is known.
  graphs.push({
    ...before,
    nodes: before.nodes.map((n) => ({
      ...n,
      grad: n.id === before.outputId && n.size === 1 ? [1] : null,
    })),
  });
  const it = backwardSteps(output, seed);
  let next = it.next();
  while (!next.done) {
    steps.push(next.value);
    graphs.push(exportGraph(output));
    next = it.next();
  }
  return { steps, graphs };
}

/** A tensor's values as rows (a vector becomes a column). */
export function toRows(t: Tensor): number[][] {
  const a = t.toArray();
  if (t.ndim === 2) {
    const cols = t.shape[1];
    return Array.from({ length: t.shape[0] }, (_, r) => a.slice(r * cols, (r + 1) * cols));
  }
  return a.map((v) => [v]);
}
