/** Renders a step from its lesson's definition: layout, content and exercises, each loaded lazily. */
import { Suspense } from 'react';
import type { LessonDefinition } from '../kit/lesson';
import { lazyFrom, pick } from '../kit/loaders';

// NOTE: exercises draw graphs and TeX; loading them lazily keeps D3 and KaTeX out of the first chunk.
const loadExercises = pick(() => import('../kit/exercise/StepExercises'), 'StepExercises');

/** Props of {@link LessonContent}. */
export interface LessonContentProps {
  /** The lesson shown. */
  lesson: LessonDefinition;
  /** Zero-based step on screen. */
  step: number;
  /** True in presenter mode. */
  isPresenting: boolean;
}

/** The step's content and exercises, inside the lesson's layout (which stays mounted across steps). */
export function LessonContent({ lesson, step, isPresenting }: LessonContentProps) {
  const def = lesson.steps[step];
  const Content = lazyFrom(def.content);
  const StepExercises = lazyFrom(loadExercises);
  const body = (
    <Suspense fallback={<p className="loading">Loading the step…</p>}>
      {/* lazyFrom caches one component per loader, so this is the same component every render. */}
      {/* eslint-disable-next-line react-hooks/static-components */}
      <Content isPresenting={isPresenting} />
      {/* eslint-disable-next-line react-hooks/static-components -- cached per loader by lazyFrom */}
      {def.exercises && <StepExercises lessonId={lesson.id} loader={def.exercises} />}
    </Suspense>
  );
  if (!lesson.layout) return body;
  const Layout = lazyFrom(lesson.layout);
  return (
    // eslint-disable-next-line react-hooks/static-components -- cached per loader by lazyFrom
    <Layout stepId={def.id} stepIndex={step} isPresenting={isPresenting}>
      {body}
    </Layout>
  );
}

/** The step's speaker notes (MDX), loaded on demand. */
export function StepNotes({ lesson, step }: { lesson: LessonDefinition; step: number }) {
  const Notes = lazyFrom(lesson.steps[step].notes);
  return (
    <Suspense fallback={<p className="loading">Loading the notes…</p>}>
      {/* eslint-disable-next-line react-hooks/static-components -- cached per loader by lazyFrom */}
      <Notes />
    </Suspense>
  );
}
