import { useEffect, useRef } from 'react';
import { presenterAction, type PresenterAction } from './keys';

/** Listens on window for presenter keys and calls `onAction`; the latest callback is always used. */
export function usePresenterKeys(
  isPresenting: boolean,
  onAction: (a: PresenterAction) => void,
): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = presenterAction(e, isPresenting);
      if (!action) return;
      e.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isPresenting]);
}

/** Toggles browser fullscreen; a refusal (no user gesture, unsupported) is ignored. */
export function toggleFullscreen(): void {
  const doc = document;
  const request = doc.fullscreenElement
    ? doc.exitFullscreen?.()
    : doc.documentElement.requestFullscreen?.();
  request?.catch(() => undefined);
}
