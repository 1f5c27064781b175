/**
 * Routes outside the course map: the component gallery (used by browser tests and screenshots)
 * and the training lab (a developer page for the worker). Each loads as its own chunk.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { TopBar } from './TopBar';
import { useDocumentTitle } from './useDocumentTitle';

/** A route that is not a lesson. */
export interface ExtraRoute {
  /** wouter path pattern. */
  path: string;
  /** Page component. */
  component: ComponentType;
}

type PageModule = { default: ComponentType };
// NOTE: a glob, so a page that does not exist yet in a checkout simply has no route.
const MODULES = import.meta.glob<PageModule>([
  '../gallery/GalleryPage.tsx',
  '../lab/TrainingLab.tsx',
]);

function page(title: string, modulePath: string): ComponentType | null {
  const load = MODULES[modulePath];
  if (!load) return null;
  const Inner = lazy(load);
  function ExtraPage() {
    useDocumentTitle(title);
    return (
      <>
        <TopBar />
        <main id="main" tabIndex={-1} className="extra-page">
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <Inner />
          </Suspense>
        </main>
      </>
    );
  }
  return ExtraPage;
}

const CANDIDATES: [string, string, string][] = [
  ['/gallery', 'Component gallery', '../gallery/GalleryPage.tsx'],
  ['/lab/training', 'Training lab', '../lab/TrainingLab.tsx'],
];

/** Pages outside the course map (only those whose module exists). */
export const EXTRA_ROUTES: ExtraRoute[] = CANDIDATES.flatMap(([path, title, modulePath]) => {
  const component = page(title, modulePath);
  return component ? [{ path, component }] : [];
});
