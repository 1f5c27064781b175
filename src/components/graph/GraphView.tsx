/**
 * GraphView: draws an exported engine graph (values as boxes, ops as circles) laid out by dagre,
 * highlights the current forward/backward step with a flowing edge animation, and explains the
 * hovered or focused node's local derivative in KaTeX.
 */
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import type { GraphData } from '../../engine/graph-types';
import { useReducedMotion } from '../hooks';
import { layoutGraph, type GraphLayout, type LayoutDirection } from './layout';
import { pickDirection, shouldTryDownward } from './direction';
import { useNodeFocus } from './useNodeFocus';
import { GraphEdges } from './GraphEdges';
import { nodeAriaLabel, type GraphStep } from './labels';
import { GraphNodeShape } from './GraphNodeShape';
import { NodeFormula } from './NodeFormula';
import { EdgeFormulas } from './EdgeFormulas';
import { BASE_TEXT, chooseTextScale, minTextPx, useGraphBox } from './text-scale';
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
  /** Explain the current step's op below the graph when nothing is hovered (default true); off when the host shows its own step panel. */
  showStepFormula?: boolean;
  /**
   * Ops whose input edges show their local gradient in KaTeX (the backward pass's visited ops).
   * When given, even empty, the layout leaves room on every input edge for a formula.
   */
  edgeFormulaOps?: readonly string[];
  /** Node kept in view when the drawing is wider than its box and no step is highlighted. */
  followId?: string;
}

/** Smallest and largest on-screen scale of the drawing (below min the view scrolls sideways). */
const MIN_SCALE = 0.85;
/** A downward layout (phones) may shrink this far to show its whole width without panning. */
const MIN_SCALE_DOWNWARD = 0.75;

/** Smallest on-screen scale of a layout in a box `width` px wide (before any presenter text size). */
function minScale(layout: GraphLayout, width: number): number {
  const floor = MIN_SCALE / layout.textScale;
  if (layout.direction !== 'TB' || width <= 0) return floor;
  return Math.min(floor, Math.max(MIN_SCALE_DOWNWARD / layout.textScale, width / layout.width));
}
const MAX_SCALE = 1.6;
/** Largest text as drawn, relative to the asked-for minimum, when one is asked for. */
const FILL_TEXT = 1.1;

/** The current step's input/output nodes and edges, from the (structure-cached) layout, so they survive value changes. */
function useStepSets(layout: GraphLayout, opId: string | undefined) {
  return useMemo(() => {
    const io = new Set<string>();
    const edges = new Set<string>();
    if (!opId) return { io, edges };
    for (const e of layout.edges) {
      if (e.target === opId) io.add(e.source);
      else if (e.source === opId) io.add(e.target);
      else continue;
      edges.add(e.id);
    }
    return { io, edges };
  }, [layout, opId]);
}

/** Scroll the graph's box so the current step's op is centred, when the graph is wider than the box. */
function useScrollToStep(
  box: RefObject<HTMLDivElement | null>,
  stepX: number | undefined,
  layoutWidth: number,
  isReduced: boolean,
) {
  useEffect(() => {
    const el = box.current;
    if (!el || stepX === undefined) return undefined;
    const follow = (behavior: ScrollBehavior) => {
      if (el.scrollWidth <= el.clientWidth) return;
      const scale = el.scrollWidth / layoutWidth;
      el.scrollTo({ left: stepX * scale - el.clientWidth / 2, behavior });
    };
    follow(isReduced ? 'auto' : 'smooth');
    // NOTE: the box or the drawing may change size afterwards (presenter mode's fit-to-stage zoom,
    // a text-scale relayout), which would leave the step off screen: follow it again, at once.
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => follow('auto'));
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [box, stepX, layoutWidth, isReduced]);
}

/** Draw an engine graph with step highlighting, keyboard navigation and formula explanations. */
export function GraphView({
  graph,
  currentStep,
  showGrads = true,
  onSelectNode,
  collapsed = false,
  height,
  ariaLabel,
  showStepFormula = true,
  edgeFormulaOps,
  followId,
}: GraphViewProps) {
  const hasEdgeRoom = edgeFormulaOps !== undefined;
  const rootRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const box = useGraphBox(rootRef, probeRef);
  const layout = useMemo(() => {
    const flowing = (direction: LayoutDirection) => {
      const layoutAt = (k: number) =>
        layoutGraph(graph, collapsed, {
          edgeLabels: hasEdgeRoom,
          textScale: k,
          direction,
        });
      return layoutAt(chooseTextScale(layoutAt, box, { maxScale: MAX_SCALE, height }));
    };
    const lr = flowing('LR');
    return pickDirection(
      lr,
      shouldTryDownward(graph, box, lr, MIN_SCALE, height) ? flowing('TB') : null,
    );
  }, [graph, collapsed, hasEdgeRoom, box, height]);
  const isReduced = useReducedMotion();
  const markerId = `cr-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [hoverId, setHoverId] = useState<string | null>(null);
  const focus = useNodeFocus(layout, onSelectNode);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { io, edges: stepEdges } = useStepSets(layout, currentStep?.opId);
  const nodeById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const tabStop =
    focus.tabStopId && nodeById.has(focus.tabStopId)
      ? focus.tabStopId
      : (graph.nodes[0]?.id ?? null);
  const onActivate = useCallback((id: string) => onSelectNode?.(id), [onSelectNode]);
  const followed = currentStep?.opId ?? followId;
  useScrollToStep(
    scrollRef,
    followed ? layout.byId.get(followed)?.x : undefined,
    layout.width,
    isReduced,
  );

  const activeId =
    hoverId ?? focus.focusedId ?? (showStepFormula ? currentStep?.opId : undefined) ?? null;
  // NOTE: the KaTeX panel follows at lower priority, so a redraw of the graph never waits for formula typesetting.
  const formulaInput = useMemo(
    () => ({ graph, activeId, currentStep }),
    [graph, activeId, currentStep],
  );
  const formula = useDeferredValue(formulaInput);
  const activeNode = formula.activeId
    ? formula.graph.nodes.find((n) => n.id === formula.activeId)
    : undefined;
  // Where a text size is asked for (presenter mode), the drawing is at least that readable (it
  // scrolls sideways, following the step, when the box is too narrow) and grows no further than
  // FILL_TEXT times it, so that a graph does not take the height its neighbours need.
  const readableScale = minTextPx(box) / (BASE_TEXT * layout.textScale);
  // A downward layout (phones) is never enlarged: it would only make a tall strip taller.
  const fullScale = layout.direction === 'TB' ? 1 : MAX_SCALE;
  const maxScale = readableScale > 0 ? Math.min(fullScale, FILL_TEXT * readableScale) : fullScale;
  const svgStyle = {
    width: '100%',
    minWidth: layout.width * Math.max(minScale(layout, box.width), readableScale),
    maxWidth: layout.width * maxScale,
    height: height ?? 'auto',
    aspectRatio: height ? undefined : `${layout.width} / ${layout.height}`,
    '--cr-graph-k': layout.textScale,
  } as CSSProperties;
  return (
    <div className="cr-graph" ref={rootRef}>
      <span className="cr-graph__em" ref={probeRef} aria-hidden="true" />
      <div className="cr-graph__scroll" ref={scrollRef}>
        <svg
          className="cr-graph__svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          style={svgStyle}
          role="group"
          aria-label={ariaLabel}
        >
          <GraphEdges
            layout={layout}
            markerId={markerId}
            stepEdges={stepEdges}
            stepKind={currentStep?.kind ?? null}
            isAnimated={!isReduced}
          />
          {edgeFormulaOps && edgeFormulaOps.length > 0 && (
            <EdgeFormulas graph={graph} layout={layout} opIds={edgeFormulaOps} />
          )}
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
                isFocused={focus.focusedId === n.id}
                isTabStop={tabStop === n.id}
                isOutput={graph.outputId === n.id}
                ariaLabel={nodeAriaLabel(nodeById, n, showGrads)}
                registerRef={focus.registerRef}
                onHover={setHoverId}
                onFocusChange={focus.onFocusChange}
                onNodeKey={focus.onNodeKey}
                onActivate={onActivate}
              />
            );
          })}
        </svg>
      </div>
      {activeNode ? (
        <NodeFormula
          graph={formula.graph}
          node={activeNode}
          currentStep={formula.currentStep}
          showGrads={showGrads}
        />
      ) : (
        <p className="cr-graph-hint">
          Hover or focus a node (Tab, then arrow keys) to see its local derivative.
        </p>
      )}
    </div>
  );
}
