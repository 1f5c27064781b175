import type { ReactNode } from 'react';
import { FigureBoundary } from './ErrorBoundary';
import { Figure, type FigureProps } from '../components/Figure';

/** Props of a lesson figure: a Figure plus what to do when the reader resets it after a failure. */
export interface LessonFigureProps extends FigureProps {
  /** Called by "reset this figure" (e.g. restore the lesson store's defaults). */
  onReset?: () => void;
  /** The figure's content. */
  children: ReactNode;
}

/** Every figure in a lesson: a Figure guarded by an error boundary with a reset button. */
export function LessonFigure({ onReset, children, ...figure }: LessonFigureProps) {
  return (
    <FigureBoundary onReset={onReset}>
      <Figure {...figure}>{children}</Figure>
    </FigureBoundary>
  );
}
