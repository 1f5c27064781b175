/** The edges of the graph view, with the flowing overlay on the current step's edges. */
import { memo } from 'react';
import type { GraphLayout } from './layout';

/** Props of {@link GraphEdges}. */
export interface GraphEdgesProps {
  /** The layout whose edges to draw. */
  layout: GraphLayout;
  /** Unique id for the arrowhead marker. */
  markerId: string;
  /** Ids of the current step's edges. */
  stepEdges: ReadonlySet<string>;
  /** Direction of the current step (null: no step). */
  stepKind: 'forward' | 'backward' | null;
  /** Animate the overlay (false with reduced motion). */
  isAnimated: boolean;
}

function GraphEdgesImpl({ layout, markerId, stepEdges, stepKind, isAnimated }: GraphEdgesProps) {
  const flowCls = `cr-graph-flow cr-graph-flow--${stepKind}${isAnimated ? ' cr-graph-flow--animated' : ''}`;
  return (
    <>
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="cr-graph-arrow" />
        </marker>
      </defs>
      <g aria-hidden="true">
        {layout.edges.map((e) => (
          <path key={e.id} d={e.d} className="cr-graph-edge" markerEnd={`url(#${markerId})`} />
        ))}
        {stepKind &&
          layout.edges
            .filter((e) => stepEdges.has(e.id))
            .map((e) => (
              <path key={`flow-${e.id}`} d={e.d} className={flowCls} data-testid="graph-flow" />
            ))}
      </g>
    </>
  );
}

/** Edges re-render only when the layout or the step changes, never for new values. */
export const GraphEdges = memo(GraphEdgesImpl);
