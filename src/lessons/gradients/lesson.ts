/** Three ways to compute a gradient: numerical, symbolic and automatic, each measured by the engine. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./GradientSteps');

/** The lesson's one definition. */
export default defineLesson({
  id: 'gradients',
  title: 'Three ways to compute a gradient',
  summary:
    'Measure the lecture’s claims: finite differences are easy but inexact and slow, symbolic derivatives swell, automatic differentiation re-uses everything.',
  idea: 'Finite differences check gradients; automatic differentiation computes them, exactly and in one backward pass.',
  minutes: 35,
  concepts: ['three-gradients'],
  layout: pick(steps, 'GradientsLayout'),
  steps: [
    {
      id: 'numerical',
      title: 'Numerical: how small should h be?',
      content: pick(steps, 'NumericalContent'),
      notes: () => import('./notes/numerical.mdx'),
    },
    {
      id: 'cost',
      title: 'Numerical: what it costs',
      content: pick(steps, 'CostContent'),
      notes: () => import('./notes/cost.mdx'),
    },
    {
      id: 'symbolic',
      title: 'Symbolic: watch the derivative swell',
      content: pick(steps, 'SymbolicContent'),
      notes: () => import('./notes/symbolic.mdx'),
    },
    {
      id: 'automatic',
      title: 'Automatic: forward and reverse mode',
      content: pick(steps, 'AutomaticContent'),
      notes: () => import('./notes/automatic.mdx'),
    },
    {
      id: 'gradcheck',
      title: 'The engineer’s tool: gradcheck',
      content: pick(steps, 'GradcheckContent'),
      notes: () => import('./notes/gradcheck.mdx'),
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
