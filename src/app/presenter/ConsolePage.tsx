/**
 * The presenter console (S): the current step's speaker notes, the next step's title, a live
 * preview of the audience view, the talk and step clocks and the sub-step counter. It drives the
 * audience window over the presenter channel; the audience's state drives it back.
 */
import { useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from '../../kit/ErrorBoundary';
import type { LessonDefinition } from '../../kit/lesson';
import { StepNotes } from '../lesson-loader';
import { useDocumentTitle } from '../useDocumentTitle';
import { presenterAction, type PresenterAction } from './keys';
import { openPresenterChannel, withFlag, type AudienceState, type PresenterChannel } from './sync';

/** Props of the console. */
export interface ConsolePageProps {
  /** The lesson the console was opened for. */
  lesson: LessonDefinition;
  /** Zero-based step it was opened on (until the audience reports). */
  initialStep: number;
}

/** The audience is considered gone after this long without a report (it reports every 2 s). */
const SILENT_MS = 5000;

/** The clicker line of a step whose figures claim no presses. */
const NO_HANDLER = '→ and ← change step.';

function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const mm = Math.floor(s / 60);
  return `${mm}:${String(s % 60).padStart(2, '0')}`;
}

/** Follows the audience over the channel; returns its last state and a way to send presses. */
function useAudience(lessonId: string) {
  const [state, setState] = useState<(AudienceState & { at: number }) | null>(null);
  const channel = useRef<PresenterChannel | null>(null);
  useEffect(() => {
    channel.current = openPresenterChannel((m) => {
      if (m.kind === 'state' && m.lessonId === lessonId) setState({ ...m, at: Date.now() });
    });
    channel.current.post({ kind: 'hello' });
    return () => channel.current?.close();
  }, [lessonId]);
  const send = (action: PresenterAction) => channel.current?.post({ kind: 'action', action });
  return { state, send };
}

/** The presenter console page. */
export function ConsolePage({ lesson, initialStep }: ConsolePageProps) {
  useDocumentTitle(`Console · ${lesson.title}`);
  const { state, send } = useAudience(lesson.id);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = presenterAction(e, true);
      if (
        action === 'next' ||
        action === 'prev' ||
        action === 'first' ||
        action === 'last' ||
        action === 'blank'
      ) {
        e.preventDefault();
        send(action);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const step = state?.step ?? initialStep;
  const isSilent = !state || now - state.at > SILENT_MS;
  const next = lesson.steps[step + 1];
  const [previewSrc] = useState(
    () =>
      `${window.location.pathname}#${withFlag(withFlag(`/lesson/${lesson.id}/${step + 1}`, 'present'), 'preview')}`,
  );
  return (
    <main id="main" tabIndex={-1} className="console-page">
      <header className="console-head">
        <h1>
          Step {step + 1} of {lesson.steps.length}: {lesson.steps[step].title}
        </h1>
        <p className="console-clocks" aria-live="off">
          Talk{' '}
          <strong data-testid="console-talk">
            {state ? clock(now - state.talkStartedAt) : '–'}
          </strong>{' '}
          · step <strong>{state ? clock(now - state.stepStartedAt) : '–'}</strong>
          {state?.substep && (
            <>
              {' '}
              · sub-step <strong data-testid="console-substep">{state.substep}</strong>
            </>
          )}
        </p>
        {state && (
          <p className="console-clicker" data-testid="console-clicker">
            Clicker: {state.clicker ?? NO_HANDLER}
          </p>
        )}
        {isSilent && (
          <p className="notice" role="status">
            {state
              ? 'The audience window stopped answering: is it closed, or out of presenter mode? Reopen it and press P.'
              : 'Waiting for the audience window (the lesson in presenter mode)…'}
          </p>
        )}
        <div className="console-buttons">
          <button type="button" onClick={() => send('prev')}>
            ← Back
          </button>
          <button type="button" className="primary" onClick={() => send('next')}>
            Next →
          </button>
          <button type="button" onClick={() => send('blank')}>
            Blank screen
          </button>
        </div>
      </header>
      <section className="console-notes" aria-labelledby="console-notes-title">
        <h2 id="console-notes-title">Speaker notes</h2>
        <ErrorBoundary what="speaker notes" key={step}>
          <StepNotes lesson={lesson} step={step} />
        </ErrorBoundary>
        <p className="console-next">
          Next:{' '}
          <strong data-testid="console-next">{next ? next.title : 'the end of the lesson'}</strong>
        </p>
      </section>
      <section className="console-preview" aria-label="Preview of the audience view">
        <iframe title="Audience view" src={previewSrc} tabIndex={-1} />
      </section>
    </main>
  );
}
