/** Text for graph nodes: display lines and accessible names. */
import type { BackwardStep, ForwardStep, GraphNode } from '../../engine/graph-types';
import { formatShape, formatTexNumber, formatValues } from '../format';

/**
 * The step the graph highlights. `{ kind: 'backward', ...backwardStep }` (a spread engine step)
 * also carries upstream/local/contributions, which the formula panel shows as numbers.
 */
export type GraphStep =
  | ({ kind: 'forward'; opId: string } & Partial<Omit<ForwardStep, 'opId'>>)
  | ({ kind: 'backward'; opId: string } & Partial<Omit<BackwardStep, 'opId'>>);

/** The value line of a value node: a number, or a short vector preview with its shape. */
export function valueText(node: GraphNode): string {
  if (node.value.length === 0) return '?';
  if (node.size === 1) return formatValues(node.value, node.size);
  return `${formatShape(node.shape)} ${formatValues(node.value, node.size, 2)}`;
}

/** The gradient line of a value node, or null when there is none. */
export function gradText(node: GraphNode): string | null {
  if (!node.grad) return null;
  return `∇ ${formatValues(node.grad, node.size, node.size === 1 ? 1 : 2)}`;
}

/** The node's accessible name, e.g. "value w1 = 1, gradient 80" or "operation × (mul): inputs w1, x; output f". */
export function nodeAriaLabel(
  byId: ReadonlyMap<string, GraphNode>,
  node: GraphNode,
  showGrads: boolean,
): string {
  if (node.kind === 'op') {
    const name = (id: string) => byId.get(id)?.label ?? id;
    const ins = (node.inputs ?? []).map(name).join(', ');
    const out = node.output ? `; output ${name(node.output)}` : '';
    return `operation ${node.label} (${node.op ?? 'op'}): inputs ${ins || 'none'}${out}`;
  }
  if (node.value.length === 0) return `value ${node.label}, not computed yet`;
  const val =
    node.size === 1
      ? `= ${formatValues(node.value, 1)}`
      : `, shape ${formatShape(node.shape)}, values ${formatValues(node.value, node.size)}`;
  const grad = showGrads && node.grad ? `, gradient ${formatValues(node.grad, node.size)}` : '';
  return `value ${node.label} ${val}${grad}`;
}

/** `upstream 8 × local 2 = 16` as TeX for input i of a backward step, or null when not elementwise. */
export function chainProductTex(step: GraphStep, i: number): string | null {
  if (step.kind !== 'backward' || !step.upstream || !step.local || !step.contributions) return null;
  const local = step.local[i];
  const contrib = step.contributions[i];
  if (
    !local ||
    !contrib ||
    local.length === 0 ||
    step.upstream.length === 0 ||
    contrib.length === 0
  )
    return null;
  const n = formatTexNumber;
  const more = step.upstream.length > 1 ? ' \\ldots' : '';
  return `\\text{upstream } ${n(step.upstream[0])} \\times \\text{local } ${n(local[0])} = ${n(contrib[0])}${more}`;
}
