/** The whole course, one idea per lesson, derived from the registered lessons. */
import { Link } from 'wouter';
import { useCourse } from '../../kit/course';
import { lessonHref } from '../../kit/links';

/** An ordered list of every registered lesson: its linked title and its one idea. */
export function CourseSummary() {
  const lessons = useCourse();
  return (
    <ol className="nx-summary" aria-label="The course, one idea per lesson">
      {lessons.map((lesson) => (
        <li key={lesson.id}>
          <Link href={lessonHref(lesson.id)}>{lesson.title}</Link>
          <span className="nx-idea">{lesson.idea}</span>
        </li>
      ))}
    </ol>
  );
}
