/** Multilayer perceptrons: shapes, activations, why the non-linearity matters, a 2-D playground, MNIST templates, overfitting. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./MlpSteps');

/** The lesson's one definition. */
export default defineLesson({
  id: 'mlp',
  title: 'Multilayer perceptrons and activation functions',
  summary:
    'From f = Wx to f = W₂ max(0, W₁x): shapes and parameter counts, activation functions, why the non-linearity matters, a 2-D playground, 100 MNIST templates and overfitting.',
  idea: 'A non-linearity between linear layers is what lets a network bend its decision boundary; without it the layers collapse into one matrix.',
  minutes: 35,
  concepts: ['mlp'],
  layout: pick(steps, 'MlpLayout'),
  steps: [
    {
      id: 'shapes',
      title: 'From one layer to two',
      content: pick(steps, 'ShapesContent'),
      notes: () => import('./notes/shapes.mdx'),
    },
    {
      id: 'activations',
      title: 'Activation functions and their derivatives',
      content: pick(steps, 'ActivationsContent'),
      notes: () => import('./notes/activations.mdx'),
    },
    {
      id: 'identity',
      title: 'Why the non-linearity matters',
      content: pick(steps, 'IdentityContent'),
      notes: () => import('./notes/identity.mdx'),
    },
    {
      id: 'playground',
      title: 'A 2-D playground',
      content: pick(steps, 'PlaygroundContent'),
      notes: () => import('./notes/playground.mdx'),
    },
    {
      id: 'templates',
      title: '100 shared templates on MNIST',
      content: pick(steps, 'TemplatesContent'),
      notes: () => import('./notes/templates.mdx'),
    },
    {
      id: 'overfit',
      title: 'Watch a model overfit',
      content: pick(steps, 'OverfitContent'),
      notes: () => import('./notes/overfit.mdx'),
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
