/** The backprop lesson's steps, in order (the registry lists the same ids and titles). */
import type { LessonStep } from '../types';

/** Steps of the lesson. */
export const BACKPROP_STEPS: LessonStep[] = [
  { id: 'example', title: 'A network in four lines' },
  { id: 'forward', title: 'The forward pass, node by node' },
  { id: 'backward', title: 'The backward pass, node by node' },
  { id: 'chain', title: 'The chain rule assembles' },
  { id: 'inputs', title: 'Change the inputs' },
  { id: 'custom-op', title: 'Write your own op' },
  { id: 'sigmoid', title: 'The sigmoid neuron, gate by gate' },
  { id: 'sandbox', title: 'Sandbox: your own graph' },
];
