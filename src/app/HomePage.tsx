import { Suspense } from 'react';
import { Link } from 'wouter';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import { lazyFrom, pick } from '../kit/loaders';
import { CONCEPTS, conceptById } from '../kit/concepts';
import { lessonHref } from '../kit/links';
import { LESSONS } from '../lessons/registry';
import { TopBar } from './TopBar';
import { useDocumentTitle } from './useDocumentTitle';

// NOTE: loaded after the map, so its styles (the shared control styles) keep their usual
// place after the app's in the cascade, and the first chunk stays small.
const loadOfflineControl = pick(() => import('./offline/OfflineControl'), 'OfflineControl');

/** The course map: every registered lesson and the lecture concepts it covers. */
export function HomePage() {
  useDocumentTitle(null);
  return (
    <>
      <TopBar />
      <main id="main" tabIndex={-1} className="home">
        <section className="hero">
          <h1>Chain Rule</h1>
          <p className="lede">
            An explorable course on linear models, multilayer perceptrons and backpropagation. Every
            graph, number and image is computed live by the course&rsquo;s own autodiff engine, in
            your browser.
          </p>
        </section>
        <section aria-labelledby="map-title">
          <h2 id="map-title">Course map</h2>
          <ol className="course-map">
            {LESSONS.map((lesson, i) => (
              <li key={lesson.id} className="lesson-card">
                <div className="lesson-card-head">
                  <span className="lesson-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <h3>
                    <Link href={lessonHref(lesson.id)}>{lesson.title}</Link>
                  </h3>
                </div>
                <p>{lesson.summary}</p>
                <p className="meta">
                  <span>{lesson.minutes} min</span> · <span>{lesson.steps.length} steps</span>
                </p>
                <ul className="chips" aria-label="Lecture concepts covered">
                  {lesson.concepts.map((c) => (
                    <li key={c} className="chip">
                      {conceptById(c).number}. {conceptById(c).title}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
        <OfflineSection />
        <section aria-labelledby="coverage-title" className="coverage">
          <h2 id="coverage-title">The lecture, concept by concept</h2>
          <p className="muted">
            The course follows Stanford EE367&rsquo;s lecture &ldquo;Introduction to Neural
            Networks&rdquo; (adapted from CS231n). Concepts without a lesson yet are marked as
            coming later.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Concept</th>
                <th scope="col">Where</th>
              </tr>
            </thead>
            <tbody>
              {CONCEPTS.map((concept) => {
                const covering = LESSONS.filter((l) => l.concepts.includes(concept.id));
                return (
                  <tr key={concept.id}>
                    <td>{concept.number}</td>
                    <td>{concept.title}</td>
                    <td>
                      {covering.length === 0 ? (
                        <span className="muted">coming later</span>
                      ) : (
                        covering.map((l, i) => (
                          <span key={l.id}>
                            {i > 0 && ', '}
                            <Link href={lessonHref(l.id)}>{l.title}</Link>
                          </span>
                        ))
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      </main>
      <SiteFooter />
    </>
  );
}

/** The offline control, loaded on its own. */
function OfflineSection() {
  const OfflineControl = lazyFrom(loadOfflineControl);
  return (
    <ErrorBoundary what="offline section">
      <Suspense fallback={null}>
        {/* eslint-disable-next-line react-hooks/static-components -- cached per loader by lazyFrom */}
        <OfflineControl />
      </Suspense>
    </ErrorBoundary>
  );
}

/** The footer: credits the lecture. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Chain Rule follows Stanford EE367 lecture 8 (adapted from CS231n). Data: MNIST (LeCun,
        Cortes &amp; Burges). Everything is computed in your browser; nothing is fetched from
        anywhere but this site.
      </p>
    </footer>
  );
}
