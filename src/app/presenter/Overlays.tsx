/** The presenter's overlays: the overview grid, a blank screen, the key help and "go to step". */
import type { LessonDefinition } from '../../kit/lesson';
import { KeyTable } from '../../kit/KeyTable';
import type { Overlay } from './overlay-keys';

/** Props of {@link PresenterOverlay}. */
export interface PresenterOverlayProps {
  /** The open overlay. */
  overlay: Overlay;
  /** The lesson presented. */
  lesson: LessonDefinition;
  /** Zero-based step on screen. */
  step: number;
  /** Jumps to a step (overview click). */
  onJump: (step: number) => void;
}

/** Renders the open overlay, or nothing. */
export function PresenterOverlay({ overlay, lesson, step, onJump }: PresenterOverlayProps) {
  switch (overlay.kind) {
    case 'none':
      return null;
    case 'blank':
      return (
        <div className="presenter-blank" data-testid="presenter-blank" aria-label="Blank screen" />
      );
    case 'help':
      return <KeyHelp />;
    case 'goto':
      return (
        <div className="presenter-overlay presenter-goto" role="dialog" aria-label="Go to step">
          <p>
            Go to step <strong className="presenter-goto-typed">{overlay.typed || '…'}</strong> of{' '}
            {lesson.steps.length}, then Enter
          </p>
          {overlay.error && (
            <p className="notice" role="alert">
              {overlay.error}
            </p>
          )}
        </div>
      );
    case 'overview':
      return (
        <div
          className="presenter-overlay"
          role="dialog"
          aria-label="Overview of the lesson's steps"
        >
          <ol className="presenter-overview">
            {lesson.steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  className={`${i === overlay.selected ? 'is-selected' : ''} ${i === step ? 'is-current' : ''}`}
                  aria-current={i === step ? 'step' : undefined}
                  onClick={() => onJump(i)}
                >
                  <span className="presenter-overview-n">{i + 1}</span> {s.title}
                </button>
              </li>
            ))}
          </ol>
          <p className="muted">Arrows choose, Enter jumps, O closes, Esc leaves presenter mode.</p>
        </div>
      );
  }
}

/** Every presenter key, listed. */
export function KeyHelp() {
  return (
    <div className="presenter-overlay" role="dialog" aria-label="Presenter keys">
      <KeyTable />
      <p className="muted">Press any key to close.</p>
    </div>
  );
}
