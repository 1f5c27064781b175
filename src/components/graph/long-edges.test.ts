import { describe, expect, it } from 'vitest';
import { exportGraph, type GraphData } from '../../engine';
import { evaluateExpression } from '../../engine/expr';
import { computeLayout } from './layout';
import { arcEdgeIds, arcPoints, LONG_EDGE_BUDGET, type Box } from './long-edges';

function graphOf(source: string): GraphData {
  const result = evaluateExpression(source, { x: 0.5, y: 2, w1: 1, w2: 2 });
  if (!result.ok) throw new Error(result.error.message);
  return exportGraph(result.output);
}

describe('long edges', () => {
  it('leaves small graphs to dagre alone (no arcs)', () => {
    expect(arcEdgeIds(graphOf('0.5*(w2*relu(w1*x) - y)^2')).size).toBe(0);
    expect(arcEdgeIds(graphOf('x*x*x')).size).toBe(0);
  });

  it('draws the far uses of a fanned-out variable as arcs once they would cost too many dummies', () => {
    const n = 20;
    const graph = graphOf(
      Array(n + 1)
        .fill('x')
        .join('*'),
    );
    const arcs = arcEdgeIds(graph);
    // x feeds all n products; its use by the first is a short edge, the other n − 1 skip ranks.
    expect(arcs.size).toBe(n - 1);
    const x = graph.nodes.find((node) => node.label === 'x')!;
    for (const id of arcs) expect(graph.edges.find((e) => e.id === id)?.source).toBe(x.id);
    expect(LONG_EDGE_BUDGET).toBeLessThan(2 * (n - 1) * (n - 1));
  });

  it('puts each arc on its own lane above every box it passes, shorter arcs lower', () => {
    const boxes: Box[] = [0, 100, 200, 300].map((x) => ({ x, y: 50, w: 40, h: 20 }));
    const [near, far] = arcPoints(
      [
        { source: boxes[0], target: boxes[2] },
        { source: boxes[0], target: boxes[3] },
      ],
      boxes,
    );
    expect(near[0]).toEqual({ x: 20, y: 50 });
    expect(near.at(-1)).toEqual({ x: 180, y: 50 });
    expect(near[1].y).toBeLessThan(40);
    expect(far[1].y).toBeLessThan(near[1].y);
  });

  it('lays out a 60-operation fan without overlapping nodes, arcs inside the drawing', () => {
    const graph = graphOf(Array(61).fill('x').join('*'));
    const layout = computeLayout(graph, false);
    expect(layout.edges).toHaveLength(graph.edges.length);
    expect(layout.edges.every((e) => e.d.startsWith('M'))).toBe(true);
    for (const p of layout.nodes) {
      expect(p.y - p.h / 2).toBeGreaterThanOrEqual(0);
      expect(p.y + p.h / 2).toBeLessThanOrEqual(layout.height);
    }
    const ys = layout.edges.flatMap((e) =>
      [...e.d.matchAll(/[-\d.]+,([-\d.]+)/g)].map((m) => Number(m[1])),
    );
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    for (const p of layout.nodes)
      for (const q of layout.nodes) {
        if (p === q) continue;
        const overlap =
          Math.abs(p.x - q.x) < (p.w + q.w) / 2 && Math.abs(p.y - q.y) < (p.h + q.h) / 2;
        expect(overlap).toBe(false);
      }
  });
});
