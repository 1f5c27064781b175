/** Sanitising partial hyperparameters (no engine import: the page-side client uses it too). */
import type { Hyperparameters } from './protocol';

/** The hyperparameter names, in a fixed order. */
export const HYPER_KEYS: readonly (keyof Hyperparameters)[] = [
  'lr',
  'momentum',
  'batchSize',
  'evalEvery',
  'divergeAbove',
];

/**
 * The known hyperparameters of `partial` that have a value: explicit `undefined`, unknown keys and
 * inherited properties (`__proto__`, `constructor`…) are dropped, so they never overwrite a setting.
 */
export function definedHyperparameters(partial: unknown): Partial<Hyperparameters> {
  const out: Partial<Hyperparameters> = {};
  if (typeof partial !== 'object' || partial === null) return out;
  for (const key of HYPER_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(partial, key)) continue;
    const value = (partial as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value as number;
  }
  return out;
}
