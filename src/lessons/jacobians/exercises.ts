/** The Jacobians lesson's exercises (answers computed by the engine). */
import type { ExerciseDefinition } from '../../kit/exercise/types';

/** The lesson's exercises. */
const EXERCISES: readonly ExerciseDefinition[] = [];
export default EXERCISES;
