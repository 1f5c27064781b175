/** Image inpainting as regression: masked digits in, whole digits out, trained live. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./InpaintingSteps');

/** The lesson's one definition. */
export default defineLesson({
  id: 'inpainting',
  title: 'Image inpainting: regression with an MLP',
  summary:
    'Hide pixels of a digit and train an MLP to fill them in: same network, a 784-number output and a squared-error loss.',
  idea: 'Change the output size and the loss, and the same network and training loop do regression instead of classification.',
  minutes: 25,
  concepts: ['inpainting'],
  layout: pick(steps, 'InpaintingLayout'),
  steps: [
    {
      id: 'task',
      title: 'The task: masked in, whole out',
      content: pick(steps, 'TaskContent'),
      notes: () => import('./notes/task.mdx'),
    },
    {
      id: 'model',
      title: 'The model and its loss',
      content: pick(steps, 'ModelContent'),
      notes: () => import('./notes/model.mdx'),
    },
    {
      id: 'train',
      title: 'Train it live',
      content: pick(steps, 'TrainContent'),
      notes: () => import('./notes/train.mdx'),
    },
    {
      id: 'measure',
      title: 'Measure it against hand-made fills',
      content: pick(steps, 'MeasureContent'),
      notes: () => import('./notes/measure.mdx'),
    },
    {
      id: 'paint',
      title: 'Paint your own mask',
      content: pick(steps, 'PaintContent'),
      notes: () => import('./notes/paint.mdx'),
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
