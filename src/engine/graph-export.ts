import type { ForwardStep, GraphData, GraphEdge, GraphNode } from './graph-types';
import { VALUE_PREVIEW_LIMIT } from './graph-types';
import type { FloatArray, OpCtx } from './op-types';
import type { Tensor } from './tensor';
import { topoSort } from './autograd';
import { noGrad } from './grad-mode';

/** Options of exportGraph. */
export interface ExportOpts {
  /** Largest number of entries copied into value/grad previews (default VALUE_PREVIEW_LIMIT). */
  previewLimit?: number;
}

/** The first `limit` entries of a buffer as plain numbers. */
export function preview(data: FloatArray, limit = VALUE_PREVIEW_LIMIT): number[] {
  return Array.from(data.subarray(0, Math.min(limit, data.length)));
}

/** Value-node id of a tensor. */
export const valueId = (t: Tensor): string => `v${t.id}`;

/** Op-node id of the op that produced a tensor. */
export const opId = (t: Tensor): string => `o${t.id}`;

/** Symbolic and numeric local-derivative TeX of the op that produced `t` (numbers only for scalar inputs). */
export function localTex(t: Tensor): { symbolic: string[]; numeric: string[] } {
  const def = t.gradFn!.def;
  const symbolic = def.localGradTex;
  const scalars = t.parents.every((p) => p.size === 1) && t.size === 1;
  const numeric = scalars
    ? def.numericTex(
        t.parents.map((p) => p.data[0]),
        t.data[0],
        t.gradFn!.ctx.attrs,
      )
    : symbolic;
  return { symbolic, numeric };
}

function valueNode(t: Tensor, limit: number): GraphNode {
  return {
    id: valueId(t),
    kind: 'value',
    op: t.op,
    label: t.label ?? `t${t.id}`,
    ...(t.labelTex !== undefined ? { labelTex: t.labelTex } : {}),
    shape: t.shape.slice(),
    value: preview(t.data, limit),
    grad: t.grad ? preview(t.grad.data, limit) : null,
    size: t.size,
    isLeaf: t.gradFn === null,
    requiresGrad: t.requiresGrad,
  };
}

function opNode(t: Tensor): GraphNode {
  const def = t.gradFn!.def;
  const tex = localTex(t);
  return {
    id: opId(t),
    kind: 'op',
    op: def.name,
    label: def.symbol,
    shape: t.shape.slice(),
    value: [],
    grad: null,
    size: t.size,
    isLeaf: false,
    requiresGrad: t.requiresGrad,
    inputs: t.parents.map(valueId),
    output: valueId(t),
    localGradTex: tex.symbolic,
    localGradTexNumeric: tex.numeric,
    forwardTex: def.forwardTex,
    inputNames: def.inputNames.slice(),
  };
}

/** Exports the graph that produced `output` as plain data: value nodes `v<id>`, op nodes `o<id>`, edges. */
export function exportGraph(output: Tensor, opts: ExportOpts = {}): GraphData {
  const limit = opts.previewLimit ?? VALUE_PREVIEW_LIMIT;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const t of topoSort(output)) {
    if (t.gradFn) {
      nodes.push(opNode(t));
      t.parents.forEach((p, i) => {
        edges.push({
          id: `e${p.id}-${opId(t)}-${i}`,
          source: valueId(p),
          target: opId(t),
          inputIndex: i,
        });
      });
      edges.push({ id: `e${opId(t)}-${valueId(t)}`, source: opId(t), target: valueId(t) });
    }
    nodes.push(valueNode(t, limit));
  }
  return { nodes, edges, outputId: valueId(output) };
}

/** Recomputes the graph op by op in topological order and reports each output and what the op saved. */
export function forwardSteps(output: Tensor, opts: ExportOpts = {}): ForwardStep[] {
  const limit = opts.previewLimit ?? VALUE_PREVIEW_LIMIT;
  const steps: ForwardStep[] = [];
  for (const t of topoSort(output)) {
    if (!t.gradFn) continue;
    const { def, ctx } = t.gradFn;
    const fresh: OpCtx = { attrs: ctx.attrs, saved: {}, needsInputGrad: ctx.needsInputGrad };
    const value = noGrad(() => def.forward(t.parents, fresh));
    const saved = def.saves ? def.saves(t.parents, value, fresh) : [];
    steps.push({
      opId: opId(t),
      outputId: valueId(t),
      op: def.name,
      inputIds: t.parents.map(valueId),
      value: preview(value.data, limit),
      saved: saved.map((s) => ({ name: s.name, value: preview(s.value.data, limit) })),
    });
  }
  return steps;
}
