/**
 * Presenter-mode key map. Presentation clickers send PageDown/PageUp (some send arrows), so
 * those are included. Pure functions: tested without a browser.
 */

/** What a key press asks the presenter to do. */
export type PresenterAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'bigger'
  | 'smaller'
  | 'exit'
  | 'toggle'
  | 'overview'
  | 'blank'
  | 'help'
  | 'goto'
  | 'console';

const KEYMAP: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  '+': 'bigger',
  '=': 'bigger',
  '-': 'smaller',
  _: 'smaller',
  // NOTE: Esc from a step shows the overview; Esc on the overview leaves presenter mode.
  Escape: 'overview',
  o: 'overview',
  O: 'overview',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  '?': 'help',
  g: 'goto',
  G: 'goto',
  s: 'console',
  S: 'console',
  p: 'toggle',
  P: 'toggle',
};

import { isEditableTarget } from '../../components/keyboard';

/** Keys a presenter always owns; other keys belong to the page in reading mode. */
const READING_MODE_KEYS = new Set<PresenterAction>(['toggle']);

/** Maps a key event to a presenter action, or null when the key is not ours to take. */
export function presenterAction(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
  isPresenting: boolean,
): PresenterAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isEditableTarget(e.target)) return null;
  const action = KEYMAP[e.key];
  if (!action) return null;
  if (!isPresenting) return READING_MODE_KEYS.has(action) ? action : null;
  // NOTE: Space on a focused button activates that button instead of advancing.
  if (e.key === ' ' && (e.target as Element | null)?.closest?.('button, a, summary')) return null;
  return action;
}
