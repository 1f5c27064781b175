/** The descent lesson's exercises (answers from the engine). */
import type { ExerciseDefinition } from '../../kit/exercise/types';

/** The exercises, in order. */
export default [] satisfies readonly ExerciseDefinition[];
