/** Vector differentiation: Jacobians of the engine's own tensor ops, and the tensor graph. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./JacobianSteps');

/** The lesson's one definition. */
export default defineLesson({
  id: 'jacobians',
  title: 'Vector differentiation, Jacobians and the tensor graph',
  summary:
    'From scalars to vectors: the engine’s Jacobians of a matrix multiply, an elementwise product and a ReLU, and a chain whose shapes must line up.',
  idea: 'A Jacobian is output × input; backprop multiplies them without ever building the big ones.',
  minutes: 35,
  concepts: ['jacobians'],
  layout: pick(steps, 'JacobiansLayout'),
  steps: [
    {
      id: 'shapes',
      title: 'Name the shapes',
      content: pick(steps, 'ShapesContent'),
      notes: () => import('./notes/shapes.mdx'),
    },
    {
      id: 'matmul',
      title: 'A matrix multiply’s Jacobian is the matrix',
      content: pick(steps, 'MatmulContent'),
      notes: () => import('./notes/matmul.mdx'),
    },
    {
      id: 'elementwise',
      title: 'Elementwise ops have diagonal Jacobians',
      content: pick(steps, 'ElementwiseContent'),
      notes: () => import('./notes/elementwise.mdx'),
    },
    {
      id: 'chain',
      title: 'Shapes must line up along the chain',
      content: pick(steps, 'ChainContent'),
      notes: () => import('./notes/chain.mdx'),
    },
    {
      id: 'views',
      title: 'Tensor graph and scalar graph',
      content: pick(steps, 'ViewsContent'),
      notes: () => import('./notes/views.mdx'),
    },
    {
      id: 'layouts',
      title: 'Numerator and denominator layout',
      content: pick(steps, 'LayoutsContent'),
      notes: () => import('./notes/layouts.mdx'),
    },
    {
      id: 'trust',
      title: 'Trust it: against finite differences',
      content: pick(steps, 'TrustContent'),
      notes: () => import('./notes/trust.mdx'),
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
