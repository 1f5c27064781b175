/** A writable list a shuffle can permute in place: a plain array or a typed array. */
export type ShuffleTarget = { length: number; [i: number]: unknown };

/** A deterministic, seedable random number generator (mulberry32 + Box–Muller). */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Standard normal sample (mean 0, std 1). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Shuffles `a` (an array or a typed array) in place (Fisher–Yates) and returns it. */
  shuffle<A extends ShuffleTarget>(a: A): A;
  /** The seed this generator was created with. */
  seed: number;
}

/** Creates a deterministic generator: the same seed always gives the same sequence. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  let spare: number | null = null;
  const next = (): number => {
    // NOTE: mulberry32, a 32-bit generator that is fast and good enough for initialisation and shuffling.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    // NOTE: Box–Muller; 1 - next() lies in (0, 1] so the log never sees 0.
    const u = 1 - next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const int = (n: number): number => Math.floor(next() * n);
  const shuffle = <A extends ShuffleTarget>(a: A): A => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = int(i + 1);
      const tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
    return a;
  };
  return { next, normal, int, shuffle, seed };
}
