import { Link } from 'wouter';
import { TopBar } from './TopBar';
import { useDocumentTitle } from './useDocumentTitle';

/** Props of the not-found page. */
export interface NotFoundPageProps {
  /** What was asked for, shown to the reader. */
  path: string;
}

/** Longest part of an unknown path the page repeats (a pasted 10,000-character link is cut). */
export const MAX_SHOWN_PATH = 120;

/** Shown for any unknown route, with a link home. */
export function NotFoundPage({ path }: NotFoundPageProps) {
  useDocumentTitle('Page not found');
  const shown = path.length > MAX_SHOWN_PATH ? `${path.slice(0, MAX_SHOWN_PATH)}…` : path;
  return (
    <>
      <TopBar />
      <main id="main" tabIndex={-1} className="not-found">
        <h1>Page not found</h1>
        <p>
          There is no page at <code className="not-found-path">{shown}</code>. The link may be
          mistyped, or the lesson may have been renamed.
        </p>
        <p>
          <Link href="/">Go to the course map</Link>
        </p>
      </main>
    </>
  );
}
