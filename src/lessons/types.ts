/** Types shared by the lesson registry, the app shell and every lesson. */
import type { ComponentType } from 'react';
import type { ConceptId } from './concepts';

/** One step of a lesson: the unit an instructor advances through. */
export interface LessonStep {
  /** Stable slug, unique within the lesson (used in tests and anchors). */
  id: string;
  /** Short title shown in the outline and as the step heading. */
  title: string;
}

/** Props the shell passes to a lesson's component. */
export interface LessonProps {
  /** Zero-based index of the step to render. */
  step: number;
  /** True in presenter mode (large type, one step fills the screen). */
  isPresenting: boolean;
}

/** A lesson module's default export renders one step at a time. */
export type LessonComponent = ComponentType<LessonProps>;

/** Registry entry: everything the shell needs without loading the lesson's code. */
export interface LessonMeta {
  /** URL slug: `#/lesson/<id>/<step>`. */
  id: string;
  /** Title on the course map and the lesson page. */
  title: string;
  /** One-line summary for the course map. */
  summary: string;
  /** Estimated minutes for a student working through it. */
  minutes: number;
  /** Lecture concepts this lesson covers (see concepts.ts). */
  concepts: ConceptId[];
  /** The lesson's steps, in order. */
  steps: LessonStep[];
  /** Loads the lesson's code (a separate chunk). */
  load: () => Promise<{ default: LessonComponent }>;
}
