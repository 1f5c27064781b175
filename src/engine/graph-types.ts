/**
 * Plain, serialisable descriptions of an engine graph for the UI.
 * This file is the contract between the engine (which produces these) and the components
 * (which draw them). No engine objects appear here: only ids, strings and numbers.
 */

/** A value (tensor) node or an op node of an exported computational graph. */
export interface GraphNode {
  /** Stable id: `v<tensorId>` for values, `o<tensorId>` for the op that produced tensor <tensorId>. */
  id: string;
  /** Values are data (inputs, parameters, intermediates); ops are the gates between them. */
  kind: 'value' | 'op';
  /** Op name from the registry (`mul`, `relu`...) for op nodes and for values an op produced; null for leaves. */
  op: string | null;
  /** Display label: the tensor's human label (`w1`, `ŷ`) for values, the op symbol (`×`, `max(0,·)`) for ops. */
  label: string;
  /** TeX for the label (e.g. `w_1`, `\hat y`); falls back to `label`. */
  labelTex?: string;
  /** Tensor shape ([] for scalars). For op nodes, the shape of the output. */
  shape: number[];
  /** Flattened values (row-major), at most VALUE_PREVIEW_LIMIT entries; empty for op nodes. */
  value: number[];
  /** Flattened gradient after backward, or null when not computed / not required. */
  grad: number[] | null;
  /** Total number of elements (value may be truncated). */
  size: number;
  /** True for leaves (inputs and parameters). */
  isLeaf: boolean;
  /** True when gradients flow to this value. */
  requiresGrad: boolean;
  /** Op nodes: ids of the input value nodes, in argument order. */
  inputs?: string[];
  /** Op nodes: id of the output value node. */
  output?: string;
  /** Op nodes: symbolic local derivative for each input, e.g. `\frac{\partial y}{\partial a} = b`. */
  localGradTex?: string[];
  /** Op nodes: the same with current numbers plugged in, e.g. `\frac{\partial y}{\partial a} = b = 2`. */
  localGradTexNumeric?: string[];
  /** Op nodes: the forward formula, e.g. `y = a \cdot b`. */
  forwardTex?: string;
  /** Op nodes: the generic input names the op's formulas use, e.g. `['a', 'b']`. */
  inputNames?: string[];
}

/** A directed edge: value → op (argument `inputIndex`) or op → value (its output). */
export interface GraphEdge {
  /** Stable edge id (`e<src>-<op>-<i>` or `e<op>-<value>`). */
  id: string;
  /** Id of the node the edge leaves. */
  source: string;
  /** Id of the node the edge enters. */
  target: string;
  /** For value → op edges, the argument position. */
  inputIndex?: number;
}

/** A whole exported graph. */
export interface GraphData {
  /** Value and op nodes, inputs before the ops that use them. */
  nodes: GraphNode[];
  /** Value → op and op → value edges. */
  edges: GraphEdge[];
  /** Id of the value node the graph was exported from (usually the loss). */
  outputId: string;
}

/** One forward step of the step-through: an op computed its output. */
export interface ForwardStep {
  /** Op node id (`o<id>`). */
  opId: string;
  /** Output value node id (`v<id>`). */
  outputId: string;
  /** Op name from the registry. */
  op: string;
  /** Input value node ids in argument order. */
  inputIds: string[];
  /** Output values (flattened, truncated). */
  value: number[];
  /** What the op saved for backward, by name (e.g. `{ name: 'b', value: [2] }`). */
  saved: { name: string; value: number[] }[];
}

/** One backward step: upstream gradient × local gradient → contribution to each input. */
export interface BackwardStep {
  /** Op node id (`o<id>`). */
  opId: string;
  /** Output value node id (`v<id>`). */
  outputId: string;
  /** Op name from the registry. */
  op: string;
  /** Input value node ids in argument order. */
  inputIds: string[];
  /** ∂L/∂output (flattened, truncated). */
  upstream: number[];
  /** Elementwise local derivative ∂output/∂input_i for elementwise ops, or null (e.g. matmul). */
  local: (number[] | null)[];
  /** Contribution added to each input's grad by this step (flattened, truncated); null if input needs no grad. */
  contributions: (number[] | null)[];
  /** Symbolic local derivative TeX, per input. */
  localGradTex: string[];
  /** The same with the current numbers plugged in (scalar inputs), per input. */
  localGradTexNumeric: string[];
}

/** Largest number of entries copied into `value`/`grad` previews. */
export const VALUE_PREVIEW_LIMIT = 64;
