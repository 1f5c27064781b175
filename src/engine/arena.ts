// Buffer reuse for a computation repeated many times with the same shapes (a training step, a batch of
// an evaluation). Inside withArena, every buffer the engine allocates comes from the arena; after
// recycle(), the arena lends the same buffers again (zero-filled) instead of allocating new ones.
// Browsers pay far more for a fresh typed array than for refilling one (in Chromium a new 32 KB
// Float32Array costs tens of microseconds, and writing to its fresh pages more): on the MNIST MLP
// this halves a training step.
import type { DType, FloatArray } from './op-types';

/** Every buffer any arena has lent (so a gradient kept past a step can be copied out of it). */
const lentByArenas = new WeakSet<FloatArray>();

/** Buffers of one dtype by length. */
type Pool = Map<number, FloatArray[]>;

/** Adds `buffer` to `pool` under its length. */
function put(pool: Pool, buffer: FloatArray): void {
  const list = pool.get(buffer.length);
  if (list) list.push(buffer);
  else pool.set(buffer.length, [buffer]);
}

/**
 * Lends zero-filled buffers and takes them all back at once. The owner promises that nothing it
 * received since the last recycle() is used after the next one.
 */
export class BufferArena {
  private free: Record<DType, Pool> = { float32: new Map(), float64: new Map() };
  private lent: FloatArray[] = [];

  /** A zero-filled buffer of `n` numbers: a free one of that length, else a new one. */
  take(dtype: DType, n: number): FloatArray {
    const reused = this.free[dtype].get(n)?.pop();
    const buffer = reused ? reused.fill(0) : dtype === 'float64' ? new Float64Array(n) : new Float32Array(n); // prettier-ignore
    if (!reused) lentByArenas.add(buffer);
    this.lent.push(buffer);
    return buffer;
  }

  /**
   * Takes back every buffer lent since the last recycle. Buffers that stayed free for a whole cycle
   * are released, so the arena holds about one cycle's worth (shapes that change, such as a last
   * short batch, do not accumulate).
   */
  recycle(): void {
    const free: Record<DType, Pool> = { float32: new Map(), float64: new Map() };
    for (const buffer of this.lent) put(free[buffer instanceof Float64Array ? 'float64' : 'float32'], buffer); // prettier-ignore
    this.free = free;
    this.lent = [];
  }

  /** Numbers currently held (lent and free), for tests and memory reports. */
  heldNumbers(): number {
    let total = 0;
    for (const buffer of this.lent) total += buffer.length;
    for (const pool of Object.values(this.free))
      for (const list of pool.values()) for (const b of list) total += b.length;
    return total;
  }
}

let active: BufferArena | null = null;

/** The arena engine allocations come from now, or null. */
export function activeArena(): BufferArena | null {
  return active;
}

/** True when `buffer` was lent by an arena (so it may be overwritten after that arena recycles). */
export function isArenaBuffer(buffer: FloatArray): boolean {
  return lentByArenas.has(buffer);
}

/**
 * Runs `fn` with engine allocations taken from `arena`, or with no arena when it is null (nests;
 * the previous arena is restored).
 */
export function withArena<T>(arena: BufferArena | null, fn: () => T): T {
  const previous = active;
  active = arena;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/** Runs `fn` with no arena (for buffers that must outlive a step, such as optimizer state). */
export function withoutArena<T>(fn: () => T): T {
  return withArena(null, fn);
}
