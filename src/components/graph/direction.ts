/**
 * Which way a graph flows on screen. Left to right reads like the lecture's slides, but on a
 * phone a wide circuit shown at a readable size needs panning sideways and leaves most of its
 * box empty (the leaves sit off screen at the left). In a narrow box, a small graph that would
 * not fit is laid out top to bottom instead, when that is narrower: it then scrolls with the page.
 */
import type { GraphData } from '../../engine/graph-types';
import type { GraphLayout } from './layout';
import { arcEdgeIds } from './long-edges';
import { minTextPx, type GraphBox } from './text-scale';

/** Box width (CSS px) below which a graph that does not fit may turn to flow downwards. */
export const NARROW_BOX_PX = 600;
/** Share of a left-to-right drawing that must show in the box; below it, try flowing downwards. */
export const MIN_SHOWN = 0.6;
/** Most nodes a downward layout is used for (a longer graph would be a very tall strip). */
export const MAX_DOWNWARD_NODES = 40;

/**
 * Whether to try a top-to-bottom layout: the box is narrow, no fixed height or presenter text
 * size is asked for, the graph is small and has no arcs, and the left-to-right layout, drawn at
 * `minScale` (on-screen px per unit at text scale 1), would show less than MIN_SHOWN of itself.
 */
export function shouldTryDownward(
  graph: GraphData,
  box: GraphBox,
  lr: GraphLayout,
  minScale: number,
  fixedHeight: number | undefined,
): boolean {
  return (
    box.width > 0 &&
    box.width < NARROW_BOX_PX &&
    fixedHeight === undefined &&
    minTextPx(box) === 0 &&
    graph.nodes.length <= MAX_DOWNWARD_NODES &&
    (lr.width * minScale) / lr.textScale > box.width / MIN_SHOWN &&
    arcEdgeIds(graph).size === 0
  );
}

/** The layout to draw: the downward one when it is narrower than the left-to-right one. */
export function pickDirection(lr: GraphLayout, tb: GraphLayout | null): GraphLayout {
  return tb && tb.width < lr.width ? tb : lr;
}
