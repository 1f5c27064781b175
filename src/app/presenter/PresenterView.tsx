import { useRef, type ReactNode } from 'react';
import { useFitToStage } from './useFitToStage';
import type { LessonDefinition } from '../../kit/lesson';
import { toggleFullscreen } from './usePresenterKeys';

/** Props of the presenter view. */
export interface PresenterViewProps {
  /** The lesson presented. */
  lesson: LessonDefinition;
  /** Zero-based step on screen. */
  step: number;
  /** Type scale (1 = default). */
  scale: number;
  /** The step's content. */
  children: ReactNode;
  /** Go forward (sub-step or step). */
  onNext: () => void;
  /** Go back. */
  onPrev: () => void;
  /** Change the type scale by a factor. */
  onScale: (factor: number) => void;
  /** Leave presenter mode. */
  onExit: () => void;
}

/** One step fills the screen in large type, with a slim control bar. */
export function PresenterView(props: PresenterViewProps) {
  const { lesson, step, scale, children } = props;
  const total = lesson.steps.length;
  const stageRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  useFitToStage(stageRef, bodyRef, `${lesson.id}/${step}/${scale}`);
  return (
    <div className="presenter" style={{ '--present-scale': scale } as React.CSSProperties}>
      <main
        id="main"
        tabIndex={-1}
        className="presenter-stage"
        aria-labelledby="step-title"
        ref={stageRef}
      >
        <p className="presenter-eyebrow">{lesson.title}</p>
        <h1 id="step-title" className="presenter-title">
          {lesson.steps[step].title}
        </h1>
        <div className="presenter-body" ref={bodyRef}>
          {children}
        </div>
      </main>
      <nav className="presenter-bar" aria-label="Presenter controls">
        <button type="button" onClick={props.onPrev} aria-keyshortcuts="ArrowLeft PageUp">
          ← Back
        </button>
        <span className="presenter-count" aria-live="polite">
          Step {step + 1} / {total}
        </span>
        <button type="button" onClick={props.onNext} aria-keyshortcuts="ArrowRight PageDown Space">
          Next →
        </button>
        <span className="spacer" />
        <button
          type="button"
          onClick={() => props.onScale(1 / 1.15)}
          aria-label="Smaller text"
          aria-keyshortcuts="-"
        >
          A−
        </button>
        <button
          type="button"
          onClick={() => props.onScale(1.15)}
          aria-label="Larger text"
          aria-keyshortcuts="+"
        >
          A+
        </button>
        <button type="button" onClick={toggleFullscreen} aria-keyshortcuts="F">
          Fullscreen
        </button>
        <button type="button" onClick={props.onExit} aria-keyshortcuts="Escape">
          Exit <kbd>Esc</kbd>
        </button>
      </nav>
    </div>
  );
}
