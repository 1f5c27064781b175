/** Keyboard helpers shared by widgets and the app shell. */

/** Whether a key event's target needs the keys itself (text fields, selects, sliders, editable text). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (
    (target as Element).closest(
      'input, textarea, select, [contenteditable="true"], [role="slider"], [role="textbox"]',
    ) !== null
  );
}
