/**
 * Graph layout: dagre positions nodes, left to right (or top to bottom, for a phone's narrow box);
 * d3 turns edge control points into paths.
 * Layouts are cached on a structure key (see structureKey): node kinds, box sizes (which follow
 * from labels and shapes) and edges by node position. Ids, values and gradients are not in the key,
 * so a new forward pass of the same expression reuses the layout, re-bound to the new ids.
 */
import dagre from '@dagrejs/dagre';
import { curveBasis, line } from 'd3';
import type { GraphData, GraphNode } from '../../engine/graph-types';
import { formatShape } from '../format';
import { arcEdgeIds, arcPoints, type Point } from './long-edges';

/**
 * Sizes below are in SVG units at text scale 1 (value text 14 units high); a layout at text scale
 * k multiplies every text-derived size by k and keeps the gaps, so its text is bigger relative to
 * the drawing (GraphView picks k so that the text is readable at the size the drawing is shown).
 */
/** Approximate glyph width of the node label font, used to size boxes before rendering. */
const CHAR_W = 8.4;
/** Approximate glyph width of the monospace value font. */
const MONO_W = 8.6;
/** Value-node box height (label, value and gradient lines). */
export const VALUE_H = 60;
/** Collapsed value-node box height (one line). */
export const COLLAPSED_H = 34;
/** Room the layout leaves on each input edge for its local-gradient formula. */
export const EDGE_LABEL_W = 150;
/** Height of that room. */
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
  /** Text scale the boxes were sized for (1: value text 14 units high). */
  textScale: number;
  /** Size of the room left on each input edge for its formula. */
  edgeLabel: { w: number; h: number };
  /** Which way the graph flows: left to right, or top to bottom. */
  direction: LayoutDirection;
}

/** Which way a layout flows: 'LR' left to right (the default), 'TB' top to bottom. */
export type LayoutDirection = 'LR' | 'TB';

/** How to lay a graph out, beyond its collapsed or expanded boxes. */
export interface LayoutOptions {
  /** Leave room on input edges for their local-gradient formulas (default false). */
  edgeLabels?: boolean;
  /** Size the boxes for text this many times the default (default 1). */
  textScale?: number;
  /** Which way the graph flows (default 'LR'). */
  direction?: LayoutDirection;
}

/** The collapsed one-line label of a value node: `W1 · 128×784`. */
export function collapsedLabel(node: GraphNode): string {
  return node.shape.length === 0 ? node.label : `${node.label} · ${formatShape(node.shape)}`;
}

/** Radius of an op circle, grown to fit its symbol (text scale k). */
export function opRadius(node: GraphNode, k = 1): number {
  return k * Math.max(17, 7 + (node.label.length * CHAR_W) / 2);
}

function nodeSize(node: GraphNode, collapsed: boolean, k: number): { w: number; h: number } {
  if (node.kind === 'op') {
    const r = opRadius(node, k);
    return { w: 2 * r, h: 2 * r };
  }
  if (collapsed)
    return { w: k * Math.max(64, collapsedLabel(node).length * CHAR_W + 20), h: k * COLLAPSED_H };
  // Scalars fit "−0.123" and "∇ −0.123"; tensors also show their shape and a short preview.
  const valueChars = node.size === 1 ? 8 : formatShape(node.shape).length + 18;
  const w = Math.max(64, node.label.length * CHAR_W + 20, valueChars * MONO_W + 12);
  return { w: k * w, h: k * VALUE_H };
}

/**
 * A string that changes exactly when the layout would: kinds, box sizes and edges, by node
 * POSITION rather than id, so a new forward pass (fresh tensor ids, same expression) reuses the layout.
 */
export function structureKey(
  graph: GraphData,
  collapsed: boolean,
  { edgeLabels = false, textScale = 1, direction = 'LR' }: LayoutOptions = {},
): string {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const nodes = graph.nodes
    .map((n) => {
      const { w, h } = nodeSize(n, collapsed, textScale);
      return `${n.kind}:${Math.round(w)}x${Math.round(h)}`;
    })
    .join('|');
  const edges = graph.edges
    .map((e) => `${index.get(e.source) ?? '?'}>${index.get(e.target) ?? '?'}`)
    .join('|');
  return `${direction}${collapsed ? 'c' : 'e'}${edgeLabels ? 'L' : ''}${textScale}#${nodes}#${edges}`;
}

const edgePath = line<{ x: number; y: number }>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveBasis);

/** Top margin kept above the highest arc. */
const MARGIN = 8;

/** dagre's routing of one edge: its points, and the centre of its label room if it has one. */
interface DagreEdge {
  points: Point[];
  label?: { x: number; y: number };
}

/**
 * Runs dagre on the graph without the `arcs` edges; `edgeLabels` leaves room on input edges for
 * their formulas. Returns node boxes and dagre's edge routes.
 */
function runDagre(
  graph: GraphData,
  collapsed: boolean,
  arcs: ReadonlySet<string>,
  edgeLabels: boolean,
  k: number,
  direction: LayoutDirection,
) {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: direction,
    nodesep: edgeLabels ? 10 : 16,
    ranksep: edgeLabels ? 14 : 28,
    edgesep: 8,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) {
    const { w, h } = nodeSize(n, collapsed, k);
    g.setNode(n.id, { width: w, height: h });
  }
  const known = new Set(graph.nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => known.has(e.source) && known.has(e.target));
  for (const e of edges) {
    if (arcs.has(e.id)) continue;
    const room = edgeLabels && e.inputIndex !== undefined;
    const label = room ? { width: k * EDGE_LABEL_W, height: k * EDGE_LABEL_H, labelpos: 'c' } : {};
    g.setEdge(e.source, e.target, label, e.id);
  }
  dagre.layout(g);
  const nodes: LaidNode[] = graph.nodes.map((n) => {
    const p = g.node(n.id);
    return { id: n.id, kind: n.kind, x: p.x, y: p.y, w: p.width, h: p.height };
  });
  const routes = new Map<string, DagreEdge>();
  for (const e of edges) {
    if (arcs.has(e.id)) continue;
    const laid = g.edge(e.source, e.target, e.id);
    const route: DagreEdge = { points: laid?.points ?? [] };
    if (laid?.width && laid.x !== undefined && laid.y !== undefined)
      route.label = { x: laid.x, y: laid.y };
    routes.set(e.id, route);
  }
  const size = g.graph();
  return { nodes, edges, routes, width: size.width ?? 1, height: size.height ?? 1 };
}

/**
 * Run dagre on a graph (no cache); long edges of a large graph become arcs (see long-edges.ts).
 * Arcs are drawn over a left-to-right layout, so a top-to-bottom layout routes every edge through
 * dagre (use it for small graphs only).
 */
export function computeLayout(
  graph: GraphData,
  collapsed: boolean,
  { edgeLabels = false, textScale = 1, direction = 'LR' }: LayoutOptions = {},
): GraphLayout {
  const arcs = direction === 'LR' ? arcEdgeIds(graph) : new Set<string>();
  const laid = runDagre(graph, collapsed, arcs, edgeLabels, textScale, direction);
  const byId = new Map(laid.nodes.map((n) => [n.id, n]));
  const arcEdges = laid.edges.filter((e) => arcs.has(e.id));
  const arcPaths = arcPoints(
    arcEdges.map((e) => ({ source: byId.get(e.source)!, target: byId.get(e.target)! })),
    laid.nodes,
  );
  arcEdges.forEach((e, i) => laid.routes.set(e.id, { points: arcPaths[i] }));
  // NOTE: arcs may rise above dagre's top margin: shift everything down to make room.
  const top = Math.min(MARGIN, ...arcPaths.flatMap((pts) => pts.map((p) => p.y)));
  const dy = MARGIN - top;
  const nodes = laid.nodes.map((n) => ({ ...n, y: n.y + dy }));
  const edges: LaidEdge[] = laid.edges.map((e) => {
    const route = laid.routes.get(e.id);
    const pts = (route?.points ?? []).map((p: Point) => ({ x: p.x, y: p.y + dy }));
    const edge: LaidEdge = { id: e.id, source: e.source, target: e.target, d: edgePath(pts) ?? '' };
    if (route?.label) edge.label = { x: route.label.x, y: route.label.y + dy };
    return edge;
  });
  return {
    nodes,
    byId: new Map(nodes.map((n) => [n.id, n])),
    edges,
    width: Math.max(1, laid.width),
    height: Math.max(1, laid.height + dy),
    textScale,
    edgeLabel: { w: textScale * EDGE_LABEL_W, h: textScale * EDGE_LABEL_H },
    direction,
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
export function layoutGraph(
  graph: GraphData,
  collapsed: boolean,
  options: LayoutOptions = {},
): GraphLayout {
  const key = structureKey(graph, collapsed, options);
  const hit = cache.get(key);
  if (hit) return rebind(hit, graph);
  const laid = computeLayout(graph, collapsed, options);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, laid);
  return laid;
}
