import { useState } from 'react';
import { Link } from 'wouter';
import { CONCEPTS } from '../../kit/concepts';
import { useCourse } from '../../kit/course';
import { lessonHref } from '../../kit/links';
import { useSubSteps } from '../../kit/substeps';

/** Props of the roadmap. */
export interface CourseRoadmapProps {
  /** Lessons shown at first. */
  initiallyShown?: number;
}

/**
 * The course's lessons, derived from the registry, revealed one per click (the clicker drives it
 * in presenter mode); lecture concepts that no lesson covers yet are listed honestly below.
 */
export function CourseRoadmap({ initiallyShown = 1 }: CourseRoadmapProps) {
  const lessons = useCourse();
  const total = lessons.length;
  const [shown, setShown] = useState(Math.min(total, Math.max(1, initiallyShown)));
  useSubSteps({
    next: () => (shown < total ? (setShown(shown + 1), true) : false),
    prev: () => (shown > 1 ? (setShown(shown - 1), true) : false),
    position: () => [shown, total],
    clicker: `Each press adds the next lesson to the road map (${total} in all); Back removes the last one.`,
  });
  const missing = CONCEPTS.filter((c) => !lessons.some((l) => l.concepts.includes(c.id)));
  return (
    <figure className="roadmap" aria-label="The course's lessons">
      <ol className="roadmap-list">
        {lessons.slice(0, shown).map((lesson, i) => (
          <li key={lesson.id} className={i === shown - 1 ? 'roadmap-item latest' : 'roadmap-item'}>
            <strong>
              <Link href={lessonHref(lesson.id)}>{lesson.title}</Link>
            </strong>
            <span className="muted">
              {' '}
              · {lesson.summary} ({lesson.steps.length} steps, {lesson.minutes} min)
            </span>
          </li>
        ))}
      </ol>
      <div className="roadmap-controls">
        <button
          type="button"
          onClick={() => setShown(Math.min(total, shown + 1))}
          disabled={shown >= total}
        >
          Reveal the next lesson
        </button>
        <button type="button" onClick={() => setShown(total)} disabled={shown >= total}>
          Show all
        </button>
        <span className="muted" aria-live="polite">
          {shown} of {total} lessons
        </span>
      </div>
      {missing.length > 0 && (
        <p className="muted">
          Not in the course yet: {missing.map((c) => `${c.number}. ${c.title}`).join('; ')}.
        </p>
      )}
    </figure>
  );
}
