import type { LessonProps } from '../types';
import { FigureBoundary } from '../../app/ErrorBoundary';
import { CourseRoadmap } from './CourseRoadmap';
import { FirstTaste } from './FirstTaste';
import Course from './course.mdx';
import Live from './live.mdx';
import Present from './present.mdx';
import './welcome.css';

/** The welcome lesson: what the course is and how to use it. */
export default function WelcomeLesson({ step }: LessonProps) {
  switch (step) {
    case 0:
      return (
        <div className="prose">
          <Course />
        </div>
      );
    case 1:
      return (
        <>
          <div className="prose">
            <Live />
          </div>
          <FirstTaste />
        </>
      );
    case 2:
      return (
        <>
          <div className="prose">
            <p>
              The course walks through the lecture in eleven parts. Each part becomes a lesson made
              of short steps.
            </p>
          </div>
          <FigureBoundary>
            <CourseRoadmap />
          </FigureBoundary>
        </>
      );
    default:
      return (
        <div className="prose">
          <Present />
        </div>
      );
  }
}
