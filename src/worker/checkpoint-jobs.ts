/**
 * The training lesson's checkpoint jobs: copy the run's weights and counters out of the worker, so
 * the page can keep them after the worker has been terminated, and put them back into a freshly
 * built network of the same architecture. Loading goes through the engine's checked parameter
 * file, so a checkpoint that does not fit changes nothing.
 */
import { messageOf } from '../engine/errors';
import type { EvalResult, Progress } from './protocol';
import type { RunCheckpoint } from './inspect-protocol';
import type { JobSession } from './inspect-jobs';
import type { Trainer } from './trainer';

/** The run's weights and counters. */
export function takeCheckpoint(t: Trainer): RunCheckpoint {
  const total = t.named.reduce((s, [, p]) => s + p.size, 0);
  const values = new Float32Array(total);
  let at = 0;
  for (const [, p] of t.named) {
    values.set(p.data, at);
    at += p.size;
  }
  return {
    names: t.named.map(([n]) => n),
    shapes: t.named.map(([, p]) => p.shape.slice()),
    values,
    iteration: t.iteration,
    samplesSeen: t.samplesSeen,
    trainMs: t.trainMs,
    trainAccuracy: t.trainAccuracy,
    lastEval: t.lastEval,
  };
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function checkCounters(c: RunCheckpoint): void {
  if (!isCount(c.iteration) || !isCount(c.samplesSeen))
    throw new Error('The checkpoint’s step count is not a whole number.');
  if (!(Number.isFinite(c.trainMs) && c.trainMs >= 0))
    throw new Error('The checkpoint’s training time is not a number.');
  const acc = c.trainAccuracy;
  if (acc !== null && !(acc >= 0 && acc <= 1))
    throw new Error('The checkpoint’s training accuracy is not in [0, 1].');
}

function checkEval(e: unknown): EvalResult | null {
  if (e === null || e === undefined) return null;
  const r = e as Partial<EvalResult>;
  const ok =
    Number.isFinite(r.testLoss) &&
    isCount(r.count) &&
    isCount(r.iteration) &&
    (r.testAccuracy === null || (Number(r.testAccuracy) >= 0 && Number(r.testAccuracy) <= 1));
  if (!ok) throw new Error('The checkpoint’s test evaluation is damaged.');
  return { ...(r as EvalResult) };
}

/** The engine parameter file of a checkpoint's weights, under the model's own names (the engine checks shapes on load). */
function paramsFile(t: Trainer, c: RunCheckpoint) {
  if (!(c.values instanceof Float32Array) || !Array.isArray(c.names) || !Array.isArray(c.shapes))
    throw new Error('The checkpoint has no weights.');
  const mine = t.named.map(([n]) => n);
  if (c.names.join() !== mine.join())
    throw new Error(
      `The checkpoint has parameters [${c.names.join(', ')}], this network [${mine.join(', ')}].`,
    );
  const modelNames = t.network.namedParameters().map(([n]) => n);
  let at = 0;
  const params = modelNames.map((name, i) => {
    const shape = c.shapes[i];
    const size = Array.isArray(shape) ? shape.reduce((a, b) => a * b, 1) : 0;
    const data = Array.from(c.values.subarray(at, at + size));
    at += size;
    return { name, shape, data };
  });
  if (at !== c.values.length)
    throw new Error(`The checkpoint holds ${c.values.length} weights, its shapes need ${at}.`);
  return { format: 'chain-rule-params', version: 1, params };
}

/** Restores a checkpoint into the session's network; the run is then paused at its step. */
export function restoreCheckpoint(s: JobSession, c: RunCheckpoint): Progress {
  const t = s.need();
  if (s.status === 'running') throw new Error('Pause training before restoring a checkpoint.');
  if (typeof c !== 'object' || c === null) throw new Error('The checkpoint is empty.');
  checkCounters(c);
  const lastEval = checkEval(c.lastEval);
  const file = paramsFile(t, c);
  try {
    t.importParams(file);
  } catch (err) {
    throw new Error(`The checkpoint does not fit this network: ${messageOf(err)}`, { cause: err });
  }
  t.iteration = c.iteration;
  t.samplesSeen = c.samplesSeen;
  t.trainMs = c.trainMs;
  t.trainAccuracy = c.trainAccuracy;
  t.lastEval = lastEval;
  s.setStatus('paused');
  return s.postProgress();
}
