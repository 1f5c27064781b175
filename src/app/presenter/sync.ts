/**
 * Keeps the audience window and the presenter console in step over a BroadcastChannel. Figure
 * state lives in the URL, so syncing the hash syncs the figures; clicker presses travel as actions
 * so a figure's own sub-steps advance in the audience window. Malformed messages are ignored.
 */
import type { PresenterAction } from './keys';

/** What the audience reports after every change and every few seconds. */
export interface AudienceState {
  /** The lesson presented. */
  lessonId: string;
  /** Zero-based step on screen. */
  step: number;
  /** The audience's hash (route and figure state), without the leading '#'. */
  hash: string;
  /** "2 of 5" when a figure on the step counts sub-steps, else null. */
  substep: string | null;
  /** What a clicker press does on the step (its figures' sentences), else null. */
  clicker: string | null;
  /** When presenter mode started (ms since epoch). */
  talkStartedAt: number;
  /** When this step came on screen (ms since epoch). */
  stepStartedAt: number;
}

/** A message on the presenter channel. */
export type PresenterMessage =
  | ({ kind: 'state' } & AudienceState)
  | { kind: 'action'; action: PresenterAction }
  | { kind: 'hash'; hash: string }
  | { kind: 'hello' };

/** Actions the console may send to the audience. */
export const REMOTE_ACTIONS: readonly PresenterAction[] = [
  'next',
  'prev',
  'first',
  'last',
  'blank',
];

const CHANNEL = 'chain-rule-presenter';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length < 10_000;

/** Accepts only well-formed messages (another tab or version may speak differently). */
export function parseMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.kind) {
    case 'hello':
      return { kind: 'hello' };
    case 'hash':
      return isStr(m.hash) ? { kind: 'hash', hash: m.hash } : null;
    case 'action':
      return REMOTE_ACTIONS.includes(m.action as PresenterAction)
        ? { kind: 'action', action: m.action as PresenterAction }
        : null;
    case 'state':
      return isStr(m.lessonId) &&
        isNum(m.step) &&
        isStr(m.hash) &&
        (m.substep === null || isStr(m.substep)) &&
        (m.clicker === undefined || m.clicker === null || isStr(m.clicker)) &&
        isNum(m.talkStartedAt) &&
        isNum(m.stepStartedAt)
        ? {
            kind: 'state',
            lessonId: m.lessonId,
            step: m.step,
            hash: m.hash,
            substep: m.substep as string | null,
            clicker: isStr(m.clicker) ? m.clicker : null,
            talkStartedAt: m.talkStartedAt,
            stepStartedAt: m.stepStartedAt,
          }
        : null;
    default:
      return null;
  }
}

/** The same route and figure state? (The preview and present flags do not count.) */
export function sameState(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

/** A hash without the window-specific flags, parameters sorted. */
export function normalise(hash: string): string {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  for (const flag of ['preview', 'present', 'embed']) params.delete(flag);
  params.sort();
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** A hash with one flag set. */
export function withFlag(hash: string, flag: string): string {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  params.set(flag, '1');
  return `${path}?${params.toString()}`;
}

/** An open channel: post messages; close when done. A browser without BroadcastChannel gets a no-op. */
export interface PresenterChannel {
  /** Sends a message to the other windows. */
  post: (message: PresenterMessage) => void;
  /** Stops listening. */
  close: () => void;
}

/** Opens the presenter channel. */
export function openPresenterChannel(onMessage: (m: PresenterMessage) => void): PresenterChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent) => {
    const m = parseMessage(e.data);
    if (m) onMessage(m);
  };
  return {
    post: (m) => channel.postMessage(m),
    close: () => channel.close(),
  };
}
