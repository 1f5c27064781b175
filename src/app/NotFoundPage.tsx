import { Link } from 'wouter';
import { TopBar } from './TopBar';
import { useDocumentTitle } from './useDocumentTitle';

/** Props of the not-found page. */
export interface NotFoundPageProps {
  /** What was asked for, shown to the reader. */
  path: string;
}

/** Shown for any unknown route, with a link home. */
export function NotFoundPage({ path }: NotFoundPageProps) {
  useDocumentTitle('Page not found');
  return (
    <>
      <TopBar />
      <main id="main" tabIndex={-1} className="not-found">
        <h1>Page not found</h1>
        <p>
          There is no page at <code>{path}</code>. The link may be mistyped, or the lesson may have
          been renamed.
        </p>
        <p>
          <Link href="/">Go to the course map</Link>
        </p>
      </main>
    </>
  );
}
