/** Reading a student's number the way they would write it, and checking it against the engine. */

/** A parsed answer, or why it could not be read. */
export type ParsedAnswer = { ok: true; value: number } | { ok: false; message: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Reads "−3", "1e-3", "3/4", "-1.5E+2", "2·10^-3" or "2×10^−3"; never throws. */
export function parseAnswer(text: string): ParsedAnswer {
  const t = text
    .trim()
    .replace(/[−–—]/g, '-')
    .replace(/\s+/g, '')
    .replace(/[×·*]10\^/g, 'e');
  if (t === '') return { ok: false, message: 'Type a number first.' };
  const parts = t.split('/');
  if (parts.length > 2 || !parts.every((p) => NUMBER.test(p)))
    return {
      ok: false,
      message: `“${text.trim()}” is not a number I can read. Try 0.75, 3/4, -2 or 1e-3.`,
    };
  const value = parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(parts[0]);
  if (!Number.isFinite(value)) return { ok: false, message: 'Division by zero is not a number.' };
  return { ok: true, value };
}

/** True when `value` is within `tolerance` (relative) of `expected`, with an absolute floor. */
export function isCorrect(value: number, expected: number, tolerance = 1e-3): boolean {
  return Math.abs(value - expected) <= Math.max(1e-6, tolerance * Math.abs(expected));
}
