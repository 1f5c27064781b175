import { describe, expect, it } from 'vitest';
import { structureKey } from '../components';
import { benchGraphs, lectureFrames, mlpGraph } from './graph-data';

describe('gallery graph data', () => {
  it('lecture frames end with the lecture gradients (∂L/∂w1 = 5·1·2·8 = 80, ∂L/∂w2 = 5·8 = 40)', () => {
    const frames = lectureFrames();
    const last = frames[frames.length - 1].graph;
    const byLabel = (l: string) => last.nodes.find((n) => n.kind === 'value' && n.label === l)!;
    expect(byLabel('w1').grad).toEqual([80]);
    expect(byLabel('w2').grad).toEqual([40]);
    expect(frames[0].graph.nodes.find((n) => n.label === 'f')!.value).toEqual([]);
    const fwd = frames.filter((f) => f.step?.kind === 'forward').length;
    expect(fwd).toBeGreaterThanOrEqual(4);
    expect(frames.filter((f) => f.step?.kind === 'backward')).toHaveLength(fwd);
  });

  it('bench graphs have ~50 nodes and one structure', () => {
    const gs = benchGraphs(2);
    expect(gs[0].nodes.length).toBeGreaterThanOrEqual(45);
    expect(gs[0].nodes.length).toBeLessThanOrEqual(60);
    expect(structureKey(gs[0], false)).toBe(structureKey(gs[1], false));
    expect(gs[0].nodes.map((n) => n.value[0])).not.toEqual(gs[1].nodes.map((n) => n.value[0]));
  });

  it('the MLP graph carries tensor shapes', () => {
    const g = mlpGraph();
    expect(g.nodes.find((n) => n.label === 'W1')!.shape).toEqual([128, 784]);
  });
});

describe('bench graph gradients', () => {
  it('keeps the relu active so every weight gets a non-zero gradient (positive wᵢ, xᵢ ∈ [0, 1))', () => {
    const g = benchGraphs(3)[2];
    const weights = g.nodes.filter((n) => /^w\d$/.test(n.label));
    expect(weights).toHaveLength(8);
    for (const w of weights) expect(Math.abs(w.grad![0])).toBeGreaterThan(0);
  });
});
