/** The presenter keys, listed once for the key help, the welcome lesson and the console. */

/** Every presenter key with what it does, for the help overlay, the welcome lesson and the README. */
export const KEY_HELP: readonly { keys: string; what: string }[] = [
  { keys: '→ ↓ Space Page Down', what: 'next: a figure’s own sub-step first, then the next step' },
  { keys: '← ↑ Page Up', what: 'back' },
  { keys: 'Home End', what: 'first and last step' },
  { keys: 'G, a number, Enter', what: 'jump to that step' },
  { keys: 'O or Esc', what: 'overview of the lesson’s steps (Esc again leaves presenter mode)' },
  { keys: 'B or .', what: 'blank the screen; any key brings it back' },
  { keys: 'S', what: 'open the presenter console (notes, next step, timers) in a second window' },
  { keys: 'F', what: 'fullscreen' },
  { keys: '+ −', what: 'larger and smaller type' },
  { keys: '?', what: 'this list of keys' },
  { keys: 'P', what: 'enter or leave presenter mode' },
];
