import { describe, expect, it } from 'vitest';
import { exportGraph, scalar } from '../../engine';
import { MAX_DOWNWARD_NODES, NARROW_BOX_PX, pickDirection, shouldTryDownward } from './direction';
import { computeLayout } from './layout';
import { lectureGraph } from './test-graphs';

/** A sum of many products: more nodes than a downward strip is used for. */
function longSum() {
  let sum = scalar(0, { label: 's' });
  for (let i = 0; i < 20; i++) sum = sum.add(scalar(i, { label: `a${i}` }).mul(scalar(2)));
  return exportGraph(sum);
}

const graph = lectureGraph();
const lr = computeLayout(graph, false, { edgeLabels: true });
const tb = computeLayout(graph, false, { edgeLabels: true, direction: 'TB' });
const phone = { width: 325, fontPx: 16, minTextEm: 0 };

describe('graph direction', () => {
  it('lays the same graph out top to bottom: narrower and taller than left to right', () => {
    expect(tb.direction).toBe('TB');
    expect(lr.direction).toBe('LR');
    expect(tb.width).toBeLessThan(lr.width);
    expect(tb.height).toBeGreaterThan(lr.height);
    // Every edge still runs from its source's rank to its target's: downwards, not sideways.
    for (const e of graph.edges) {
      expect(tb.byId.get(e.target)!.y).toBeGreaterThan(tb.byId.get(e.source)!.y);
      expect(lr.byId.get(e.target)!.x).toBeGreaterThan(lr.byId.get(e.source)!.x);
    }
  });

  it('tries a downward layout only in a narrow box the left-to-right drawing overflows', () => {
    expect(shouldTryDownward(graph, phone, lr, 0.85, undefined)).toBe(true);
    expect(shouldTryDownward(graph, { ...phone, width: NARROW_BOX_PX }, lr, 0.85, undefined)).toBe(
      false,
    );
    // A box wide enough to show the drawing at the minimum scale keeps it left to right.
    expect(shouldTryDownward(graph, { ...phone, width: lr.width }, lr, 0.85, undefined)).toBe(
      false,
    );
    // A fixed height, a presenter's text size, or a long graph keep left to right too.
    expect(shouldTryDownward(graph, phone, lr, 0.85, 300)).toBe(false);
    expect(shouldTryDownward(graph, { ...phone, minTextEm: 1.2 }, lr, 0.85, undefined)).toBe(false);
    const long = longSum();
    expect(long.nodes.length).toBeGreaterThan(MAX_DOWNWARD_NODES);
    const longLr = computeLayout(long, false);
    expect(shouldTryDownward(long, phone, longLr, 0.85, undefined)).toBe(false);
  });

  it('picks the downward layout only when it is narrower', () => {
    expect(pickDirection(lr, tb)).toBe(tb);
    expect(pickDirection(lr, null)).toBe(lr);
    expect(pickDirection(tb, lr)).toBe(tb);
  });
});
