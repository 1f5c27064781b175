/** Engine-made graphs for the gallery: the lecture's scalar example step by step, a ~50-node graph, a tensor MLP. */
import {
  backwardSteps,
  createRng,
  exportGraph,
  forwardSteps,
  mlp,
  scalar,
  tensor,
  type GraphData,
  type Tensor,
} from '../engine';
import type { GraphStep } from '../components';
import { MNIST_PIXELS } from '../data';

/** One frame of a step-through: the graph as it is after the step, and the step itself. */
export interface GraphFrame {
  /** Graph with the values/gradients known at this point. */
  graph: GraphData;
  /** The step just taken (none for the initial frame). */
  step?: GraphStep;
  /** One sentence describing the frame. */
  caption: string;
}

/** The lecture's example: f = w1·x, g = relu(f), ŷ = w2·g, L = ½(ŷ − y)², x=5, w1=1, w2=2, y=2. */
export function lectureLoss(): Tensor {
  const x = scalar(5, { label: 'x' });
  const w1 = scalar(1, { requiresGrad: true, label: 'w1', labelTex: 'w_1' });
  const w2 = scalar(2, { requiresGrad: true, label: 'w2', labelTex: 'w_2' });
  const y = scalar(2, { label: 'y' });
  const f = w1.mul(x).setLabel('f');
  const g = f.relu().setLabel('g');
  const yHat = w2.mul(g).setLabel('ŷ', '\\hat y');
  return yHat.halfSquaredError(y).setLabel('L');
}

/** Give the engine's unlabelled intermediates (`t<id>`) readable names, in graph order. */
export function nameIntermediates(graph: GraphData, names: string[]): GraphData {
  let k = 0;
  const nodes = graph.nodes.map((n) =>
    n.kind === 'value' && /^t\d+$/.test(n.label) && k < names.length
      ? { ...n, label: names[k++] }
      : n,
  );
  return { ...graph, nodes };
}

/** Names of the intermediates of ½(ŷ − y)², in the order the engine creates them. */
const LOSS_PARTS = ['ŷ−y', '(ŷ−y)²', 'Σ(ŷ−y)²'];

/** Hide values not computed yet (forward frames) and all gradients. */
function maskForward(graph: GraphData, known: Set<string>): GraphData {
  return {
    ...graph,
    nodes: graph.nodes.map((n) =>
      n.kind === 'value'
        ? { ...n, grad: null, value: n.isLeaf || known.has(n.id) ? n.value : [] }
        : n,
    ),
  };
}

/** Frames: inputs only, each forward op, then each backward op (gradients accumulate as in backward()). */
export function lectureFrames(): GraphFrame[] {
  const loss = lectureLoss();
  const full = nameIntermediates(exportGraph(loss), LOSS_PARTS);
  const frames: GraphFrame[] = [
    {
      graph: maskForward(full, new Set()),
      caption: 'Inputs and parameters are known; nothing is computed yet.',
    },
  ];
  const known = new Set<string>();
  for (const s of forwardSteps(loss)) {
    known.add(s.outputId);
    frames.push({
      graph: maskForward(full, known),
      step: { ...s, kind: 'forward' },
      caption: `Forward: ${s.op} computes its output.`,
    });
  }
  for (const s of backwardSteps(loss)) {
    frames.push({
      graph: nameIntermediates(exportGraph(loss), LOSS_PARTS),
      step: { ...s, kind: 'backward' },
      caption: `Backward: ${s.op} multiplies upstream by its local derivative.`,
    });
  }
  return frames;
}

/** A ~58-node scalar graph: L = ½(relu(Σ wᵢxᵢ) − y)² with 8 terms summed pairwise, values from a seeded generator. */
export function benchLoss(seed: number): Tensor {
  const rng = createRng(seed);
  let level: Tensor[] = [];
  for (let i = 1; i <= 8; i++) {
    const x = scalar(rng.next(), { label: `x${i}` });
    const w = scalar(0.2 + Math.abs(rng.normal()), {
      requiresGrad: true,
      label: `w${i}`,
      labelTex: `w_{${i}}`,
    });
    level.push(w.mul(x).setLabel(`p${i}`));
  }
  for (let depth = 1; level.length > 1; depth++) {
    level = level.flatMap((t, i) =>
      i % 2 === 0 ? [t.add(level[i + 1]).setLabel(`s${depth}.${i / 2 + 1}`)] : [],
    );
  }
  const h = level[0].relu().setLabel('h');
  return h.halfSquaredError(scalar(0.5, { label: 'y' })).setLabel('L');
}

/** `count` variants of the bench graph (same structure, new values and gradients). */
export function benchGraphs(count: number): GraphData[] {
  const out: GraphData[] = [];
  for (let k = 0; k < count; k++) {
    const loss = benchLoss(1000 + k);
    loss.backward();
    out.push(nameIntermediates(exportGraph(loss), ['h−y', '(h−y)²', 'Σ(h−y)²']));
  }
  return out;
}

/** A 784-128-10 ReLU MLP on a seeded batch of 4, softmax cross-entropy, after backward: the tensor graph. */
export function mlpGraph(): GraphData {
  const rng = createRng(7);
  const model = mlp([MNIST_PIXELS, 128, 10], { activation: 'relu', rng });
  ['W1', 'b1', 'W2', 'b2'].forEach((name, i) =>
    model.parameters()[i]?.setLabel(name, `${name[0]}_${name[1]}`),
  );
  const x = tensor(
    Array.from({ length: 4 * MNIST_PIXELS }, () => rng.next()),
    { shape: [4, MNIST_PIXELS], label: 'X' },
  );
  const loss = model.forward(x).softmaxCrossEntropy([3, 1, 4, 1]).setLabel('L');
  loss.backward();
  return nameIntermediates(exportGraph(loss), ['Z1', 'H1', 'Z2']);
}
