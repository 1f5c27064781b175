/** Images as vectors: the linear classifier on MNIST, trained live. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./LinearSteps');

/** The lesson's one definition. */
export default defineLesson({
  id: 'linear',
  title: 'Images as vectors: the linear classifier on MNIST',
  summary:
    'What the computer sees, the supervised-learning recipe, f(x) = Wx + b trained live, its templates, regions and limits.',
  idea: 'A linear classifier scores an image against ten templates, one row of W each.',
  minutes: 25,
  concepts: ['pixels', 'recipe', 'linear'],
  layout: pick(steps, 'LinearLayout'),
  steps: [
    {
      id: 'pixels',
      title: 'What the computer sees',
      content: pick(steps, 'PixelsContent'),
      notes: () => import('./notes/pixels.mdx'),
    },
    {
      id: 'variation',
      title: 'Why no hand-written rule works',
      content: pick(steps, 'VariationContent'),
      notes: () => import('./notes/variation.mdx'),
    },
    {
      id: 'recipe',
      title: 'The supervised-learning recipe',
      content: pick(steps, 'RecipeContent'),
      notes: () => import('./notes/recipe.mdx'),
    },
    {
      id: 'model',
      title: 'The linear model f(x) = Wx + b',
      content: pick(steps, 'ModelContent'),
      notes: () => import('./notes/model.mdx'),
    },
    {
      id: 'train',
      title: 'Training it on MNIST, live',
      content: pick(steps, 'TrainContent'),
      notes: () => import('./notes/train.mdx'),
    },
    {
      id: 'geometry',
      title: 'The geometric view: decision planes',
      content: pick(steps, 'GeometryContent'),
      notes: () => import('./notes/geometry.mdx'),
    },
    {
      id: 'limits',
      title: 'Where a linear model fails',
      content: pick(steps, 'LimitsContent'),
      notes: () => import('./notes/limits.mdx'),
    },
    {
      id: 'draw',
      title: 'Draw a digit',
      content: pick(steps, 'DrawContent'),
      notes: () => import('./notes/draw.mdx'),
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
