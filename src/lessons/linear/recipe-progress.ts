/** Which recipe steps the student has reached, from where they are in the lesson and what has run. */
import type { RecipeStepId } from '../../kit/RecipeStepper';
import linearLesson from './lesson';

/** Step indices of the lesson, by id, derived from its definition (reordering stays correct). */
export const STEP = Object.fromEntries(linearLesson.steps.map((s, i) => [s.id, i])) as Record<
  (typeof linearLesson.steps)[number]['id'],
  number
>;

/** Facts the recipe progress depends on. */
export interface RecipeFacts {
  /** Zero-based lesson step on screen. */
  step: number;
  /** The test digits are loaded (data collected). */
  hasData: boolean;
  /** Optimizer steps the MNIST run has taken. */
  iteration: number;
  /** The MNIST run has been evaluated on the test set at least once. */
  hasEvaluation: boolean;
}

/** The recipe steps reached: data once digits are on screen, model from the model step on, loss
 * from the training step on, train once it has trained there, evaluate once it was tested. */
export function recipeReached(f: RecipeFacts): RecipeStepId[] {
  const out: RecipeStepId[] = [];
  if (f.hasData || f.step >= STEP.recipe) out.push('data');
  if (f.step >= STEP.model) out.push('model');
  if (f.step >= STEP.train) out.push('loss');
  if (f.step >= STEP.train && f.iteration > 0) out.push('train');
  if (f.step >= STEP.train && f.hasEvaluation) out.push('evaluate');
  return out;
}

/** The recipe step each lesson step is about (the stepper highlights it). */
export function recipeCurrent(step: number): RecipeStepId | undefined {
  if (step <= STEP.variation) return 'data';
  if (step === STEP.model || step === STEP.geometry || step === STEP.limits) return 'model';
  if (step === STEP.train) return 'train';
  if (step === STEP.draw) return 'evaluate';
  if (step === STEP.practice) return undefined;
  return undefined;
}
