/** Backpropagation on the engine's computational graph, stepped node by node. */
import { defineLesson } from '../../kit/lesson';
import { pick } from '../../kit/loaders';

const steps = () => import('./BackpropSteps');

/** The lesson's one definition. */
export default defineLesson({
  id: 'backprop',
  title: 'Backpropagation on a computational graph',
  summary:
    'Step through the forward and backward passes of the engine’s real graph: upstream times local, node by node.',
  idea: 'Every gradient is an upstream gradient times a local one, passed backwards node by node.',
  minutes: 30,
  concepts: ['backprop-scalar', 'custom-op', 'sigmoid-circuit'],
  layout: pick(steps, 'BackpropLayout'),
  steps: [
    {
      id: 'example',
      title: 'A network in four lines',
      content: pick(steps, 'ExampleContent'),
      notes: () => import('./notes/example.mdx'),
    },
    {
      id: 'forward',
      title: 'The forward pass, node by node',
      content: pick(steps, 'ForwardContent'),
      notes: () => import('./notes/forward.mdx'),
    },
    {
      id: 'backward',
      title: 'The backward pass, node by node',
      content: pick(steps, 'BackwardContent'),
      notes: () => import('./notes/backward.mdx'),
    },
    {
      id: 'chain',
      title: 'The chain rule assembles',
      content: pick(steps, 'ChainContent'),
      notes: () => import('./notes/chain.mdx'),
    },
    {
      id: 'inputs',
      title: 'Change the inputs',
      content: pick(steps, 'InputsContent'),
      notes: () => import('./notes/inputs.mdx'),
    },
    {
      id: 'custom-op',
      title: 'Write your own op',
      content: pick(steps, 'CustomOpContent'),
      notes: () => import('./notes/custom-op.mdx'),
    },
    {
      id: 'sigmoid',
      title: 'The sigmoid neuron, gate by gate',
      content: pick(steps, 'SigmoidContent'),
      notes: () => import('./notes/sigmoid.mdx'),
    },
    {
      id: 'sandbox',
      title: 'Sandbox: your own graph',
      content: pick(steps, 'SandboxContent'),
      notes: () => import('./notes/sandbox.mdx'),
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
