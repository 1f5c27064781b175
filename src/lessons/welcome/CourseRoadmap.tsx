import { useState } from 'react';
import { Link } from 'wouter';
import { useSubSteps } from '../../app/presenter/substeps';
import { lessonHref } from '../links';
import { COURSE_PLAN } from '../plan';

/** Props of the roadmap. */
export interface CourseRoadmapProps {
  /** Parts shown at first. */
  initiallyShown?: number;
}

/** The course plan revealed one part per click; in presenter mode the clicker drives it. */
export function CourseRoadmap({ initiallyShown = 1 }: CourseRoadmapProps) {
  const total = COURSE_PLAN.length;
  const [shown, setShown] = useState(Math.min(total, Math.max(1, initiallyShown)));
  useSubSteps({
    next: () => (shown < total ? (setShown(shown + 1), true) : false),
    prev: () => (shown > 1 ? (setShown(shown - 1), true) : false),
  });
  return (
    <figure className="roadmap" aria-label="The course plan">
      <ol className="roadmap-list">
        {COURSE_PLAN.slice(0, shown).map((part, i) => (
          <li key={part.title} className={i === shown - 1 ? 'roadmap-item latest' : 'roadmap-item'}>
            <strong>
              {part.lessonId ? (
                <Link href={lessonHref(part.lessonId)}>{part.title}</Link>
              ) : (
                part.title
              )}
            </strong>
            <span className="muted"> · {part.summary}</span>
          </li>
        ))}
      </ol>
      <div className="roadmap-controls">
        <button
          type="button"
          onClick={() => setShown(Math.min(total, shown + 1))}
          disabled={shown >= total}
        >
          Reveal the next part
        </button>
        <button type="button" onClick={() => setShown(total)} disabled={shown >= total}>
          Show all
        </button>
        <span className="muted" aria-live="polite">
          {shown} of {total} parts
        </span>
      </div>
      <figcaption className="muted">
        In presenter mode each click of the clicker reveals one part before moving on.
      </figcaption>
    </figure>
  );
}
