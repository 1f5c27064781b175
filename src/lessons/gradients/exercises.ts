/** The gradients lesson's exercises (filled in later in this branch). */
import type { ExerciseDefinition } from '../../kit/exercise/types';

/** The lesson's exercises. */
const EXERCISES: readonly ExerciseDefinition[] = [];
export default EXERCISES;
