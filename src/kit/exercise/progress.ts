/**
 * Each lesson's exercise progress (attempted, correct) in localStorage. A corrupt, foreign or
 * unavailable value is ignored, never a crash.
 */

/** Progress on one exercise. */
export interface ExerciseProgress {
  /** Answers checked. */
  attempted: number;
  /** Answers that were right. */
  correct: number;
}

/** Progress of a lesson, by exercise id. */
export type LessonProgress = Record<string, ExerciseProgress>;

const PREFIX = 'chain-rule:exercises:';

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1e9;
}

/** Keeps only well-formed entries of a stored value. */
export function sanitizeProgress(raw: unknown): LessonProgress {
  const out: LessonProgress = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [id, entry] of Object.entries(raw)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { attempted, correct } = entry as Record<string, unknown>;
    if (isCount(attempted) && isCount(correct) && correct <= attempted)
      out[id] = { attempted, correct };
  }
  return out;
}

/** Reads a lesson's progress; {} when absent, corrupt or storage is unavailable. */
export function loadProgress(
  lessonId: string,
  storage: Storage | null = safeStorage(),
): LessonProgress {
  try {
    const text = storage?.getItem(PREFIX + lessonId);
    return text ? sanitizeProgress(JSON.parse(text)) : {};
  } catch {
    return {};
  }
}

/** Records one checked answer and returns the new progress (storage failures are ignored). */
export function recordAttempt(
  lessonId: string,
  exerciseId: string,
  isRight: boolean,
  storage: Storage | null = safeStorage(),
): LessonProgress {
  const progress = loadProgress(lessonId, storage);
  const before = Object.hasOwn(progress, exerciseId)
    ? progress[exerciseId]
    : { attempted: 0, correct: 0 };
  const next = {
    ...progress,
    [exerciseId]: { attempted: before.attempted + 1, correct: before.correct + (isRight ? 1 : 0) },
  };
  try {
    storage?.setItem(PREFIX + lessonId, JSON.stringify(next));
  } catch {
    // NOTE: quota exceeded or storage disabled: progress lives for this page only.
  }
  return next;
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
