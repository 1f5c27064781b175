/** Lists derived from the registered lessons, so the welcome never promises what does not exist. */
import { Link } from 'wouter';
import { useCourse } from '../../kit/course';
import { lessonHref } from '../../kit/links';

/** The course's lessons after this one: title and the idea each builds. */
export function CourseLessons() {
  const lessons = useCourse().filter((l) => l.id !== 'welcome');
  return (
    <ul data-testid="course-lessons">
      {lessons.map((l) => (
        <li key={l.id}>
          <strong>
            <Link href={lessonHref(l.id)}>{l.title}</Link>
          </strong>
          : {l.idea}
        </li>
      ))}
    </ul>
  );
}

/** The lessons whose last steps hold exercises, each linked to its practice step. */
export function PracticeLessons() {
  const lessons = useCourse().filter((l) => l.steps.some((s) => s.exercises));
  if (lessons.length === 0) return null;
  return (
    <p data-testid="practice-lessons">
      Lessons with a <em>Check yourself</em> step today:{' '}
      {lessons.map((l, i) => {
        const step = l.steps.findIndex((s) => s.exercises);
        return (
          <span key={l.id}>
            {i > 0 ? ', ' : ''}
            <Link href={lessonHref(l.id, step)}>{l.title}</Link>
          </span>
        );
      })}
      .
    </p>
  );
}
