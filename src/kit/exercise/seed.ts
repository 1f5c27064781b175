/** Exercise seeds: a stable default per exercise (a class sees the same numbers) and fresh draws. */

/** The URL key holding an exercise's seed. */
export function seedKey(exerciseId: string): string {
  return `ex-${exerciseId}`;
}

/** A stable default seed from the exercise id (FNV-1a), so a fresh link shows the same numbers. */
export function defaultSeed(exerciseId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < exerciseId.length; i++) {
    h ^= exerciseId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 1_000_000;
}

/** Reads a seed from the URL: a whole number 0…999999, else null (the caller notes and defaults). */
export function parseSeed(raw: string | null): number | null {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return null;
  return Number(raw);
}

/** A fresh seed different from `previous`. */
export function freshSeed(previous: number, random: () => number = Math.random): number {
  const next = Math.floor(random() * 1_000_000);
  return next === previous ? (next + 1) % 1_000_000 : next;
}
