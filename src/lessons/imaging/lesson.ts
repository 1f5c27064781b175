/** Why neural networks in computational imaging: learned pipelines, and a live denoising duel. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./ImagingSteps');

/** The lesson's one definition. */
export default defineLesson({
  id: 'imaging',
  title: 'Why neural networks for imaging',
  summary:
    'Camera pipelines are being learned from examples: a hand-made filter against a small network, on noisy digits.',
  idea: 'A learned filter fits the data it was trained on; a hand-made one fits the rule its designer wrote.',
  minutes: 15,
  concepts: ['why-nn'],
  layout: pick(steps, 'ImagingLayout'),
  steps: [
    {
      id: 'pipelines',
      title: 'Learned pipelines',
      content: pick(steps, 'PipelinesContent'),
      notes: () => import('./notes/pipelines.mdx'),
    },
    {
      id: 'denoise',
      title: 'A hand-made filter against a learned one',
      content: pick(steps, 'DenoiseContent'),
      notes: () => import('./notes/denoise.mdx'),
    },
    {
      id: 'sweep',
      title: 'Where the learned filter wins, and where not',
      content: pick(steps, 'SweepContent'),
      notes: () => import('./notes/sweep.mdx'),
    },
  ],
});
