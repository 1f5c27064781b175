/**
 * Handouts (`#/print/<lesson>`): every step of a lesson in reading order, with its figures in
 * their default state and its speaker notes, laid out for the browser's "Save as PDF".
 */
import { Suspense } from 'react';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import type { LessonDefinition } from '../kit/lesson';
import { PrintProvider } from '../kit/print';
import { SubStepProvider, SubStepRegistry } from '../kit/substeps';
import { LessonContent, StepNotes } from './lesson-loader';
import { useDocumentTitle } from './useDocumentTitle';

/** The handout of one lesson. */
export function PrintPage({ lesson }: { lesson: LessonDefinition }) {
  useDocumentTitle(`Handout · ${lesson.title}`);
  return (
    <main id="main" tabIndex={-1} className="print-page">
      <h1>{lesson.title}</h1>
      <p className="muted no-print">
        Every step of the lesson in reading order, with its figures in their default state. Use your
        browser&rsquo;s Print command and choose &ldquo;Save as PDF&rdquo;.
      </p>
      <PrintProvider value={true}>
        {lesson.steps.map((step, i) => (
          <section key={step.id} className="print-step" aria-labelledby={`print-${step.id}`}>
            <h2 id={`print-${step.id}`}>
              {i + 1}. {step.title}
            </h2>
            <ErrorBoundary what="step">
              <Suspense fallback={<p className="loading">Loading the step…</p>}>
                <SubStepProvider registry={new SubStepRegistry()}>
                  <LessonContent lesson={lesson} step={i} isPresenting={false} />
                </SubStepProvider>
              </Suspense>
            </ErrorBoundary>
            <aside className="print-notes" aria-label="Speaker notes">
              <h3>Speaker notes</h3>
              <ErrorBoundary what="speaker notes">
                <StepNotes lesson={lesson} step={i} />
              </ErrorBoundary>
            </aside>
          </section>
        ))}
      </PrintProvider>
    </main>
  );
}
