/** The inpainting lesson's steps. */
import type { LessonLayoutProps } from '../../kit/lesson';

/** Wraps every step. */
export function InpaintingLayout({ children }: LessonLayoutProps) {
  return <div className="ip-lesson">{children}</div>;
}
/** Step content. */
export const TaskContent = () => <p className="lead">Task.</p>;
/** Step content. */
export const ModelContent = () => <p className="lead">Model.</p>;
/** Step content. */
export const TrainContent = () => <p className="lead">Train.</p>;
/** Step content. */
export const MeasureContent = () => <p className="lead">Measure.</p>;
/** Step content. */
export const PaintContent = () => <p className="lead">Paint.</p>;
/** Step content. */
export const PracticeContent = () => <p className="lead">Practice.</p>;
