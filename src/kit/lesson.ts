/**
 * The one declared shape of a lesson. A lesson folder exports one `LessonDefinition` made with
 * `defineLesson`; the shell renders a step from its definition, and the course map, concept table,
 * outline, presenter and road map are all derived from the definitions.
 */
import type { ComponentType, ReactNode } from 'react';
import type { ConceptId } from './concepts';
import type { ExerciseDefinition } from './exercise/types';

/** Props the shell passes to every step's content. */
export interface StepProps {
  /** True in presenter mode (large type, one step fills the screen, prose moves to the notes). */
  isPresenting: boolean;
}

/** Props the shell passes to a lesson's optional layout, which wraps every step. */
export interface LessonLayoutProps extends StepProps {
  /** Id of the step on screen. */
  stepId: string;
  /** Zero-based index of the step on screen. */
  stepIndex: number;
  /** The step's content. */
  children: ReactNode;
}

/** A lazily loaded module whose default export is `T` (a separate chunk). */
export type Loader<T> = () => Promise<{ default: T }>;

/** One step of a lesson: the unit an instructor advances through. */
export interface StepDefinition {
  /** Stable slug, unique within the lesson (used in URLs of tests, anchors and the console). */
  id: string;
  /** Short title shown in the outline and as the step heading. */
  title: string;
  /** The step's content: prose (MDX) and figures. Loaded on first use. */
  content: Loader<ComponentType<StepProps>>;
  /**
   * Speaker notes for an instructor (MDX): what to say, one question for the room with its
   * expected answer, and the misconception to watch for.
   */
  notes: Loader<ComponentType>;
  /** Engine-checked exercises shown after the content. */
  exercises?: Loader<readonly ExerciseDefinition[]>;
}

/** A lesson: what the course map needs without loading its code, and its ordered steps. */
export interface LessonDefinition {
  /** URL slug: `#/lesson/<id>/<step>`. */
  id: string;
  /** Title on the course map and the lesson page. */
  title: string;
  /** One-line summary for the course map. */
  summary: string;
  /** The one idea a student takes away (the closing lesson's course summary lists these). */
  idea: string;
  /** Estimated minutes for a student working through it. */
  minutes: number;
  /** Lecture concepts this lesson covers. */
  concepts: readonly ConceptId[];
  /** The lesson's steps, in order. */
  steps: readonly StepDefinition[];
  /** Wraps every step while the lesson is open (owns per-lesson stores; disposes them on leave). */
  layout?: Loader<ComponentType<LessonLayoutProps>>;
}

/** Why a lesson definition is malformed, or null when it is well formed. */
export function lessonProblem(lesson: LessonDefinition): string | null {
  if (!/^[a-z0-9-]+$/.test(lesson.id)) return `Lesson id "${lesson.id}" must be a lowercase slug.`;
  if (lesson.steps.length === 0) return `Lesson "${lesson.id}" has no steps.`;
  const seen = new Set<string>();
  for (const step of lesson.steps) {
    if (!/^[a-z0-9-]+$/.test(step.id))
      return `Lesson "${lesson.id}": step id "${step.id}" must be a lowercase slug.`;
    if (seen.has(step.id)) return `Lesson "${lesson.id}" has two steps with the id "${step.id}".`;
    seen.add(step.id);
    if (typeof step.content !== 'function')
      return `Lesson "${lesson.id}": step "${step.id}" has no content.`;
    if (typeof step.notes !== 'function')
      return `Lesson "${lesson.id}": step "${step.id}" has no speaker notes.`;
  }
  return null;
}

/** Declares a lesson; throws at start-up (and in the registry test) when it is malformed. */
export function defineLesson<const T extends LessonDefinition>(lesson: T): T {
  const problem = lessonProblem(lesson);
  if (problem) throw new Error(problem);
  return lesson;
}

/** Index of the step with this id, or -1. */
export function stepIndex(lesson: LessonDefinition, id: string): number {
  return lesson.steps.findIndex((s) => s.id === id);
}
