/** Loads a step's exercises (their generators call the engine, so they are a chunk of their own). */
import { use } from 'react';
import type { Loader } from '../lesson';
import { ExerciseSet } from './ExerciseSet';
import type { ExerciseDefinition } from './types';

type Exercises = readonly ExerciseDefinition[];
const PENDING = new Map<Loader<Exercises>, Promise<Exercises>>();

function load(loader: Loader<Exercises>): Promise<Exercises> {
  let promise = PENDING.get(loader);
  if (!promise) {
    promise = loader().then(
      (m) => m.default,
      (error: unknown) => {
        PENDING.delete(loader);
        throw error;
      },
    );
    PENDING.set(loader, promise);
  }
  return promise;
}

/** The exercises of one step; suspends while their chunk loads. */
export function StepExercises({
  lessonId,
  loader,
}: {
  lessonId: string;
  loader: Loader<Exercises>;
}) {
  const exercises = use(load(loader));
  return <ExerciseSet lessonId={lessonId} exercises={exercises} />;
}
