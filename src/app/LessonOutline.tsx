import { useState } from 'react';
import { Link } from 'wouter';
import type { LessonDefinition } from '../kit/lesson';

/** Props of the lesson outline. */
export interface LessonOutlineProps {
  /** The lesson shown. */
  lesson: LessonDefinition;
  /** Zero-based current step. */
  current: number;
  /** Builds the link to a step (keeps the URL's parameters). */
  hrefFor: (step: number) => string;
}

/** Screens where the outline starts folded (matches the one-column layout in app.css). */
const NARROW_QUERY = '(max-width: 760px)';

/** The list of a lesson's steps, current one marked; collapsible on phones. */
export function LessonOutline({ lesson, current, hrefFor }: LessonOutlineProps) {
  // Open beside the lesson on wide screens; folded on phones, where it would push the step down.
  const [isOpen, setIsOpen] = useState(() => !window.matchMedia?.(NARROW_QUERY).matches);
  return (
    <nav className="outline" aria-label="Lesson outline">
      <details open={isOpen} onToggle={(e) => setIsOpen(e.currentTarget.open)}>
        <summary>
          Steps{' '}
          <span className="muted">
            ({current + 1} of {lesson.steps.length})
          </span>
        </summary>
        <ol>
          {lesson.steps.map((s, i) => (
            <li key={s.id}>
              <Link
                href={hrefFor(i)}
                aria-current={i === current ? 'step' : undefined}
                className={i === current ? 'current' : i < current ? 'done' : undefined}
              >
                {s.title}
              </Link>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
