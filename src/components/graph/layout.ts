/**
 * Graph layout: dagre (rankdir LR) positions nodes; d3 turns edge control points into paths.
 * Layouts are cached on the graph's structure (ids, labels, shapes, edges), so new values or
 * gradients never re-layout.
 */
import dagre from '@dagrejs/dagre';
import { curveBasis, line } from 'd3';
import type { GraphData, GraphNode } from '../../engine/graph-types';
import { formatShape } from '../format';

/** Approximate glyph width (px) of the node label font, used to size boxes before rendering. */
const CHAR_W = 8.4;
/** Approximate glyph width (px) of the monospace value font. */
const MONO_W = 8.6;
/** Value-node box height (label, value and gradient lines). */
export const VALUE_H = 60;
/** Collapsed value-node box height (one line). */
export const COLLAPSED_H = 34;
/** Room the layout leaves on each input edge for its local-gradient formula (px). */
export const EDGE_LABEL_W = 150;
/** Height of that room (px). */
export const EDGE_LABEL_H = 24;

/** A positioned node (centre x/y, box w/h). */
export interface LaidNode {
  /** Node id from the graph. */
  id: string;
  /** Value or op. */
  kind: 'value' | 'op';
  /** Centre x. */
  x: number;
  /** Centre y. */
  y: number;
  /** Box width (ops: 2 × radius). */
  w: number;
  /** Box height (ops: 2 × radius). */
  h: number;
}

/** A routed edge with its SVG path. */
export interface LaidEdge {
  /** Edge id from the graph. */
  id: string;
  /** Source node id. */
  source: string;
  /** Target node id. */
  target: string;
  /** SVG path data. */
  d: string;
  /** Centre of the room left for the edge's formula (input edges, when labels are laid out). */
  label?: { x: number; y: number };
}

/** A complete layout in SVG user units. */
export interface GraphLayout {
  /** Positioned nodes, in graph order. */
  nodes: LaidNode[];
  /** Node positions by id. */
  byId: Map<string, LaidNode>;
  /** Routed edges. */
  edges: LaidEdge[];
  /** Total width. */
  width: number;
  /** Total height. */
  height: number;
}

/** The collapsed one-line label of a value node: `W1 · 128×784`. */
export function collapsedLabel(node: GraphNode): string {
  return node.shape.length === 0 ? node.label : `${node.label} · ${formatShape(node.shape)}`;
}

/** Radius of an op circle, grown to fit its symbol. */
export function opRadius(node: GraphNode): number {
  return Math.max(17, 7 + (node.label.length * CHAR_W) / 2);
}

function nodeSize(node: GraphNode, collapsed: boolean): { w: number; h: number } {
  if (node.kind === 'op') {
    const r = opRadius(node);
    return { w: 2 * r, h: 2 * r };
  }
  if (collapsed)
    return { w: Math.max(64, collapsedLabel(node).length * CHAR_W + 20), h: COLLAPSED_H };
  // Scalars fit "−0.123" and "∇ −0.123"; tensors also show their shape and a short preview.
  const valueChars = node.size === 1 ? 8 : formatShape(node.shape).length + 18;
  return { w: Math.max(64, node.label.length * CHAR_W + 20, valueChars * MONO_W + 12), h: VALUE_H };
}

/**
 * A string that changes exactly when the layout would: kinds, box sizes and edges, by node
 * POSITION rather than id, so a new forward pass (fresh tensor ids, same expression) reuses the layout.
 */
export function structureKey(graph: GraphData, collapsed: boolean, edgeLabels = false): string {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const nodes = graph.nodes
    .map((n) => {
      const { w, h } = nodeSize(n, collapsed);
      return `${n.kind}:${Math.round(w)}x${Math.round(h)}`;
    })
    .join('|');
  const edges = graph.edges
    .map((e) => `${index.get(e.source) ?? '?'}>${index.get(e.target) ?? '?'}`)
    .join('|');
  return `${collapsed ? 'c' : 'e'}${edgeLabels ? 'L' : ''}#${nodes}#${edges}`;
}

const edgePath = line<{ x: number; y: number }>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveBasis);

/** Run dagre on a graph (no cache); `edgeLabels` leaves room on input edges for their formulas. */
export function computeLayout(
  graph: GraphData,
  collapsed: boolean,
  edgeLabels = false,
): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: 'LR',
    nodesep: edgeLabels ? 10 : 16,
    ranksep: edgeLabels ? 14 : 28,
    edgesep: 8,
    marginx: 8,
    marginy: 8,
  });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) {
    const { w, h } = nodeSize(n, collapsed);
    g.setNode(n.id, { width: w, height: h });
  }
  const known = new Set(graph.nodes.map((n) => n.id));
  for (const e of graph.edges)
    if (known.has(e.source) && known.has(e.target)) {
      const room = edgeLabels && e.inputIndex !== undefined;
      const label = room ? { width: EDGE_LABEL_W, height: EDGE_LABEL_H, labelpos: 'c' } : {};
      g.setEdge(e.source, e.target, label, e.id);
    }
  dagre.layout(g);
  const nodes: LaidNode[] = graph.nodes.map((n) => {
    const p = g.node(n.id);
    return { id: n.id, kind: n.kind, x: p.x, y: p.y, w: p.width, h: p.height };
  });
  const edges: LaidEdge[] = graph.edges
    .filter((e) => known.has(e.source) && known.has(e.target))
    .map((e) => {
      const laid = g.edge(e.source, e.target, e.id);
      const pts = laid?.points ?? [];
      const edge: LaidEdge = {
        id: e.id,
        source: e.source,
        target: e.target,
        d: edgePath(pts) ?? '',
      };
      if (laid?.width && laid.x !== undefined && laid.y !== undefined)
        edge.label = { x: laid.x, y: laid.y };
      return edge;
    });
  const size = g.graph();
  return {
    nodes,
    byId: new Map(nodes.map((n) => [n.id, n])),
    edges,
    width: Math.max(1, size.width ?? 1),
    height: Math.max(1, size.height ?? 1),
  };
}

const CACHE_LIMIT = 32;
const cache = new Map<string, GraphLayout>();

/** Re-key a cached layout to this graph's ids (same structure, maybe new ids). */
function rebind(laid: GraphLayout, graph: GraphData): GraphLayout {
  if (laid.nodes.every((n, i) => n.id === graph.nodes[i]?.id)) return laid;
  const nodes = laid.nodes.map((n, i) => ({ ...n, id: graph.nodes[i].id }));
  const edges = laid.edges.map((e, i) => ({
    ...e,
    id: graph.edges[i].id,
    source: graph.edges[i].source,
    target: graph.edges[i].target,
  }));
  return { ...laid, nodes, edges, byId: new Map(nodes.map((n) => [n.id, n])) };
}

/** The layout of a graph, cached on its structure key (values, gradients and tensor ids do not matter). */
export function layoutGraph(graph: GraphData, collapsed: boolean, edgeLabels = false): GraphLayout {
  const key = structureKey(graph, collapsed, edgeLabels);
  const hit = cache.get(key);
  if (hit) return rebind(hit, graph);
  const laid = computeLayout(graph, collapsed, edgeLabels);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, laid);
  return laid;
}
