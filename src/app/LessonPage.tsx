import { Suspense, useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { lessonHref } from '../kit/links';
import { clampStep, neighbours } from '../lessons/registry';
import type { LessonDefinition } from '../kit/lesson';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import { navigate, useHashPathLocation, useHashSearch } from '../kit/hash-location';
import { SiteFooter } from './HomePage';
import { LessonContent, StepNotes } from './lesson-loader';
import { LessonOutline } from './LessonOutline';
import { usePrefs } from './prefs';
import type { PresenterAction } from './presenter/keys';
import { PresenterView } from './presenter/PresenterView';
import { SubStepProvider, SubStepRegistry } from '../kit/substeps';
import { toggleFullscreen, usePresenterKeys } from './presenter/usePresenterKeys';
import { PresenterOverlay } from './presenter/Overlays';
import { usePresenterSession } from './presenter/session';
import { EmbedHide } from './EmbedHide';
import { TopBar } from './TopBar';
import { useDocumentTitle } from './useDocumentTitle';

/** Props of the lesson page. */
export interface LessonPageProps {
  /** The registered lesson to show. */
  lesson: LessonDefinition;
  /** The step segment of the URL, 1-based, as typed (may be missing or invalid). */
  stepParam: string | undefined;
}

function withPresent(search: string, isOn: boolean): string {
  const params = new URLSearchParams(search);
  if (isOn) params.set('present', '1');
  else params.delete('present');
  return params.toString();
}

/** A lesson: outline, the current step, and step navigation; or the presenter view. */
export function LessonPage({ lesson, stepParam }: LessonPageProps) {
  const search = useHashSearch();
  const flags = new URLSearchParams(search);
  const isPreview = flags.get('preview') === '1';
  const isPresenting = flags.get('present') === '1' || isPreview;
  const isEmbed = flags.get('embed') === '1';
  const parsed = stepParam === undefined ? 1 : Number(stepParam);
  const step = clampStep(lesson, parsed);
  const scale = usePrefs((s) => s.presenterScale);
  const setScale = usePrefs((s) => s.setPresenterScale);
  // A fresh registry per step: widgets of the step on screen claim sub-steps.
  const registry = useMemo(() => new SubStepRegistry(), [lesson.id, step]); // eslint-disable-line react-hooks/exhaustive-deps
  useDocumentTitle(`${lesson.steps[step].title} · ${lesson.title}`);

  // An absent or out-of-range step goes to the nearest valid one, and a path typed in other
  // letter case (#/LESSON/Welcome/1) to its canonical spelling, so shared links look the same.
  const path = useHashPathLocation()[0];
  useEffect(() => {
    const canonical = lessonHref(lesson.id, step);
    if (String(step + 1) !== stepParam || path !== canonical)
      navigate(lessonHref(lesson.id, step, search), { replace: true });
  }, [lesson.id, step, stepParam, search, path]);

  const goStep = (i: number) => {
    const target = Math.min(lesson.steps.length - 1, Math.max(0, i));
    if (target !== step) navigate(lessonHref(lesson.id, target, search));
  };
  const setPresenting = (isOn: boolean) =>
    navigate(lessonHref(lesson.id, step, withPresent(search, isOn)));

  const onAction = (action: PresenterAction) => {
    switch (action) {
      case 'next':
        if (!registry.next()) goStep(step + 1);
        break;
      case 'prev':
        if (!registry.prev()) goStep(step - 1);
        break;
      case 'first':
        return goStep(0);
      case 'last':
        return goStep(lesson.steps.length - 1);
      case 'fullscreen':
        return toggleFullscreen();
      case 'bigger':
        return setScale(scale * 1.15);
      case 'smaller':
        return setScale(scale / 1.15);
      case 'exit':
        if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
        return setPresenting(false);
      case 'toggle':
        return setPresenting(!isPresenting);
      case 'overview':
        return session.setOverlay({ kind: 'overview', selected: step });
      case 'blank':
        return session.setOverlay({ kind: 'blank' });
      case 'help':
        return session.setOverlay({ kind: 'help' });
      case 'goto':
        return session.setOverlay({ kind: 'goto', typed: '', error: null });
      case 'console':
        return session.openConsole();
    }
  };
  const session = usePresenterSession(
    {
      lesson,
      step,
      registry,
      isActive: isPresenting && !isPreview && !isEmbed,
      isPreview,
      onAction,
      onJump: goStep,
      onExit: () => onAction('exit'),
    },
    `/lesson/${lesson.id}/${stepParam ?? ''}${search ? `?${search}` : ''}`,
  );
  usePresenterKeys(isPresenting && !isPreview && !isEmbed, onAction);

  const content = (
    <ErrorBoundary what="lesson" key={lesson.id}>
      <Suspense fallback={<p className="loading">Loading the lesson…</p>}>
        <SubStepProvider registry={registry}>
          <LessonContent lesson={lesson} step={step} isPresenting={isPresenting} />
        </SubStepProvider>
      </Suspense>
    </ErrorBoundary>
  );

  if (isEmbed) {
    return (
      <main id="main" tabIndex={-1} className="embed-page" aria-labelledby="step-title">
        <h1 id="step-title" className="visually-hidden">
          {lesson.steps[step].title}
        </h1>
        <EmbedHide names={flags.get('hide')} />
        {content}
      </main>
    );
  }
  if (isPresenting) {
    return (
      <>
        <PresenterOverlay
          overlay={session.overlay}
          lesson={lesson}
          step={step}
          onJump={(i) => {
            session.setOverlay({ kind: 'none' });
            goStep(i);
          }}
        />
        {session.notice && (
          <p className="notice presenter-notice" role="alert">
            {session.notice}
          </p>
        )}
        <PresenterView
          lesson={lesson}
          step={step}
          scale={scale}
          onNext={() => onAction('next')}
          onPrev={() => onAction('prev')}
          onScale={(f) => setScale(scale * f)}
          onExit={() => onAction('exit')}
        >
          {content}
        </PresenterView>
      </>
    );
  }
  return (
    <>
      <TopBar onPresent={() => setPresenting(true)} />
      <div className="lesson-layout">
        <LessonOutline
          lesson={lesson}
          current={step}
          hrefFor={(i) => lessonHref(lesson.id, i, search)}
        />
        <main id="main" tabIndex={-1} className="lesson-main">
          <p className="eyebrow">
            {lesson.title} · step {step + 1} of {lesson.steps.length} · {lesson.minutes} min
          </p>
          <h1 id="step-title">{lesson.steps[step].title}</h1>
          {content}
          <details className="speaker-notes">
            <summary>Speaker notes for instructors</summary>
            <ErrorBoundary what="speaker notes" key={`${lesson.id}/${step}`}>
              <StepNotes lesson={lesson} step={step} />
            </ErrorBoundary>
          </details>
          <StepNav lesson={lesson} step={step} search={search} />
        </main>
      </div>
      <SiteFooter />
    </>
  );
}

function StepNav({
  lesson,
  step,
  search,
}: {
  lesson: LessonDefinition;
  step: number;
  search: string;
}) {
  const { prev, next } = neighbours(lesson.id);
  const last = lesson.steps.length - 1;
  return (
    <nav className="step-nav" aria-label="Steps">
      {step > 0 ? (
        <Link href={lessonHref(lesson.id, step - 1, search)} rel="prev">
          ← {lesson.steps[step - 1].title}
        </Link>
      ) : prev ? (
        <Link href={lessonHref(prev.id, prev.steps.length - 1, '')}>← Lesson: {prev.title}</Link>
      ) : (
        <span />
      )}
      {step < last ? (
        <Link href={lessonHref(lesson.id, step + 1, search)} rel="next" className="next">
          {lesson.steps[step + 1].title} →
        </Link>
      ) : next ? (
        <Link href={lessonHref(next.id, 0, '')} className="next">
          Next lesson: {next.title} →
        </Link>
      ) : (
        <Link href="/" className="next">
          Back to the course map
        </Link>
      )}
    </nav>
  );
}
