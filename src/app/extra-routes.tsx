/**
 * Routes outside the course map: the component gallery (used by browser tests and screenshots)
 * and developer labs. Each loads as its own chunk.
 */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { TopBar } from './TopBar';

/** A route that is not a lesson. */
export interface ExtraRoute {
  /** wouter path pattern. */
  path: string;
  /** Page component. */
  component: ComponentType;
}

function page(title: string, Inner: LazyExoticComponent<ComponentType>): ComponentType {
  function ExtraPage() {
    return (
      <>
        <TopBar />
        <main id="main" tabIndex={-1} className="extra-page" aria-label={title}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <Inner />
          </Suspense>
        </main>
      </>
    );
  }
  return ExtraPage;
}

/** Pages outside the course map. */
export const EXTRA_ROUTES: ExtraRoute[] = [];
void page;
void lazy;
