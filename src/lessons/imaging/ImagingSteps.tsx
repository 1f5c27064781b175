/** The imaging lesson's steps. */
import type { LessonLayoutProps } from '../../kit/lesson';

/** Wraps every step. */
export function ImagingLayout({ children }: LessonLayoutProps) {
  return <div className="im-lesson">{children}</div>;
}
/** Step content: the learned pipelines. */
export const PipelinesContent = () => <p className="lead">Learned pipelines.</p>;
/** Step content: the denoising duel. */
export const DenoiseContent = () => <p className="lead">Denoising.</p>;
/** Step content: PSNR as σ changes. */
export const SweepContent = () => <p className="lead">Sweep.</p>;
