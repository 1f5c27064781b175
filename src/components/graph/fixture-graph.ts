/**
 * A hand-built GraphData of the lecture's scalar example (x=5, w1=1, w2=2, y=2), for tests only.
 * Derivation: f = w1·x = 5, g = relu(f) = 5, ŷ = w2·g = 10, L = ½(ŷ−y)² = 32;
 * ∂L/∂ŷ = 8, ∂L/∂w2 = g·8 = 40, ∂L/∂g = w2·8 = 16, ∂L/∂f = 16, ∂L/∂w1 = x·16 = 80, ∂L/∂x = w1·16 = 16.
 */
import type { GraphData, GraphEdge, GraphNode } from '../../engine/graph-types';

function value(
  id: string,
  label: string,
  v: number,
  grad: number | null,
  extra: Partial<GraphNode> = {},
): GraphNode {
  return {
    id,
    kind: 'value',
    op: null,
    label,
    shape: [],
    value: [v],
    grad: grad === null ? null : [grad],
    size: 1,
    isLeaf: true,
    requiresGrad: grad !== null,
    ...extra,
  };
}

function op(
  id: string,
  name: string,
  label: string,
  inputs: string[],
  output: string,
  tex: string[],
  numeric: string[],
): GraphNode {
  return {
    id,
    kind: 'op',
    op: name,
    label,
    shape: [],
    value: [],
    grad: null,
    size: 1,
    isLeaf: false,
    requiresGrad: true,
    inputs,
    output,
    localGradTex: tex,
    localGradTexNumeric: numeric,
  };
}

/** The lecture's scalar graph, with gradients (after backward). */
export function scalarLectureGraph(): GraphData {
  const nodes: GraphNode[] = [
    value('v1', 'x', 5, null),
    value('v2', 'w1', 1, 80, { labelTex: 'w_1' }),
    op(
      'o3',
      'mul',
      '×',
      ['v2', 'v1'],
      'v3',
      ['\\frac{\\partial f}{\\partial w_1} = x', '\\frac{\\partial f}{\\partial x} = w_1'],
      ['\\frac{\\partial f}{\\partial w_1} = x = 5', '\\frac{\\partial f}{\\partial x} = w_1 = 1'],
    ),
    value('v3', 'f', 5, 16, { op: 'mul', isLeaf: false }),
    op(
      'o4',
      'relu',
      'max(0,·)',
      ['v3'],
      'v4',
      ['\\frac{\\partial g}{\\partial f} = [f > 0]'],
      ['\\frac{\\partial g}{\\partial f} = [f > 0] = 1'],
    ),
    value('v4', 'g', 5, 16, { op: 'relu', isLeaf: false }),
    value('v5', 'w2', 2, 40, { labelTex: 'w_2' }),
    op(
      'o6',
      'mul',
      '×',
      ['v5', 'v4'],
      'v6',
      [
        '\\frac{\\partial \\hat y}{\\partial w_2} = g',
        '\\frac{\\partial \\hat y}{\\partial g} = w_2',
      ],
      [
        '\\frac{\\partial \\hat y}{\\partial w_2} = g = 5',
        '\\frac{\\partial \\hat y}{\\partial g} = w_2 = 2',
      ],
    ),
    value('v6', 'ŷ', 10, 8, { op: 'mul', isLeaf: false, labelTex: '\\hat y' }),
    value('v7', 'y', 2, null),
    op(
      'o8',
      'halfSquaredError',
      '½‖·‖²',
      ['v6', 'v7'],
      'v8',
      [
        '\\frac{\\partial L}{\\partial \\hat y} = \\hat y - y',
        '\\frac{\\partial L}{\\partial y} = y - \\hat y',
      ],
      [
        '\\frac{\\partial L}{\\partial \\hat y} = \\hat y - y = 8',
        '\\frac{\\partial L}{\\partial y} = y - \\hat y = -8',
      ],
    ),
    value('v8', 'L', 32, 1, { op: 'halfSquaredError', isLeaf: false }),
  ];
  const edges: GraphEdge[] = [];
  for (const n of nodes) {
    if (n.kind !== 'op') continue;
    (n.inputs ?? []).forEach((src, i) =>
      edges.push({ id: `${src}-${n.id}`, source: src, target: n.id, inputIndex: i }),
    );
    if (n.output) edges.push({ id: `${n.id}-${n.output}`, source: n.id, target: n.output });
  }
  return { nodes, edges, outputId: 'v8' };
}

/** A chain graph with `n` value nodes alternating with ops (≈ 2n nodes), for size tests. */
export function chainGraph(n: number, offset = 0): GraphData {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push(value(`v${i}`, `a${i}`, i + offset, i * 2));
    if (i > 0) {
      const o = `o${i}`;
      nodes.push(op(o, 'add', '+', [`v${i - 1}`], `v${i}`, ['1'], ['1 = 1']));
      edges.push(
        { id: `v${i - 1}-${o}`, source: `v${i - 1}`, target: o, inputIndex: 0 },
        { id: `${o}-v${i}`, source: o, target: `v${i}` },
      );
    }
  }
  return { nodes, edges, outputId: `v${n - 1}` };
}
