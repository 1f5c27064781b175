import { Route, Router, Switch, useParams } from 'wouter';
import { CourseProvider } from '../kit/course';
import { findLesson, LESSONS } from '../lessons/registry';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import { useHashPathLocation } from '../kit/hash-location';
import { HomePage } from './HomePage';
import { LessonPage } from './LessonPage';
import { NotFoundPage } from './NotFoundPage';
import { ConsolePage } from './presenter/ConsolePage';
import { PrintPage } from './PrintPage';
import { clampStep } from '../lessons/registry';
import { UpdateBanner } from './offline/UpdateBanner';
import { EXTRA_ROUTES } from './extra-routes';
import { useAppliedTheme } from './useTheme';

function LessonRoute() {
  const params = useParams<{ id: string; step?: string }>();
  const lesson = findLesson(params.id);
  if (!lesson) return <NotFoundPage path={`/lesson/${params.id}`} />;
  return <LessonPage lesson={lesson} stepParam={params.step} />;
}

function ConsoleRoute() {
  const params = useParams<{ id: string; step?: string }>();
  const lesson = findLesson(params.id);
  if (!lesson) return <NotFoundPage path={`/console/${params.id}`} />;
  return <ConsolePage lesson={lesson} initialStep={clampStep(lesson, Number(params.step ?? 1))} />;
}

function PrintRoute() {
  const params = useParams<{ id: string }>();
  const lesson = findLesson(params.id);
  if (!lesson) return <NotFoundPage path={`/print/${params.id}`} />;
  return <PrintPage lesson={lesson} />;
}

function UnknownRoute() {
  const [path] = useHashPathLocation();
  return <NotFoundPage path={path} />;
}

/** The whole app: theme, hash routing and a last-resort error boundary. */
export function App() {
  useAppliedTheme();
  return (
    <ErrorBoundary what="page">
      <UpdateBanner />
      <CourseProvider lessons={LESSONS}>
        <Router hook={useHashPathLocation}>
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/lesson/:id/:step?" component={LessonRoute} />
            <Route path="/console/:id/:step?" component={ConsoleRoute} />
            <Route path="/print/:id" component={PrintRoute} />
            {EXTRA_ROUTES.map((r) => (
              <Route key={r.path} path={r.path} component={r.component} />
            ))}
            <Route component={UnknownRoute} />
          </Switch>
        </Router>
      </CourseProvider>
    </ErrorBoundary>
  );
}
