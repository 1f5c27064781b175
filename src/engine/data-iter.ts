import type { Rng } from './rng';
import { EngineError } from './errors';

/**
 * One epoch of mini-batch indices: a seeded shuffle of 0…n−1 cut into batches of `batchSize`
 * (the last one may be smaller). Call again for the next epoch (the rng advances, so the order changes).
 */
export function* batches(n: number, batchSize: number, rng: Rng): Generator<Int32Array> {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(batchSize) || batchSize < 1) {
    throw new EngineError(
      `batches: need n ≥ 0 and batchSize ≥ 1 (integers), got n=${n}, batchSize=${batchSize}`,
    );
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  rng.shuffle(order);
  for (let start = 0; start < n; start += batchSize)
    yield order.slice(start, Math.min(start + batchSize, n));
}
