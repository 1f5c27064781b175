/**
 * The presenter's session in the audience window: overlays and their keys, the talk and step
 * clocks, the channel to the console (state out, clicker presses and edited state in), and
 * opening the console window.
 */
import { useEffect, useRef, useState } from 'react';
import { isEditableTarget } from '../../components/keyboard';
import type { LessonDefinition } from '../../kit/lesson';
import type { SubStepRegistry } from '../../kit/substeps';
import { navigate } from '../../kit/hash-location';
import type { PresenterAction } from './keys';
import { NO_OVERLAY, overlayKey, type Overlay } from './overlay-keys';
import {
  openPresenterChannel,
  sameState,
  withFlag,
  type PresenterChannel,
  type PresenterMessage,
} from './sync';

const TALK_KEY = 'chain-rule:talk-started';
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

/** When the talk started: kept for the browser tab, so a reload does not reset the clock. */
function talkStart(): number {
  try {
    const stored = Number(sessionStorage.getItem(TALK_KEY));
    if (Number.isFinite(stored) && stored > 0) return stored;
    const now = Date.now();
    sessionStorage.setItem(TALK_KEY, String(now));
    return now;
  } catch {
    return Date.now();
  }
}

/** Options of {@link usePresenterSession}. */
export interface PresenterSessionOptions {
  /** The lesson presented. */
  lesson: LessonDefinition;
  /** Zero-based step on screen. */
  step: number;
  /** The sub-step registry of the step on screen. */
  registry: SubStepRegistry;
  /** True in the audience window in presenter mode. */
  isActive: boolean;
  /** True inside the console's preview: follows the audience, reports edits, takes no clicker presses. */
  isPreview: boolean;
  /** Performs a presenter action (a remote clicker press). */
  onAction: (action: PresenterAction) => void;
  /** Shows a step. */
  onJump: (step: number) => void;
  /** Leaves presenter mode. */
  onExit: () => void;
}

function useOverlayKeys(
  overlay: Overlay,
  setOverlay: (o: Overlay) => void,
  total: number,
  latest: { current: PresenterSessionOptions },
) {
  useEffect(() => {
    if (overlay.kind === 'none') return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (MODIFIERS.has(e.key) || isEditableTarget(e.target)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      const r = overlayKey(overlay, e.key, total);
      setOverlay(r.overlay);
      if (r.jump !== undefined) latest.current.onJump(r.jump);
      if (r.exit) latest.current.onExit();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [overlay, setOverlay, total, latest]);
}

/** The audience's state message: what the console shows (step, sub-step, clicker line, clocks). */
function stateMessage(
  o: PresenterSessionOptions,
  hash: string,
  stepStartedAt: number,
  talkStartedAt = talkStart(),
): PresenterMessage {
  return {
    kind: 'state',
    lessonId: o.lesson.id,
    step: o.step,
    hash,
    substep: o.registry.position(),
    clicker: o.registry.clicker(),
    talkStartedAt,
    stepStartedAt,
  };
}

/** The current route, without its leading '#'. */
const currentHash = () => window.location.hash.replace(/^#/, '');

/**
 * What the audience window does with a console message: the preview follows the audience's state;
 * the audience answers a hello, performs a press (and reports soon after) and follows edited state.
 */
function onConsoleMessage(
  m: PresenterMessage,
  isPreview: boolean,
  latest: { current: PresenterSessionOptions },
  post: () => void,
  postSoon: () => void,
): void {
  const here = currentHash();
  if (isPreview) {
    if (m.kind === 'state' && !sameState(m.hash, here))
      navigate(withFlag(withFlag(m.hash, 'present'), 'preview'), { replace: true });
    return;
  }
  if (m.kind === 'hello') post();
  if (m.kind === 'action') {
    latest.current.onAction(m.action);
    postSoon();
  }
  if (m.kind === 'hash' && !sameState(m.hash, here)) navigate(withFlag(m.hash, 'present'));
}

/** Posts the audience's state on every change and every 2 s; applies the console's presses. */
function useAudienceChannel(opts: PresenterSessionOptions, hash: string) {
  const latest = useRef(opts);
  const stepStartedAt = useRef(0);
  const channel = useRef<PresenterChannel | null>(null);
  useEffect(() => {
    latest.current = opts;
  });
  useEffect(() => {
    stepStartedAt.current = Date.now();
  }, [opts.step]);
  const { isActive, isPreview } = opts;
  useEffect(() => {
    if (!isActive && !isPreview) return undefined;
    const talkStartedAt = talkStart();
    const post = () =>
      channel.current?.post(
        stateMessage(latest.current, currentHash(), stepStartedAt.current, talkStartedAt),
      );
    // A press may change a figure without touching the URL: report shortly after each one.
    const postSoon = () => void setTimeout(post, 150);
    channel.current = openPresenterChannel((m) =>
      onConsoleMessage(m, isPreview, latest, post, postSoon),
    );
    const timer = isPreview ? null : setInterval(post, 2000);
    if (!isPreview) {
      post();
      window.addEventListener('keydown', postSoon);
    }
    return () => {
      window.removeEventListener('keydown', postSoon);
      if (timer) clearInterval(timer);
      channel.current?.close();
      channel.current = null;
    };
  }, [isActive, isPreview]);
  useEffect(() => {
    const o = latest.current;
    if (o.isPreview) channel.current?.post({ kind: 'hash', hash });
    else if (o.isActive) channel.current?.post(stateMessage(o, hash, stepStartedAt.current));
  }, [hash]);
}

/** The audience window's presenter session. */
export function usePresenterSession(opts: PresenterSessionOptions, hash: string) {
  const [overlay, setOverlay] = useState<Overlay>(NO_OVERLAY);
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });
  useOverlayKeys(overlay, setOverlay, opts.lesson.steps.length, latest);
  useAudienceChannel(opts, hash);
  const openConsole = () => {
    const url = `${window.location.pathname}#/console/${opts.lesson.id}/${opts.step + 1}`;
    const win = window.open(url, 'chain-rule-console', 'popup=yes,width=1200,height=800');
    setNotice(
      win
        ? null
        : 'The browser blocked the console window: allow pop-ups for this site and press S again.',
    );
  };
  return { overlay, setOverlay, notice, openConsole };
}
