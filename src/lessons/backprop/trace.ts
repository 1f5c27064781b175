/**
 * Runs the engine's step-through on a built graph and keeps what the steppers show: the
 * exported graph after every backward step (the engine's real, partial gradients), and
 * the forward steps. No maths here: only engine calls and bookkeeping for display.
 */
import {
  backwardSteps,
  exportGraph,
  forwardSteps,
  type BackwardStep,
  type ForwardStep,
  type GraphData,
  type Tensor,
} from '../../engine';
import { valueId } from '../../engine';

/** Everything a forward/backward stepper needs, computed once per set of inputs. */
export interface PassTrace {
  /** The graph after the forward pass, before any gradient. */
  valuesGraph: GraphData;
  /** The graph after the whole backward pass. */
  finalGraph: GraphData;
  /** Forward steps in topological order. */
  forward: ForwardStep[];
  /** Backward steps in reverse topological order. */
  backward: BackwardStep[];
  /** backwardGraphs[k] is the graph after k backward steps (k = 0 … backward.length). */
  backwardGraphs: GraphData[];
}

/** Runs forward and backward step by step on `output` (its leaves' grads are reset first). */
export function tracePasses(output: Tensor): PassTrace {
  const forward = forwardSteps(output);
  const valuesGraph = exportGraph(output);
  const backward: BackwardStep[] = [];
  const backwardGraphs: GraphData[] = [valuesGraph];
  for (const step of backwardSteps(output)) {
    backward.push(step);
    backwardGraphs.push(exportGraph(output));
  }
  return {
    valuesGraph,
    finalGraph: backwardGraphs[backwardGraphs.length - 1],
    forward,
    backward,
    backwardGraphs,
  };
}

/**
 * The graph as the forward pass sees it after `done` ops: values of later ops are not known
 * yet (shown empty) and no gradient exists.
 */
export function forwardGraphAt(trace: PassTrace, done: number): GraphData {
  const pending = new Set(trace.forward.slice(done).map((s) => s.outputId));
  return {
    ...trace.valuesGraph,
    nodes: trace.valuesGraph.nodes.map((n) =>
      pending.has(n.id) ? { ...n, value: [], grad: null } : n,
    ),
  };
}

/** The node with `id` in `graph` (value or op), if any. */
export function nodeById(graph: GraphData, id: string) {
  return graph.nodes.find((n) => n.id === id);
}

/** Value-node id of a tensor (`v<id>`), exactly as the engine's exportGraph names it. */
export { valueId };

/** The backward step of the op that produced `t`, if it ran. */
export function backwardStepOf(trace: PassTrace, t: Tensor): BackwardStep | undefined {
  return trace.backward.find((s) => s.outputId === valueId(t));
}

/** Gradient of a leaf after the whole backward pass (first entry), or null. */
export function finalGrad(trace: PassTrace, t: Tensor): number | null {
  return nodeById(trace.finalGraph, valueId(t))?.grad?.[0] ?? null;
}

/** Value of a tensor in the trace (first entry), or null. */
export function finalValue(trace: PassTrace, t: Tensor): number | null {
  return nodeById(trace.finalGraph, valueId(t))?.value[0] ?? null;
}
