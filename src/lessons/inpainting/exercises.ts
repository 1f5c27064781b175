/** The inpainting lesson's exercises. */
import type { ExerciseDefinition } from '../../kit/exercise/types';

/** The exercises, in order. */
const EXERCISES: readonly ExerciseDefinition[] = [];
export default EXERCISES;
