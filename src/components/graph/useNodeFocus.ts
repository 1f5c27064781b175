/** Keyboard focus for graph nodes: one roving tab stop, arrow keys to the nearest node, Enter/Space to select. */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { GraphLayout } from './layout';
import { keyToDirection, nearestInDirection } from './navigation';

/** What {@link useNodeFocus} returns to the graph view. */
export interface NodeFocus {
  /** The node that has keyboard focus now, or null. */
  focusedId: string | null;
  /** The last focused node (the roving tab stop), or null before any focus. */
  tabStopId: string | null;
  /** Register a node element for programmatic focus. */
  registerRef: (id: string, el: SVGGElement | null) => void;
  /** Focus entered (id) or left (null) a node. */
  onFocusChange: (id: string | null) => void;
  /** Key handler for a node. */
  onNodeKey: (id: string, e: KeyboardEvent<SVGGElement>) => void;
}

/** Roving focus over the laid-out nodes. */
export function useNodeFocus(layout: GraphLayout, onSelectNode?: (id: string) => void): NodeFocus {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [tabStopId, setTabStopId] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());
  const registerRef = useCallback((id: string, el: SVGGElement | null) => {
    if (el) refs.current.set(id, el);
    else refs.current.delete(id);
  }, []);
  const onFocusChange = useCallback((id: string | null) => {
    setFocusedId(id);
    if (id) setTabStopId(id);
  }, []);
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
  return { focusedId, tabStopId, registerRef, onFocusChange, onNodeKey };
}
