/**
 * A step's exercises: each with its seed in the URL (a class can share one), progress kept per
 * lesson in localStorage, and the presenter's clicker revealing one worked answer per press.
 */
import { useMemo, useState } from 'react';
import { readHashParams, setHashParams, useHashSearch } from '../hash-location';
import { useSubSteps } from '../substeps';
import { Exercise } from './Exercise';
import { loadProgress, recordAttempt, type LessonProgress } from './progress';
import { defaultSeed, freshSeed, parseSeed, seedKey } from './seed';
import type { ExerciseDefinition } from './types';
import './exercise.css';

/** Props of {@link ExerciseSet}. */
export interface ExerciseSetProps {
  /** The lesson the exercises belong to (progress is kept per lesson). */
  lessonId: string;
  /** The exercises, in order. */
  exercises: readonly ExerciseDefinition[];
}

/** Seeds from the URL, the keys whose values were unreadable, and a setter. */
function useSeeds(exercises: readonly ExerciseDefinition[]) {
  const search = useHashSearch();
  return useMemo(() => {
    const params = new URLSearchParams(search);
    const rejected: string[] = [];
    const seeds = exercises.map((ex) => {
      const raw = params.get(seedKey(ex.id));
      const seed = parseSeed(raw);
      if (raw !== null && seed === null) rejected.push(seedKey(ex.id));
      return seed ?? defaultSeed(ex.id);
    });
    return { seeds, rejected };
  }, [exercises, search]);
}

/** The exercises of one step, with a progress line. */
export function ExerciseSet({ lessonId, exercises }: ExerciseSetProps) {
  const { seeds, rejected } = useSeeds(exercises);
  const [progress, setProgress] = useState<LessonProgress>(() => loadProgress(lessonId));
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const setShown = (id: string, isShown: boolean) =>
    setRevealed((r) => {
      const next = new Set(r);
      if (isShown) next.add(id);
      else next.delete(id);
      return next;
    });
  useSubSteps({
    next: () => {
      const hidden = exercises.find((ex) => !revealed.has(ex.id));
      return hidden ? (setShown(hidden.id, true), true) : false;
    },
    prev: () => {
      const shown = [...exercises].reverse().find((ex) => revealed.has(ex.id));
      return shown ? (setShown(shown.id, false), true) : false;
    },
    position: () => [revealed.size, exercises.length],
    clicker:
      'Each press shows the next exercise’s worked answer (ask the room first); Back hides the last one shown.',
  });
  const totals = exercises.reduce(
    (t, ex) => {
      const p = Object.hasOwn(progress, ex.id) ? progress[ex.id] : undefined;
      return {
        tried: t.tried + (p && p.attempted > 0 ? 1 : 0),
        right: t.right + (p && p.correct > 0 ? 1 : 0),
      };
    },
    { tried: 0, right: 0 },
  );
  return (
    <div className="exercise-set">
      <p className="exercise-progress muted" aria-live="polite">
        Attempted {totals.tried} of {exercises.length} · answered correctly {totals.right} of{' '}
        {exercises.length}
      </p>
      {rejected.length > 0 && (
        <p className="notice" role="status">
          The link&rsquo;s exercise seed ({rejected.join(', ')}) was not a whole number from 0 to
          999999; the default numbers are shown.
        </p>
      )}
      {exercises.map((ex, i) => (
        <Exercise
          key={ex.id}
          exercise={ex}
          number={i + 1}
          seed={seeds[i]}
          onNewSeed={() => {
            const previous = parseSeed(readHashParams().get(seedKey(ex.id))) ?? seeds[i];
            setHashParams({ [seedKey(ex.id)]: String(freshSeed(previous)) });
          }}
          onAttempt={(isRight) => setProgress(recordAttempt(lessonId, ex.id, isRight))}
          isRevealed={revealed.has(ex.id)}
          onReveal={(isShown) => setShown(ex.id, isShown)}
        />
      ))}
    </div>
  );
}
