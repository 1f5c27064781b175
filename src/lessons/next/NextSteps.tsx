/** The closing lesson's steps. */
import type { LessonLayoutProps } from '../../kit/lesson';

/** Wraps every step. */
export function NextLayout({ children }: LessonLayoutProps) {
  return <div className="nx-lesson">{children}</div>;
}
/** Step content. */
export const ConvContent = () => <p className="lead">Conv.</p>;
/** Step content. */
export const MatrixContent = () => <p className="lead">Matrix.</p>;
/** Step content. */
export const LecturesContent = () => <p className="lead">Lectures.</p>;
/** Step content. */
export const SummaryContent = () => <p className="lead">Summary.</p>;
