/** Losses, gradient descent and the loss landscape: one step by hand, then surfaces, then a real network. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./DescentSteps');
const landscape = () => import('./LandscapeStep');

/** The lesson's one definition. */
export default defineLesson({
  id: 'descent',
  title: 'Losses, gradient descent and the loss landscape',
  summary:
    'Take a step downhill by hand, steer descent on 2-D surfaces, compare the two losses, and look at a real network’s landscape.',
  idea: 'Training walks downhill: θ ← θ − α∇L, and the step size decides whether it settles, zig-zags or blows up.',
  minutes: 35,
  concepts: ['gradient-descent'],
  layout: pick(steps, 'DescentLayout'),
  steps: [
    {
      id: 'one-step',
      title: 'One step downhill, by hand',
      content: pick(steps, 'OneStepContent'),
      notes: () => import('./notes/one-step.mdx'),
    },
    {
      id: 'surface',
      title: 'Descending a 2-D surface',
      content: pick(steps, 'SurfaceContent'),
      notes: () => import('./notes/surface.mdx'),
    },
    {
      id: 'losses',
      title: 'Two losses, two gradients',
      content: pick(steps, 'LossesContent'),
      notes: () => import('./notes/losses.mdx'),
    },
    {
      id: 'minibatch',
      title: 'The noise of mini-batches',
      content: pick(steps, 'MinibatchContent'),
      notes: () => import('./notes/minibatch.mdx'),
    },
    {
      id: 'landscape',
      title: 'A real network’s landscape',
      content: pick(landscape, 'LandscapeContent'),
      notes: () => import('./notes/landscape.mdx'),
    },
    {
      id: 'practice',
      title: 'Check yourself',
      content: pick(steps, 'PracticeContent'),
      notes: () => import('./notes/practice.mdx'),
      exercises: () => import('./exercises'),
    },
  ],
});
