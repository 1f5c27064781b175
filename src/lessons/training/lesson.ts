/** The mini-batch training loop on MNIST: step it beat by beat, train your own MLP, interrogate it. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./TrainingSteps');

/** The lesson's one definition. */
export default defineLesson({
  id: 'training',
  title: 'The mini-batch training loop on MNIST',
  summary:
    'Sample a batch, forward, backward, update: step the loop beat by beat, then train your own MLP on MNIST and interrogate it.',
  idea: 'Training is one short loop repeated: sample a batch, forward, backward, update every parameter.',
  minutes: 35,
  concepts: ['training-loop'],
  layout: pick(steps, 'TrainingLayout'),
  steps: [
    {
      id: 'loop',
      title: 'The loop in four beats',
      content: pick(steps, 'LoopContent'),
      notes: () => import('./notes/loop.mdx'),
    },
    {
      id: 'train',
      title: 'Train your own network',
      content: pick(steps, 'TrainContent'),
      notes: () => import('./notes/train.mdx'),
    },
    {
      id: 'diverge',
      title: 'When training blows up',
      content: pick(steps, 'DivergeContent'),
      notes: () => import('./notes/diverge.mdx'),
    },
    {
      id: 'inspect',
      title: 'Interrogate the model',
      content: pick(steps, 'InspectContent'),
      notes: () => import('./notes/inspect.mdx'),
    },
    {
      id: 'draw',
      title: 'Draw a digit',
      content: pick(steps, 'DrawContent'),
      notes: () => import('./notes/draw.mdx'),
    },
    {
      id: 'keep',
      title: 'Keep your model',
      content: pick(steps, 'KeepContent'),
      notes: () => import('./notes/keep.mdx'),
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
