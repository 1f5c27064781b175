/** Graphs the graph tests share (not shipped: only *.test.ts import this). */
import { exportGraph, scalar } from '../../engine';

/** The lecture's scalar example, exported by the engine (12 nodes in 8 ranks). */
export function lectureGraph() {
  const w1 = scalar(1, { requiresGrad: true, label: 'w1' });
  const w2 = scalar(2, { requiresGrad: true, label: 'w2' });
  const f = w1.mul(scalar(5, { label: 'x' })).setLabel('f');
  const yHat = w2.mul(f.relu().setLabel('g')).setLabel('ŷ');
  return exportGraph(yHat.halfSquaredError(scalar(2, { label: 'y' })).setLabel('L'));
}
