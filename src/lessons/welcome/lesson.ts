/** The welcome lesson: what the course is, how its figures compute, how to present it. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./WelcomeSteps');

/** The lesson's one definition. */
export default defineLesson({
  id: 'welcome',
  title: 'Welcome to Chain Rule',
  summary: 'What the course teaches, how its figures compute, and how to present it in a lecture.',
  idea: 'Every number in this course is computed live by its own autodiff engine.',
  minutes: 5,
  concepts: [],
  steps: [
    {
      id: 'course',
      title: 'What you will build an intuition for',
      content: pick(steps, 'CourseStep'),
      notes: () => import('./notes/course.mdx'),
    },
    {
      id: 'live',
      title: 'Every number is computed',
      content: pick(steps, 'LiveStep'),
      notes: () => import('./notes/live.mdx'),
    },
    {
      id: 'map',
      title: 'The road through the lecture',
      content: pick(steps, 'MapStep'),
      notes: () => import('./notes/map.mdx'),
    },
    {
      id: 'present',
      title: 'Presenting in a lecture hall',
      content: pick(steps, 'PresentStep'),
      notes: () => import('./notes/present.mdx'),
    },
  ],
});
