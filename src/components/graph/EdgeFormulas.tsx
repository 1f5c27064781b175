/**
 * Local gradients written on the graph's edges: for each visited op, each input edge that
 * carries a gradient gets its `∂out/∂in = symbol = number` in KaTeX, in the room the layout left.
 */
import { memo } from 'react';
import type { GraphData } from '../../engine/graph-types';
import { Tex } from '../Tex';
import type { GraphLayout } from './layout';
import { edgeLocalTex } from './local-tex';

/** Props of {@link EdgeFormulas}. */
export interface EdgeFormulasProps {
  /** The graph (names, values and local derivatives). */
  graph: GraphData;
  /** Its layout, laid out with room for edge labels. */
  layout: GraphLayout;
  /** Ids of the ops whose input edges get their formula. */
  opIds: readonly string[];
}

/** One formula per labelled input edge of the given ops; inputs without a gradient get none. */
function EdgeFormulasImpl({ graph, layout, opIds }: EdgeFormulasProps) {
  const ops = new Set(opIds);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const graphEdges = new Map(graph.edges.map((e) => [e.id, e]));
  return (
    <g className="cr-graph-edgetexs" data-testid="edge-formulas">
      {layout.edges.map((e) => {
        const source = graphEdges.get(e.id);
        const op = byId.get(e.target);
        const input = byId.get(e.source);
        if (!e.label || !ops.has(e.target) || !op || !input?.requiresGrad) return null;
        const tex = edgeLocalTex(graph, op, source?.inputIndex ?? 0);
        if (!tex) return null;
        return (
          <foreignObject
            key={e.id}
            x={e.label.x - layout.edgeLabel.w / 2}
            y={e.label.y - layout.edgeLabel.h / 2}
            width={layout.edgeLabel.w}
            height={layout.edgeLabel.h}
            className="cr-graph-edgetex-box"
          >
            <div className="cr-graph-edgetex" data-testid="edge-formula">
              <Tex tex={tex} />
            </div>
          </foreignObject>
        );
      })}
    </g>
  );
}

/** Edge formulas re-render only when the graph, layout or visited ops change. */
export const EdgeFormulas = memo(EdgeFormulasImpl);
