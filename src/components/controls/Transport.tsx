/**
 * Play/pause, step and reset buttons with keyboard shortcuts that work whenever focus is inside
 * the enclosing <figure> (or the transport itself): Space/K play-pause, →/. step, R reset.
 */
import { controlName } from './control-name';
import { useEffect, useRef } from 'react';
import './controls.css';
import { isEditableTarget } from '../keyboard';

/** Props of {@link Transport}. */
export interface TransportProps {
  /** Whether playback is running (the button shows Pause). */
  isPlaying: boolean;
  /** Toggle play/pause. */
  onPlayPause: () => void;
  /** Advance one step. */
  onStep: () => void;
  /** Back to the start. */
  onReset: () => void;
  /** Disable stepping/playing (e.g. at the end). */
  isAtEnd?: boolean;
  /** Accessible name of the button group. */
  label?: string;
}

/** Decide which action a key triggers, or null. Exported for tests. */
export function transportAction(key: string): 'playPause' | 'step' | 'reset' | null {
  if (key === ' ' || key === 'k' || key === 'K') return 'playPause';
  if (key === 'ArrowRight' || key === '.') return 'step';
  if (key === 'r' || key === 'R') return 'reset';
  return null;
}

/** A transport bar (play/pause, step, reset) with figure-scoped keyboard shortcuts. */
export function Transport({
  isPlaying,
  onPlayPause,
  onStep,
  onReset,
  isAtEnd = false,
  label = 'Playback',
}: TransportProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onPlayPause, onStep, onReset, isAtEnd });
  useEffect(() => {
    handlers.current = { onPlayPause, onStep, onReset, isAtEnd };
  });
  useEffect(() => {
    const scope = rootRef.current?.closest('figure') ?? rootRef.current;
    if (!scope) return;
    const onKey = (e: Event) => {
      const ke = e as KeyboardEvent;
      if (
        ke.defaultPrevented ||
        ke.ctrlKey ||
        ke.metaKey ||
        ke.altKey ||
        isEditableTarget(ke.target)
      )
        return;
      const action = transportAction(ke.key);
      // Space on a focused button already clicks it; do not toggle twice.
      if (!action || (ke.key === ' ' && ke.target instanceof HTMLButtonElement)) return;
      const h = handlers.current;
      if (action === 'step' && h.isAtEnd) return;
      ke.preventDefault();
      if (action === 'playPause') h.onPlayPause();
      else if (action === 'step') h.onStep();
      else h.onReset();
    };
    scope.addEventListener('keydown', onKey);
    return () => scope.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div
      className="cr-transport"
      role="group"
      aria-label={label}
      data-control={controlName(label)}
      ref={rootRef}
    >
      <button
        type="button"
        onClick={onPlayPause}
        disabled={isAtEnd && !isPlaying}
        aria-keyshortcuts="Space K"
        title={`${isPlaying ? 'Pause' : 'Play'} (Space or K)`}
      >
        <span aria-hidden="true">{isPlaying ? '❚❚' : '▶'}</span> {isPlaying ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        onClick={onStep}
        disabled={isAtEnd}
        aria-keyshortcuts="ArrowRight ."
        title="Step (→ or .)"
      >
        <span aria-hidden="true">▶❘</span> Step
      </button>
      <button type="button" onClick={onReset} aria-keyshortcuts="R" title="Reset (R)">
        <span aria-hidden="true">↺</span> Reset
      </button>
    </div>
  );
}
