/** Small helpers that turn engine numbers and graph nodes into TeX for the lesson's formulas. */
import type { GraphData } from '../../engine';
import { formatTexNumber } from '../../components/format';

/** A number as compact TeX (the components' formatTexNumber); `?` when there is none yet. */
export function texNum(v: number | null | undefined): string {
  return v === null || v === undefined ? '?' : formatTexNumber(v);
}

/** The TeX label of a graph node (falls back to its plain label, then its id). */
export function nodeTex(graph: GraphData, id: string): string {
  const n = graph.nodes.find((m) => m.id === id);
  if (!n) return `\\text{${id}}`;
  return n.labelTex ?? `\\text{${n.label}}`;
}

/** The plain label of a graph node. */
export function nodeLabel(graph: GraphData, id: string): string {
  return graph.nodes.find((m) => m.id === id)?.label ?? id;
}

/** `\frac{\partial L}{\partial <tex>}`; `top` replaces L for graphs whose output is not a loss. */
export function dL(tex: string, top = 'L'): string {
  return `\\frac{\\partial ${top}}{\\partial ${tex}}`;
}
