/**
 * Long edges for the graph layout. dagre routes an edge that skips k ranks through k − 1 dummy
 * nodes, and its cost grows with the total: a variable used by every operation of a long product
 * (x*x*…*x) needs thousands of dummies and seconds of layout. When a graph's long edges would need
 * more than LONG_EDGE_BUDGET dummies, they are left out of dagre's input (every node keeps its
 * shortest edge, so it is still placed beside a neighbour) and drawn afterwards as arcs over the
 * nodes they pass. Small graphs are laid out exactly as before.
 */
import type { GraphData } from '../../engine/graph-types';

/** Most dummy nodes the long edges may cost before they are drawn as arcs instead. */
export const LONG_EDGE_BUDGET = 40;
/** Gap between the nodes an arc passes and its lowest lane, in SVG units. */
const ARC_GAP = 14;
/** Vertical distance between two arcs' lanes. */
const ARC_STEP = 5;
/** Horizontal run of an arc's rise and fall. */
const ARC_RUN = 14;

/** A point of an edge path. */
export interface Point {
  /** x in SVG units. */
  x: number;
  /** y in SVG units. */
  y: number;
}

/** A node box (centre and size) as the arcs see it. */
export interface Box {
  /** Centre x. */
  x: number;
  /** Centre y. */
  y: number;
  /** Width. */
  w: number;
  /** Height. */
  h: number;
}

/** Ranks as late as possible (each node one rank before its earliest consumer; sinks at 0), by id. */
function lateRanks(graph: GraphData): Map<string, number> {
  const out = new Map<string, string[]>();
  const indegree = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    if (!indegree.has(e.source) || !indegree.has(e.target)) continue;
    const targets = out.get(e.source);
    if (targets) targets.push(e.target);
    else out.set(e.source, [e.target]);
    indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  }
  const order: string[] = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  for (let i = 0; i < order.length; i++) {
    for (const t of out.get(order[i]) ?? []) {
      const d = indegree.get(t)! - 1;
      indegree.set(t, d);
      if (d === 0) order.push(t);
    }
  }
  const rank = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const next = out.get(order[i]) ?? [];
    rank.set(order[i], next.length === 0 ? 0 : Math.min(...next.map((t) => rank.get(t)! - 1)));
  }
  return rank;
}

/**
 * Ids of the edges to draw as arcs: none when the graph's long edges fit LONG_EDGE_BUDGET, else
 * every edge that skips a rank (each node keeps an edge to its earliest consumer).
 */
export function arcEdgeIds(graph: GraphData): Set<string> {
  const rank = lateRanks(graph);
  const long = graph.edges.filter((e) => {
    const a = rank.get(e.source);
    const b = rank.get(e.target);
    return a !== undefined && b !== undefined && b - a > 1;
  });
  const dummies = long.reduce((s, e) => s + rank.get(e.target)! - rank.get(e.source)! - 1, 0);
  return dummies > LONG_EDGE_BUDGET ? new Set(long.map((e) => e.id)) : new Set();
}

/**
 * Points of arcs from the right of each source box to the left of its target box, each on its own
 * lane above every box it passes; shorter arcs get the lower lanes.
 */
export function arcPoints(arcs: { source: Box; target: Box }[], boxes: readonly Box[]): Point[][] {
  const order = arcs
    .map((a, i) => ({ i, span: a.target.x - a.source.x }))
    .sort((p, q) => p.span - q.span);
  const lane = new Map(order.map((p, k) => [p.i, k]));
  return arcs.map(({ source, target }, i) => {
    const start = { x: source.x + source.w / 2, y: source.y };
    const end = { x: target.x - target.w / 2, y: target.y };
    const lo = Math.min(start.x, end.x);
    const hi = Math.max(start.x, end.x);
    let top = Math.min(start.y, end.y);
    for (const b of boxes)
      if (b.x + b.w / 2 > lo && b.x - b.w / 2 < hi) top = Math.min(top, b.y - b.h / 2);
    const y = top - ARC_GAP - ARC_STEP * lane.get(i)!;
    return [start, { x: start.x + ARC_RUN, y }, { x: end.x - ARC_RUN, y }, end];
  });
}
