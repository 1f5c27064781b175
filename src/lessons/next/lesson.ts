/** The closing lesson: a first convolution, what the next lectures hold, and the course in review. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./NextSteps');

/** The lesson's one definition. */
export default defineLesson({
  id: 'next',
  title: 'What comes next',
  summary:
    'A first convolution, seen as a linear layer with local, shared weights; the next lectures; the course in one page.',
  idea: 'A convolution is a linear layer whose weights are local and shared.',
  minutes: 10,
  concepts: ['next-time'],
  layout: pick(steps, 'NextLayout'),
  steps: [
    {
      id: 'conv',
      title: 'A first convolution',
      content: pick(steps, 'ConvContent'),
      notes: () => import('./notes/conv.mdx'),
    },
    {
      id: 'matrix',
      title: 'The same operation as a linear layer',
      content: pick(steps, 'MatrixContent'),
      notes: () => import('./notes/matrix.mdx'),
    },
    {
      id: 'lectures',
      title: 'The next lectures, and further reading',
      content: pick(steps, 'LecturesContent'),
      notes: () => import('./notes/lectures.mdx'),
    },
    {
      id: 'summary',
      title: 'The course in one page',
      content: pick(steps, 'SummaryContent'),
      notes: () => import('./notes/summary.mdx'),
    },
  ],
});
