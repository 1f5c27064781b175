/**
 * The one place lessons are registered. The shell (course map, concept table, routing, outline,
 * presenter, road map) shows exactly these lessons, in this order. Each lesson folder exports one
 * definition; its steps' code loads as separate chunks.
 */
import type { LessonDefinition } from '../kit/lesson';
import welcome from './welcome/lesson';
import imaging from './imaging/lesson';
import linear from './linear/lesson';
import mlp from './mlp/lesson';
import descent from './descent/lesson';
import gradients from './gradients/lesson';
import backprop from './backprop/lesson';
import jacobians from './jacobians/lesson';
import training from './training/lesson';
import inpainting from './inpainting/lesson';
import next from './next/lesson';

/** Registered lessons, in course order. */
export const LESSONS: readonly LessonDefinition[] = [
  welcome,
  imaging,
  linear,
  mlp,
  descent,
  gradients,
  backprop,
  jacobians,
  training,
  inpainting,
  next,
];

/** Finds a registered lesson by id (case-insensitive), or undefined. */
export function findLesson(id: string): LessonDefinition | undefined {
  const wanted = id.toLowerCase();
  return LESSONS.find((l) => l.id === wanted);
}

/** The lessons before and after `id` in course order (undefined at either end). */
export function neighbours(id: string): { prev?: LessonDefinition; next?: LessonDefinition } {
  const i = LESSONS.findIndex((l) => l.id === id);
  if (i < 0) return {};
  return { prev: LESSONS[i - 1], next: LESSONS[i + 1] };
}

/**
 * Clamps a 1-based step number from a URL to the lesson's valid range, as a 0-based index.
 * A number past either end goes to that end, however large (`Infinity` as `1e308`: the last
 * step; `-Infinity`: the first); what is not a number at all (NaN) goes to the first step.
 */
export function clampStep(lesson: LessonDefinition, oneBased: number): number {
  if (Number.isNaN(oneBased)) return 0;
  return Math.min(lesson.steps.length - 1, Math.max(0, Math.round(oneBased) - 1));
}
