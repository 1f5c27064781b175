/**
 * The student's run kept across visits to the lesson, in the tab's sessionStorage: the settings
 * that built it, the worker's checkpoint (weights as base64 float32, counters) and its curves.
 * Leaving the lesson terminates the worker; this is what lets the lesson offer to resume when the
 * student comes back. Reading validates everything, so a damaged entry is ignored (and removed).
 */
import type { RunCheckpoint } from '../../worker';
import type { RunSettings } from './run-config';
import type { RunSeries } from './series';
import { TRAINING_PARAMS } from './params';
import { parseParam } from '../../kit/url-params';

/** The sessionStorage key. */
export const SAVED_RUN_KEY = 'chain-rule.training.saved-run';

/** What is kept. */
export interface SavedRun {
  /** Settings of the network (they go back into the URL on resume). */
  settings: RunSettings;
  /** The worker's checkpoint. */
  checkpoint: RunCheckpoint;
  /** The curves up to the checkpoint. */
  series: RunSeries;
}

/** What the offer shows. */
export interface SavedRunSummary {
  /** Settings of the kept network. */
  settings: RunSettings;
  /** Its step. */
  step: number;
  /** Its latest test accuracy, null if never evaluated. */
  testAccuracy: number | null;
}

/** Float32 values as base64 (about 5.3 characters per weight). */
export function floatsToBase64(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The inverse of {@link floatsToBase64}; null when the text is not whole float32 values. */
export function base64ToFloats(text: string): Float32Array | null {
  let raw: string;
  try {
    raw = atob(text);
  } catch {
    return null;
  }
  if (raw.length % 4 !== 0) return null;
  const bytes = Uint8Array.from(raw, (ch) => ch.charCodeAt(0));
  return new Float32Array(bytes.buffer);
}

/** The entry's text. */
export function encodeSavedRun(run: SavedRun): string {
  const { values, ...rest } = run.checkpoint;
  return JSON.stringify({
    version: 1,
    settings: run.settings,
    checkpoint: { ...rest, values: floatsToBase64(values) },
    series: run.series,
  });
}

const SETTING_KEYS = ['layers', 'width', 'act', 'opt', 'lr', 'bs', 'ep', 'seed'] as const;

/** Settings read through the URL table, so a value out of range is refused rather than used. */
function readSettings(raw: unknown): RunSettings | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const given = (raw as Record<string, unknown>)[key];
    const value = parseParam(TRAINING_PARAMS[key], String(given));
    if (value !== given) return null;
    out[key] = value;
  }
  return out as unknown as RunSettings;
}

const isCurve = (c: unknown) =>
  typeof c === 'object' &&
  c !== null &&
  Array.isArray((c as { x: unknown }).x) &&
  Array.isArray((c as { y: unknown }).y);

function readSeries(raw: unknown): RunSeries | null {
  const s = raw as RunSeries | null;
  if (typeof s !== 'object' || s === null) return null;
  const curves = [s.trainLoss, s.trainAcc, s.testLoss, s.testAcc];
  if (!curves.every(isCurve) || !Array.isArray(s.gradNames) || !Array.isArray(s.gradNorms))
    return null;
  return s.gradNorms.every(isCurve) ? s : null;
}

/** Reads an entry; null when it is missing or damaged in any way. */
export function decodeSavedRun(text: string | null): SavedRun | null {
  if (text === null) return null;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || data.version !== 1) return null;
  const settings = readSettings(data.settings);
  const series = readSeries(data.series);
  const cp = data.checkpoint as (Omit<RunCheckpoint, 'values'> & { values: unknown }) | null;
  if (!settings || !series || typeof cp !== 'object' || cp === null) return null;
  if (typeof cp.values !== 'string' || !Number.isInteger(cp.iteration)) return null;
  const values = base64ToFloats(cp.values);
  if (!values) return null;
  return { settings, series, checkpoint: { ...cp, values } };
}

/** The tab's sessionStorage, or null where there is none (private modes, tests). */
export function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Keeps a run; false (and nothing kept) when storage refuses it, e.g. a network too large. */
export function keepRun(storage: Storage | null, run: SavedRun): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SAVED_RUN_KEY, encodeSavedRun(run));
    return true;
  } catch {
    storage.removeItem(SAVED_RUN_KEY);
    return false;
  }
}

/** The kept run, if any (a damaged entry is removed). */
export function readKeptRun(storage: Storage | null): SavedRun | null {
  if (!storage) return null;
  const text = storage.getItem(SAVED_RUN_KEY);
  const run = decodeSavedRun(text);
  if (text !== null && !run) storage.removeItem(SAVED_RUN_KEY);
  return run;
}

/** Forgets the kept run. */
export function forgetRun(storage: Storage | null): void {
  storage?.removeItem(SAVED_RUN_KEY);
}

/** What the offer shows of a kept run. */
export function summaryOf(run: SavedRun): SavedRunSummary {
  return {
    settings: run.settings,
    step: run.checkpoint.iteration,
    testAccuracy: run.checkpoint.lastEval?.testAccuracy ?? null,
  };
}
