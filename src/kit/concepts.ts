/**
 * The concepts of the lecture the course follows (Stanford EE367 lecture 8, adapted from
 * CS231n), in lecture order. Lessons declare which of these they cover; the course map
 * shows the coverage.
 */

/** Identifier of a lecture concept. */
export type ConceptId =
  | 'why-nn'
  | 'pixels'
  | 'recipe'
  | 'linear'
  | 'mlp'
  | 'inpainting'
  | 'gradient-descent'
  | 'three-gradients'
  | 'backprop-scalar'
  | 'custom-op'
  | 'training-loop'
  | 'jacobians'
  | 'sigmoid-circuit'
  | 'next-time';

/** A lecture concept with its number in the lecture and a short title. */
export interface Concept {
  /** Stable identifier. */
  id: ConceptId;
  /** Position in the lecture, from 1. */
  number: number;
  /** Short title. */
  title: string;
}

/** All lecture concepts, in lecture order. */
export const CONCEPTS: readonly Concept[] = [
  { id: 'why-nn', number: 1, title: 'Why neural networks in computational imaging' },
  { id: 'pixels', number: 2, title: 'What the computer sees' },
  { id: 'recipe', number: 3, title: 'The supervised-learning recipe' },
  { id: 'linear', number: 4, title: 'Linear models' },
  { id: 'mlp', number: 5, title: 'Multilayer perceptrons and activations' },
  { id: 'inpainting', number: 6, title: 'Image inpainting as regression' },
  { id: 'gradient-descent', number: 7, title: 'Training by gradient descent' },
  { id: 'three-gradients', number: 8, title: 'Numerical, symbolic and automatic gradients' },
  { id: 'backprop-scalar', number: 9, title: 'Backpropagation on a scalar graph' },
  { id: 'custom-op', number: 10, title: 'Writing a custom op' },
  { id: 'training-loop', number: 11, title: 'The mini-batch training loop' },
  { id: 'jacobians', number: 12, title: 'Vector and Jacobian differentiation' },
  { id: 'sigmoid-circuit', number: 13, title: 'The sigmoid circuit, gate by gate' },
  { id: 'next-time', number: 14, title: 'Next: convolutional and deep networks' },
];

/** Looks up a concept by id. */
export function conceptById(id: ConceptId): Concept {
  const concept = CONCEPTS.find((c) => c.id === id);
  if (!concept) throw new Error(`Unknown lecture concept "${id}"`);
  return concept;
}
