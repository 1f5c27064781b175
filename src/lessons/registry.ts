/**
 * The one place lessons are registered. The shell (course map, routing, outline, presenter)
 * shows exactly these lessons, in this order. Each lesson's code loads as its own chunk.
 */
import type { LessonMeta } from './types';
import { BACKPROP_STEPS } from './backprop/steps';

/** Registered lessons, in course order. */
export const LESSONS: readonly LessonMeta[] = [
  {
    id: 'welcome',
    title: 'Welcome to Chain Rule',
    summary:
      'What the course teaches, how its figures compute, and how to present it in a lecture.',
    minutes: 5,
    concepts: ['why-nn'],
    steps: [
      { id: 'course', title: 'What you will build an intuition for' },
      { id: 'live', title: 'Every number is computed' },
      { id: 'map', title: 'The road through the lecture' },
      { id: 'present', title: 'Presenting in a lecture hall' },
    ],
    load: () => import('./welcome/WelcomeLesson'),
  },
  {
    id: 'linear',
    title: 'Images as vectors: the linear classifier on MNIST',
    summary:
      'What the computer sees, the supervised-learning recipe, f(x) = Wx + b trained live, its templates, regions and limits.',
    minutes: 25,
    concepts: ['pixels', 'recipe', 'linear'],
    steps: [
      { id: 'pixels', title: 'What the computer sees' },
      { id: 'variation', title: 'Why no hand-written rule works' },
      { id: 'recipe', title: 'The supervised-learning recipe' },
      { id: 'model', title: 'The linear model f(x) = Wx + b' },
      { id: 'train', title: 'Training it on MNIST, live' },
      { id: 'geometry', title: 'The geometric view: decision planes' },
      { id: 'limits', title: 'Where a linear model fails' },
      { id: 'draw', title: 'Draw a digit' },
    ],
    load: () => import('./linear/LinearLesson'),
  },
  {
    id: 'backprop',
    title: 'Backpropagation on a computational graph',
    summary:
      'Step through the forward and backward passes of the engine’s real graph: upstream times local, node by node.',
    minutes: 30,
    concepts: ['backprop-scalar', 'custom-op', 'sigmoid-circuit'],
    steps: BACKPROP_STEPS,
    load: () => import('./backprop/BackpropLesson'),
  },
];

/** Finds a registered lesson by id, or undefined. */
export function findLesson(id: string): LessonMeta | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** The lessons before and after `id` in course order (undefined at either end). */
export function neighbours(id: string): { prev?: LessonMeta; next?: LessonMeta } {
  const i = LESSONS.findIndex((l) => l.id === id);
  if (i < 0) return {};
  return { prev: LESSONS[i - 1], next: LESSONS[i + 1] };
}

/** Clamps a 1-based step number from a URL to the lesson's valid range, as a 0-based index. */
export function clampStep(lesson: LessonMeta, oneBased: number): number {
  if (!Number.isFinite(oneBased)) return 0;
  return Math.min(lesson.steps.length - 1, Math.max(0, Math.round(oneBased) - 1));
}
