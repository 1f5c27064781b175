/**
 * Sub-steps: a widget inside a lesson step can claim the clicker's "next"/"previous" presses
 * (one backward-pass step per click, say) before the shell moves to the next step.
 */
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/** A widget's sub-step handler: return true when the press was consumed. */
export interface SubStepHandler {
  /** Advance one sub-step; false when already at the last one. */
  next: () => boolean;
  /** Go back one sub-step; false when already at the first one. */
  prev: () => boolean;
  /** Where the widget is, as [done, total] (the presenter console shows "2 of 5"). */
  position?: () => [number, number];
  /**
   * What one press does on this figure, in one short sentence for the presenter console
   * ("Each press takes one backward step through the graph; Back undoes it."). Optional in the
   * type, expected of every figure.
   */
  clicker?: string;
}

/** The registry of handlers of the step on screen. */
export class SubStepRegistry {
  private handlers: SubStepHandler[] = [];
  /** Adds a handler; returns its removal function. */
  add(handler: SubStepHandler): () => void {
    this.handlers.push(handler);
    return () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }
  /** Offers a "next" press to the widgets, in order; true if one consumed it. */
  next(): boolean {
    return this.handlers.some((h) => h.next());
  }
  /** Offers a "previous" press to the widgets, last first; true if one consumed it. */
  prev(): boolean {
    return [...this.handlers].reverse().some((h) => h.prev());
  }
  /** "2 of 5" summed over the widgets that report a position, or null when none does. */
  position(): string | null {
    const known = this.handlers.flatMap((h) => (h.position ? [h.position()] : []));
    const [done, total] = known.reduce(([d, t], [a, b]) => [d + a, t + b], [0, 0]);
    return total > 0 ? `${done} of ${total}` : null;
  }
  /** The mounted widgets' clicker sentences joined (each once), or null when none describes itself. */
  clicker(): string | null {
    const said = new Set(
      this.handlers.flatMap((h) => (h.clicker?.trim() ? [h.clicker.trim()] : [])),
    );
    return said.size > 0 ? [...said].join(' ') : null;
  }
}

const SubStepContext = createContext<SubStepRegistry | null>(null);

/** Provides a registry to the lesson step below it. */
export function SubStepProvider({
  registry,
  children,
}: {
  registry: SubStepRegistry;
  children: ReactNode;
}) {
  return <SubStepContext.Provider value={registry}>{children}</SubStepContext.Provider>;
}

/**
 * Claims sub-steps for as long as the calling widget is mounted. The handler may change on
 * every render; the latest one is used.
 */
export function useSubSteps(handler: SubStepHandler): void {
  const registry = useContext(SubStepContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!registry) return undefined;
    return registry.add({
      next: () => latest.current.next(),
      prev: () => latest.current.prev(),
      position: () => latest.current.position?.() ?? [0, 0],
      get clicker() {
        return latest.current.clicker;
      },
    });
  }, [registry]);
}
