/**
 * The presenter's overlays (overview grid, blank screen, key help, "go to step") as a pure state
 * machine: a key press on an open overlay gives the next overlay and, maybe, a step to jump to or
 * an exit. Tested without a browser.
 */

/** Which overlay is open. */
export type Overlay =
  | { kind: 'none' }
  | { kind: 'overview'; selected: number }
  | { kind: 'blank' }
  | { kind: 'help' }
  | { kind: 'goto'; typed: string; error: string | null };

/** The result of a key press on an open overlay. */
export interface OverlayResult {
  /** The overlay after the press. */
  overlay: Overlay;
  /** Zero-based step to show, if the press chose one. */
  jump?: number;
  /** Leave presenter mode. */
  exit?: boolean;
}

/** No overlay. */
export const NO_OVERLAY: Overlay = { kind: 'none' };

const COLUMNS = 4;

function overviewKey(selected: number, key: string, total: number): OverlayResult {
  const move = (d: number) => ({
    overlay: {
      kind: 'overview' as const,
      selected: Math.min(total - 1, Math.max(0, selected + d)),
    },
  });
  switch (key) {
    case 'ArrowRight':
      return move(1);
    case 'ArrowLeft':
      return move(-1);
    case 'ArrowDown':
    case 'PageDown':
      return move(COLUMNS);
    case 'ArrowUp':
    case 'PageUp':
      return move(-COLUMNS);
    case 'Home':
      return move(-total);
    case 'End':
      return move(total);
    case 'Enter':
    case ' ':
      return { overlay: NO_OVERLAY, jump: selected };
    case 'Escape':
      return { overlay: NO_OVERLAY, exit: true };
    case 'o':
    case 'O':
      return { overlay: NO_OVERLAY };
    default:
      return { overlay: { kind: 'overview', selected } };
  }
}

function gotoKey(typed: string, key: string, total: number): OverlayResult {
  if (/^[0-9]$/.test(key) && typed.length < 4)
    return { overlay: { kind: 'goto', typed: typed + key, error: null } };
  if (key === 'Backspace')
    return { overlay: { kind: 'goto', typed: typed.slice(0, -1), error: null } };
  if (key === 'Escape') return { overlay: NO_OVERLAY };
  if (key !== 'Enter') return { overlay: { kind: 'goto', typed, error: null } };
  const n = Number(typed);
  if (typed === '' || !Number.isInteger(n) || n < 1 || n > total)
    return {
      overlay: {
        kind: 'goto',
        typed: '',
        error: `There is no step ${typed || '(none typed)'}: this lesson has steps 1 to ${total}.`,
      },
    };
  return { overlay: NO_OVERLAY, jump: n - 1 };
}

/** Handles a key press on an open overlay (never called with `none`). */
export function overlayKey(overlay: Overlay, key: string, total: number): OverlayResult {
  switch (overlay.kind) {
    case 'blank':
      return { overlay: NO_OVERLAY };
    case 'help':
      return { overlay: NO_OVERLAY };
    case 'overview':
      return overviewKey(overlay.selected, key, total);
    case 'goto':
      return gotoKey(overlay.typed, key, total);
    case 'none':
      return { overlay };
  }
}
