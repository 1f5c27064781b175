/** One node of the graph view: a rounded box for values, a circle for ops. */
import { memo, type KeyboardEvent } from 'react';
import type { GraphNode } from '../../engine/graph-types';
import { collapsedLabel, type LaidNode } from './layout';
import { gradText, valueText } from './labels';

/**
 * Radius of an op's hit area in drawing units: 2 × 30 × the graph's smallest scale (0.75, a
 * phone's top-to-bottom layout; see GraphView) = 45 ≥ 44 px. It stays inside the gap to the
 * neighbouring boxes (op radius 17 + rank gap ≥ 14 = 31).
 */
const OP_HIT_R = 30;

/** Props of {@link GraphNodeShape}. */
export interface GraphNodeShapeProps {
  /** The node's data. */
  node: GraphNode;
  /** Its position and size. */
  laid: LaidNode;
  /** Draw the one-line collapsed form (label · shape). */
  collapsed: boolean;
  /** Draw the gradient line. */
  showGrads: boolean;
  /** 'op' when this is the current step's op, 'io' for its inputs/outputs, null otherwise. */
  stepRole: 'op' | 'io' | null;
  /** Step direction, for the highlight colour. */
  stepKind: 'forward' | 'backward' | null;
  /** This node has keyboard focus (draws the focus ring). */
  isFocused: boolean;
  /** This node is the roving tab stop. */
  isTabStop: boolean;
  /** This is the graph's output (loss) node. */
  isOutput: boolean;
  /** Accessible name. */
  ariaLabel: string;
  /** Register the element for programmatic focus (arrow keys). */
  registerRef: (id: string, el: SVGGElement | null) => void;
  /** Pointer entered (id) or left (null). */
  onHover: (id: string | null) => void;
  /** Focus entered (id) or left (null). */
  onFocusChange: (id: string | null) => void;
  /** Key pressed on this node. */
  onNodeKey: (id: string, e: KeyboardEvent<SVGGElement>) => void;
  /** Clicked/activated. */
  onActivate: (id: string) => void;
}

function ValueShape({
  node,
  laid,
  collapsed,
  showGrads,
  isOutput,
}: Pick<GraphNodeShapeProps, 'node' | 'laid' | 'collapsed' | 'showGrads' | 'isOutput'>) {
  const { w, h } = laid;
  // Corner radius in proportion to the box (8 units at text scale 1, where a box is 60 high).
  const rx = h * (8 / 60);
  const isParam = node.isLeaf && node.requiresGrad;
  const grad = showGrads ? gradText(node) : null;
  const cls = `cr-graph-value${isParam ? ' cr-graph-value--param' : ''}${node.isLeaf && !node.requiresGrad ? ' cr-graph-value--input' : ''}${isOutput ? ' cr-graph-value--output' : ''}`;
  return (
    <>
      <rect className={cls} x={-w / 2} y={-h / 2} width={w} height={h} rx={rx} />
      {collapsed ? (
        <text className="cr-graph-label" dy="0.35em" textAnchor="middle">
          {collapsedLabel(node)}
        </text>
      ) : (
        <>
          <text className="cr-graph-label" y={-h * 0.2} textAnchor="middle">
            {node.label}
          </text>
          <text className="cr-graph-val" y={h * 0.1} textAnchor="middle">
            {valueText(node)}
          </text>
          {grad && (
            <text className="cr-graph-grad" y={h * 0.383} textAnchor="middle">
              {grad}
            </text>
          )}
        </>
      )}
    </>
  );
}

function GraphNodeShapeImpl(props: GraphNodeShapeProps) {
  const { node, laid, stepRole, stepKind, isFocused, isTabStop, ariaLabel } = props;
  const isOp = node.kind === 'op';
  const r = laid.w / 2;
  // Focus ring gap: 5 units at text scale 1 (a value box is 60 high there).
  const pad = isOp ? r * (5 / 17) : laid.h * (5 / 60);
  const stepCls = stepRole ? ` cr-graph-node--step-${stepRole} cr-graph-node--${stepKind}` : '';
  return (
    <g
      ref={(el) => props.registerRef(node.id, el)}
      className={`cr-graph-node${stepCls}`}
      transform={`translate(${laid.x},${laid.y})`}
      tabIndex={isTabStop ? 0 : -1}
      role="button"
      aria-label={ariaLabel}
      data-node-id={node.id}
      data-kind={node.kind}
      onPointerEnter={() => props.onHover(node.id)}
      onPointerLeave={() => props.onHover(null)}
      onFocus={() => props.onFocusChange(node.id)}
      onBlur={() => props.onFocusChange(null)}
      onKeyDown={(e) => props.onNodeKey(node.id, e)}
      onClick={() => props.onActivate(node.id)}
    >
      {isOp ? (
        <>
          {/* NOTE: an invisible disc gives small op circles a finger-sized target (44 px on a phone). */}
          <circle className="cr-graph-hit" r={Math.max(r, OP_HIT_R)} />
          <circle className="cr-graph-op" r={r} />
          <text className="cr-graph-opsym" dy="0.35em" textAnchor="middle">
            {node.label}
          </text>
        </>
      ) : (
        <ValueShape {...props} />
      )}
      {isFocused &&
        (isOp ? (
          <circle className="cr-graph-focus" r={r + pad} />
        ) : (
          <rect
            className="cr-graph-focus"
            x={-laid.w / 2 - pad}
            y={-laid.h / 2 - pad}
            width={laid.w + 2 * pad}
            height={laid.h + 2 * pad}
            rx={laid.h * (11 / 60)}
          />
        ))}
    </g>
  );
}

/** A memoised graph node: re-renders only when its own data or flags change. */
export const GraphNodeShape = memo(GraphNodeShapeImpl);
