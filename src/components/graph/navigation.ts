/** Keyboard navigation between laid-out nodes: arrow keys move to the nearest node in that direction. */
import type { LaidNode } from './layout';

/** An arrow direction. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** Map a KeyboardEvent key to a direction, or null. */
export function keyToDirection(key: string): Direction | null {
  const map: Record<string, Direction> = {
    ArrowLeft: 'left',
    ArrowRight: 'right',
    ArrowUp: 'up',
    ArrowDown: 'down',
  };
  return map[key] ?? null;
}

/**
 * The nearest node from `from` in a direction: candidates must lie in that half-plane; the
 * score favours distance along the direction and penalises sideways offset twice as much.
 */
export function nearestInDirection(
  nodes: readonly LaidNode[],
  from: LaidNode,
  dir: Direction,
): LaidNode | null {
  let best: LaidNode | null = null;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n.id === from.id) continue;
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const side = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 1) continue;
    const score = along + 2 * side;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}
