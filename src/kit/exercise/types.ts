/** The shape of an engine-checked exercise: numbers drawn from a seed, answers computed by the engine. */
import type { GraphData } from '../../engine';

/** A wrong answer worth a targeted reply ("that is w₁'s chain"). */
export interface KnownMistake {
  /** The wrong value a student is likely to give. */
  value: number;
  /** What that value means, and what to look at instead. */
  message: string;
}

/** One generated question. Text may hold inline TeX between `$…$`. */
export interface ExerciseQuestion {
  /** The question, with its numbers. */
  prompt: string;
  /** The engine's answer. */
  answer: number;
  /** Accepted relative error (default 1e-3, with an absolute floor of 1e-6). */
  tolerance?: number;
  /** A nudge without the answer. */
  hint: string;
  /** The worked answer, step by step. */
  solution: string;
  /** The engine's graph with the numbers, drawn under the worked answer. */
  graph?: GraphData;
  /** Wrong values with targeted feedback. */
  mistakes?: readonly KnownMistake[];
}

/** An exercise: a stable id, a title, and a generator of questions from a seed. */
export interface ExerciseDefinition {
  /** Stable slug, unique within the lesson (progress and the URL seed use it). */
  id: string;
  /** Short title. */
  title: string;
  /** Builds a question from a seed; the same seed gives the same numbers. */
  generate: (seed: number) => ExerciseQuestion;
}
