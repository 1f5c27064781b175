import { lazy } from 'react';
import { LESSONS } from '../lessons/registry';
import type { LessonProps } from '../lessons/types';

/** One lazily loaded component per registered lesson, created once at start-up. */
const COMPONENTS = new Map(LESSONS.map((lesson) => [lesson.id, lazy(lesson.load)]));

/** Renders a registered lesson's step; its code loads on first use as its own chunk. */
export function LessonContent({ lessonId, ...props }: LessonProps & { lessonId: string }) {
  const Lesson = COMPONENTS.get(lessonId);
  if (!Lesson) throw new Error(`Lesson "${lessonId}" is not registered`);
  // The components are created once at module load (above), not during render.
  // eslint-disable-next-line react-hooks/static-components
  return <Lesson {...props} />;
}
