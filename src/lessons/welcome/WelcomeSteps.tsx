/** The welcome lesson's steps: what the course is, live figures, the road map, presenting. */
import { FigureBoundary } from '../../kit/ErrorBoundary';
import { KeyTable } from '../../kit/KeyTable';
import { CourseRoadmap } from './CourseRoadmap';
import { FirstTaste } from './FirstTaste';
import Course from './course.mdx';
import Live from './live.mdx';
import Present from './present.mdx';
import { CourseLessons, PracticeLessons } from './CourseLessons';
import './welcome.css';

/** What the course builds an intuition for. */
export function CourseStep() {
  return (
    <div className="prose">
      <Course />
      <CourseLessons />
      <p>
        By the end you will be able to read a computational graph, run its forward and backward
        passes by hand, and check the answer against the machine.
      </p>
    </div>
  );
}

/** Every number is computed: one neuron, live. */
export function LiveStep() {
  return (
    <>
      <div className="prose">
        <Live />
        <PracticeLessons />
      </div>
      <FirstTaste />
    </>
  );
}

/** The road through the lecture, derived from the registered lessons. */
export function MapStep() {
  return (
    <>
      <div className="prose">
        <p>
          The course follows the lecture&rsquo;s concepts in order. Each lesson below is made of
          short steps; the list comes from the lessons themselves, so it is always what the course
          holds today.
        </p>
      </div>
      <FigureBoundary>
        <CourseRoadmap />
      </FigureBoundary>
    </>
  );
}

/** How to present the course in a lecture hall. */
export function PresentStep() {
  return (
    <>
      <div className="prose">
        <Present />
      </div>
      <figure className="cr-figure" aria-label="Presenter keys">
        <KeyTable />
      </figure>
    </>
  );
}
