/**
 * GraphView: draws an exported engine graph (values as boxes, ops as circles) laid out by dagre,
 * highlights the current forward/backward step with a flowing edge animation, and explains the
 * hovered or focused node's local derivative in KaTeX.
 */
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GraphData } from '../../engine/graph-types';
import { useReducedMotion } from '../hooks';
import { layoutGraph } from './layout';
import { keyToDirection, nearestInDirection } from './navigation';
import { nodeAriaLabel, type GraphStep } from './labels';
import { GraphNodeShape } from './GraphNodeShape';
import { NodeFormula } from './NodeFormula';
import './graph.css';

/** Props of {@link GraphView}. */
export interface GraphViewProps {
  /** The graph to draw (from the engine's exportGraph). */
  graph: GraphData;
  /** The highlighted step; spread an engine BackwardStep in to show upstream × local numbers. */
  currentStep?: GraphStep;
  /** Show gradients under the values (default true). */
  showGrads?: boolean;
  /** Called when a node is clicked or activated with Enter/Space. */
  onSelectNode?: (id: string) => void;
  /** Collapsed tensor view: one line per value, `W1 · 128×784`. */
  collapsed?: boolean;
  /** Fixed height in px (default: scale to the width). */
  height?: number;
  /** Accessible name of the whole graph. */
  ariaLabel: string;
}

/** Smallest and largest on-screen scale of the drawing (below min the view scrolls sideways). */
const MIN_SCALE = 0.85;
const MAX_SCALE = 1.6;

function useStepSets(graph: GraphData, step: GraphStep | undefined) {
  return useMemo(() => {
    const io = new Set<string>();
    const edges = new Set<string>();
    if (!step) return { io, edges };
    const op = graph.nodes.find((n) => n.id === step.opId);
    for (const id of op?.inputs ?? []) io.add(id);
    if (op?.output) io.add(op.output);
    for (const e of graph.edges) if (e.source === step.opId || e.target === step.opId) edges.add(e.id);
    return { io, edges };
  }, [graph, step]);
}

/** Draw an engine graph with step highlighting, keyboard navigation and formula explanations. */
export function GraphView({ graph, currentStep, showGrads = true, onSelectNode, collapsed = false, height, ariaLabel }: GraphViewProps) {
  const layout = useMemo(() => layoutGraph(graph, collapsed), [graph, collapsed]);
  const isReduced = useReducedMotion();
  const markerId = `cr-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [tabStopId, setTabStopId] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());
  const scrollRef = useRef<HTMLDivElement>(null);
  const { io, edges: stepEdges } = useStepSets(graph, currentStep);
  const nodeById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const tabStop = tabStopId && nodeById.has(tabStopId) ? tabStopId : (graph.nodes[0]?.id ?? null);

  const registerRef = useCallback((id: string, el: SVGGElement | null) => {
    if (el) refs.current.set(id, el);
    else refs.current.delete(id);
  }, []);
  const onFocusChange = useCallback((id: string | null) => {
    setFocusedId(id);
    if (id) setTabStopId(id);
  }, []);
  const onActivate = useCallback((id: string) => onSelectNode?.(id), [onSelectNode]);
  const onNodeKey = useCallback(
    (id: string, e: KeyboardEvent<SVGGElement>) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelectNode?.(id);
        return;
      }
      const dir = keyToDirection(e.key);
      const from = layout.byId.get(id);
      if (!dir || !from) return;
      e.preventDefault();
      const next = nearestInDirection(layout.nodes, from, dir);
      if (next) refs.current.get(next.id)?.focus();
    },
    [layout, onSelectNode],
  );

  const stepX = currentStep ? layout.byId.get(currentStep.opId)?.x : undefined;
  useEffect(() => {
    // Keep the current step in view when the graph is wider than its box (phones).
    const box = scrollRef.current;
    if (!box || stepX === undefined || box.scrollWidth <= box.clientWidth) return;
    const scale = box.scrollWidth / layout.width;
    box.scrollTo({ left: stepX * scale - box.clientWidth / 2, behavior: isReduced ? 'auto' : 'smooth' });
  }, [stepX, layout.width, isReduced]);

  const activeId = hoverId ?? focusedId ?? currentStep?.opId ?? null;
  // NOTE: the KaTeX panel follows at lower priority, so a redraw of the graph never waits for formula typesetting.
  const formulaInput = useMemo(() => ({ graph, activeId, currentStep }), [graph, activeId, currentStep]);
  const formula = useDeferredValue(formulaInput);
  const activeNode = formula.activeId ? formula.graph.nodes.find((n) => n.id === formula.activeId) : undefined;
  const flowCls = currentStep ? `cr-graph-flow cr-graph-flow--${currentStep.kind}${isReduced ? '' : ' cr-graph-flow--animated'}` : '';
  const svgStyle = {
    width: '100%',
    minWidth: layout.width * MIN_SCALE,
    maxWidth: layout.width * MAX_SCALE,
    height: height ?? 'auto',
    aspectRatio: height ? undefined : `${layout.width} / ${layout.height}`,
  };
  return (
    <div className="cr-graph">
      <div className="cr-graph__scroll" ref={scrollRef}>
        <svg className="cr-graph__svg" viewBox={`0 0 ${layout.width} ${layout.height}`} style={svgStyle} role="group" aria-label={ariaLabel}>
          <defs>
            <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="cr-graph-arrow" />
            </marker>
          </defs>
          <g aria-hidden="true">
            {layout.edges.map((e) => (
              <path key={e.id} d={e.d} className="cr-graph-edge" markerEnd={`url(#${markerId})`} />
            ))}
            {currentStep && layout.edges.filter((e) => stepEdges.has(e.id)).map((e) => (
              <path key={`flow-${e.id}`} d={e.d} className={flowCls} data-testid="graph-flow" />
            ))}
          </g>
          {graph.nodes.map((n) => {
            const laid = layout.byId.get(n.id);
            if (!laid) return null;
            const stepRole = currentStep?.opId === n.id ? 'op' : io.has(n.id) ? 'io' : null;
            return (
              <GraphNodeShape
                key={n.id}
                node={n}
                laid={laid}
                collapsed={collapsed}
                showGrads={showGrads}
                stepRole={stepRole}
                stepKind={stepRole ? (currentStep?.kind ?? null) : null}
                isFocused={focusedId === n.id}
                isTabStop={tabStop === n.id}
                isOutput={graph.outputId === n.id}
                ariaLabel={nodeAriaLabel(nodeById, n, showGrads)}
                registerRef={registerRef}
                onHover={setHoverId}
                onFocusChange={onFocusChange}
                onNodeKey={onNodeKey}
                onActivate={onActivate}
              />
            );
          })}
        </svg>
      </div>
      {activeNode ? (
        <NodeFormula graph={formula.graph} node={activeNode} currentStep={formula.currentStep} showGrads={showGrads} />
      ) : (
        <p className="cr-graph-hint">Hover or focus a node (Tab, then arrow keys) to see its local derivative.</p>
      )}
    </div>
  );
}
