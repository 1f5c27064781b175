/**
 * The course plan: the eleven parts of the lecture in teaching order. A part links to its lesson
 * once that lesson is registered; the welcome lesson walks through this plan.
 */
import type { ConceptId } from './concepts';

/** One part of the course plan. */
export interface PlanPart {
  /** Short title. */
  title: string;
  /** What a student does there, in one line. */
  summary: string;
  /** Lecture concepts the part covers. */
  concepts: ConceptId[];
  /** Id of the registered lesson that teaches it, when there is one. */
  lessonId?: string;
}

/** The eleven parts, in order. */
export const COURSE_PLAN: readonly PlanPart[] = [
  {
    title: 'Why neural networks',
    summary: 'Learned pipelines for demosaicking, denoising, deblurring and HDR.',
    concepts: ['why-nn'],
  },
  {
    title: 'What the computer sees',
    summary: 'An MNIST digit is a 28×28 grid of numbers from 0 to 255.',
    concepts: ['pixels'],
    lessonId: 'linear',
  },
  {
    title: 'The supervised-learning recipe',
    summary: 'Data, model, loss, training, evaluation: five steps.',
    concepts: ['recipe'],
    lessonId: 'linear',
  },
  {
    title: 'Linear classifiers',
    summary: 'f(x) = Wx + b: ten templates, ten decision planes.',
    concepts: ['linear'],
    lessonId: 'linear',
  },
  {
    title: 'MLPs and activations',
    summary: 'Stack layers with a ReLU between them and bend the boundary.',
    concepts: ['mlp'],
  },
  {
    title: 'Losses and gradient descent',
    summary: 'Walk downhill on the loss landscape, one step of size α at a time.',
    concepts: ['gradient-descent'],
  },
  {
    title: 'Three ways to differentiate',
    summary: 'Numerical, symbolic and automatic: accuracy against effort.',
    concepts: ['three-gradients'],
  },
  {
    title: 'Backpropagation on a graph',
    summary: 'Upstream gradient times local gradient, node by node.',
    concepts: ['backprop-scalar', 'custom-op', 'sigmoid-circuit'],
    lessonId: 'backprop',
  },
  {
    title: 'Vectors and Jacobians',
    summary: 'The same rule with matrices: shapes must always match.',
    concepts: ['jacobians'],
  },
  {
    title: 'Training on MNIST',
    summary: 'Sample a batch, forward, backward, update: repeat.',
    concepts: ['training-loop'],
  },
  {
    title: 'Image inpainting',
    summary: 'Regression with an MLP: fill in the missing pixels.',
    concepts: ['inpainting', 'next-time'],
  },
];
