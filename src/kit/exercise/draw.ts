/** Small integers drawn from a seed, for exercise numbers students can work by hand. */
import { createRng, type Rng } from '../../engine';

/** A seeded source of friendly numbers. */
export interface NumberDraw {
  /** A whole number in [lo, hi], never one of `avoid`. */
  int: (lo: number, hi: number, avoid?: readonly number[]) => number;
  /** One of the given values. */
  oneOf: <T>(values: readonly T[]) => T;
  /** The underlying generator. */
  rng: Rng;
}

/** Draws from a seed: the same seed gives the same exercise. */
export function drawFrom(seed: number): NumberDraw {
  const rng = createRng(seed);
  const int = (lo: number, hi: number, avoid: readonly number[] = []): number => {
    for (let tries = 0; tries < 100; tries++) {
      const v = lo + rng.int(hi - lo + 1);
      if (!avoid.includes(v)) return v;
    }
    throw new Error(`No whole number in [${lo}, ${hi}] avoids ${avoid.join(', ')}`);
  };
  return { int, oneOf: (values) => values[rng.int(values.length)], rng };
}
