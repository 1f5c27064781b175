/**
 * The symbolic and automatic steps' engine work on the composition σ(w_k · σ(… σ(w_1 x))): the
 * symbolic derivative's size and value, the engine graph's size, forward-mode passes (one per
 * input) and the one reverse pass.
 */
import { jvp, scalar, topoSort, exportGraph, type GraphData, type Tensor } from '../../engine';
import {
  buildExpression,
  buildGraph,
  countNodes,
  differentiate,
  exprToTex,
  sigmoidChain,
  type ExprNode,
} from '../../engine/expr';

/** Allowed depths. */
export const MIN_DEPTH = 1;
/** Deepest composition shown. */
export const MAX_DEPTH = 6;

/** The point where everything is evaluated: x and the weights w_1…w_6. */
export const POINT = { x: 0.5, w: [1.5, -1.2, 2, -0.9, 1.4, 1.1] };

/** A usable depth and, when the asked one was changed, why. */
export function checkDepth(k: number): { k: number; message: string | null } {
  if (!Number.isFinite(k)) return { k: 3, message: 'The depth must be a number; showing k = 3.' };
  const r = Math.round(k);
  const c = Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, r));
  if (c !== k) return { k: c, message: `Depth k = ${k} is outside 1…6; showing k = ${c}.` };
  return { k: c, message: null };
}

/** Names of the composition's inputs: x, w1, …, wk. */
export function inputNames(k: number): string[] {
  return ['x', ...Array.from({ length: k }, (_, i) => `w${i + 1}`)];
}

/** Values of the inputs at the figure's point. */
export function pointValues(k: number): Record<string, number> {
  const v: Record<string, number> = { x: POINT.x };
  for (let i = 1; i <= k; i++) v[`w${i}`] = POINT.w[i - 1];
  return v;
}

function derivative(ast: ExprNode, name: string): ExprNode {
  const d = differentiate(ast, name);
  if (!d.ok) throw new Error(d.message);
  return d.ast;
}

/** The engine's graph of the composition at the point, after one backward pass. */
export function engineChain(k: number): { output: Tensor; leaves: ReadonlyMap<string, Tensor> } {
  const built = buildExpression(sigmoidChain(k), pointValues(k));
  built.output.backward();
  return built;
}

/** Sizes for one depth. */
export interface DepthSizes {
  /** Depth. */
  k: number;
  /** Nodes of the composition itself. */
  functionNodes: number;
  /** Nodes of the expanded ∂f/∂x. */
  derivativeNodes: number;
  /** Nodes of all k + 1 expanded partial derivatives (the full gradient). */
  gradientNodes: number;
  /** Engine: forward-graph nodes (values and ops) plus one backward step per op. */
  engineNodes: number;
}

/** Sizes of the symbolic derivatives and of the engine's graph at depth k. */
export function depthSizes(k: number): DepthSizes {
  const ast = sigmoidChain(k);
  const partials = inputNames(k).map((n) => countNodes(derivative(ast, n)));
  const order = topoSort(engineChain(k).output);
  const ops = order.filter((t) => t.gradFn).length;
  return {
    k,
    functionNodes: countNodes(ast),
    derivativeNodes: partials[0],
    gradientNodes: partials.reduce((s, n) => s + n, 0),
    engineNodes: order.length + ops,
  };
}

/** The symbolic ∂f/∂x at depth k: its TeX, its value (engine-evaluated) and the engine's gradient. */
export function symbolicAtDepth(k: number): { tex: string; symbolic: number; engine: number } {
  const d = derivative(sigmoidChain(k), 'x');
  const symbolic = buildExpression(d, pointValues(k)).output.item();
  const engine = engineChain(k).leaves.get('x')!.grad!.item();
  return { tex: exprToTex(d), symbolic, engine };
}

/** Per-input derivatives by forward mode (one pass each) and by one reverse pass. */
export interface ModesRun {
  /** Input names. */
  names: string[];
  /** ∂f/∂input from the forward-mode pass seeded on that input. */
  forward: number[];
  /** ∂f/∂input from the single backward pass. */
  reverse: number[];
  /** f at the point. */
  value: number;
  /** The engine's graph after the backward pass. */
  graph: GraphData;
}

/** Runs forward mode once per input and reverse mode once. */
export function modesRun(k: number): ModesRun {
  const names = inputNames(k);
  const values = pointValues(k);
  const ast = sigmoidChain(k);
  const forward = names.map((seed) => {
    const leaves = names.map((n) => scalar(values[n], { dtype: 'float64', requiresGrad: true }));
    const tangents = names.map((n) => (n === seed ? scalar(1, { dtype: 'float64' }) : null));
    const run = jvp(
      (...xs) => buildGraph(ast, new Map(names.map((n, i) => [n, xs[i]]))),
      leaves,
      tangents,
    );
    return run.tangent.item();
  });
  const chain = engineChain(k);
  return {
    names,
    forward,
    reverse: names.map((n) => chain.leaves.get(n)!.grad!.item()),
    value: chain.output.item(),
    graph: exportGraph(chain.output),
  };
}
